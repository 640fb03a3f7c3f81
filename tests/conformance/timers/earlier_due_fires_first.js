// timers fire in due-time order, not registration order (the 1ms timer before the 50ms one)
setTimeout(() => console.log('a (50ms)'), 50);
setTimeout(() => console.log('b (1ms)'), 1);
setTimeout(() => console.log('c (150ms)'), 150);
setTimeout(() => console.log('d (100ms)'), 100);
console.log('registered');
