// info and debug format like log (stdout); error and warn share the formatting on stderr
console.info('%s is %d', 'answer', 42);
console.debug('%o', [1]);
console.error('%s', 'hidden from stdout');
console.warn('%d', 1);
console.info('%c%s', 'css', 'done', { extra: true });
