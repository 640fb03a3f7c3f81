// Top-level await on a promise that never settles: node 20 stops when the loop is empty and exits with code 13.
console.log('start');
setTimeout(() => console.log('timer fires while the module is suspended'), 5);
await new Promise((resolve) => {
  console.log('executor ran, but resolve is never called', typeof resolve);
});
console.log('never printed');
