// article: setTimeout 0 is deferred until the call stack is empty (prints A C B)
console.log('A');
setTimeout(() => {
  console.log('B');
}, 0);
console.log('C');
