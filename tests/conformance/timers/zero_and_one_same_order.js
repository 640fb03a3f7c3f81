// setTimeout(f, 0) and setTimeout(g, 1) are the same delay (0 is clamped to 1) and run in registration order
setTimeout(() => console.log('one'), 1);
setTimeout(() => console.log('zero'), 0);
setTimeout(() => console.log('one again'), 1);
setTimeout(() => console.log('zero again'), 0);
