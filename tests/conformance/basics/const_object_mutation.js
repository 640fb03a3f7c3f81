// const prevents rebinding but not mutation of the referenced object
const o = { a: 1 };
o.a = 2;
o.b = 3;
const arr = [];
arr.push(1);
console.log(o.a, o.b, arr.length);
try {
  o = {};
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log(o.a);
