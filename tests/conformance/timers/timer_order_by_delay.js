// timers with well separated delays fire in delay order regardless of registration order
setTimeout(() => console.log(100), 100);
setTimeout(() => console.log(0), 0);
setTimeout(() => console.log(150), 150);
setTimeout(() => console.log(50), 50);
