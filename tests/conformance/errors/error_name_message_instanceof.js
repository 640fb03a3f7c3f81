// built-in error constructors set name and message and inherit from Error
var errs = [new Error('e'), new TypeError('t'), new RangeError('r'), new ReferenceError('f'), new SyntaxError('s')];
for (var i = 0; i < errs.length; i++) {
  var e = errs[i];
  console.log(e.name, e.message, e instanceof Error, e instanceof TypeError);
}
var noNew = Error('without new');
console.log(noNew instanceof Error, noNew.message);
console.log(new Error().message === '', typeof new Error(42).message, new Error(42).message);
