// spreading something that is not an array or string throws node's TypeError
function f() {}
let u;
const o = {};
const tries = [
  () => f(...o), () => f(...5), () => f(...u), () => f(...null),
  () => [...o], () => [...u], () => [...null], () => [...{}], () => [...o.missing],
];
tries.forEach(t => { try { t(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } });
