// strings print raw at top level but single-quoted inside arrays and objects
console.log('plain');
console.log(['plain']);
console.log({ s: 'plain' });
console.log('');
console.log(['', 'a b']);
console.log('multi', 'args', 'joined');
