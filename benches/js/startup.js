// startup.js -- process start-up and tear-down cost.
console.log('hi');
