// a return in finally overrides the try's return value and discards a thrown exception
function a() {
  try { return 'try'; } finally { console.log('finally runs before return'); }
}
function b() {
  try { return 'try'; } finally { return 'finally'; }
}
function c() {
  try { throw new Error('lost'); } finally { return 'finally swallowed error'; }
}
function d() {
  var x = 1;
  try { return x; } finally { x = 2; }
}
console.log(a());
console.log(b());
console.log(c());
console.log(d());
