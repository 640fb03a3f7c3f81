// switch uses ===, falls through without break, and default may sit in the middle
function classify(x) {
  var out = [];
  switch (x) {
    case 1:
      out.push('one');
    case 2:
      out.push('two');
      break;
    default:
      out.push('default');
    case 3:
      out.push('three');
      break;
    case '4':
      out.push('string four');
  }
  return out.join(',');
}
console.log(classify(1));
console.log(classify(2));
console.log(classify(3));
console.log(classify(4));
console.log(classify('4'));
console.log(classify('1'));
