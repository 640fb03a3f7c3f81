// unary + and - convert their operand to a number
console.log(+'3', +'', +' 4 ', +'x', +true, +false, +null, +undefined);
console.log(-'x', -'3', -'', -null, - -1, -(-0));
console.log(+[], +[5], +[1, 2], +{}, +'0x1A', +'1e2');
console.log(typeof +'3', !1, !'', !!'a', !!NaN, !!{}, ![]);
