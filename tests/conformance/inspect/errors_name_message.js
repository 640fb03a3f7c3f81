// printing error fields (never the error object itself, whose stack contains paths)
var e = new TypeError('bad thing');
console.log(e.name, e.message);
console.log([e.name, e.message]);
console.log({ name: e.name, message: e.message });
