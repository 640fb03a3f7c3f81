// undefined, null and booleans print as their names, with multiple args separated by spaces
console.log(undefined);
console.log(null);
console.log(true, false);
console.log(undefined, null, 1, 'str', true);
console.log();
console.log('after empty line');
