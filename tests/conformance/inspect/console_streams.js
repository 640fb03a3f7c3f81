// console.log and console.info write to stdout; console.error and console.warn write to stderr
console.log('log 1');
console.error('error (stderr)');
console.info('info 1');
console.warn('warn (stderr)');
console.log('log 2');
console.info({ a: [1] });
