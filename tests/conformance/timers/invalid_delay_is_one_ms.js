// a missing, negative, NaN or non-numeric delay is treated as 1ms (same bucket as 0 and 1)
setTimeout(() => console.log('explicit 1'), 1);
setTimeout(() => console.log('missing'));
setTimeout(() => console.log('negative'), -100);
setTimeout(() => console.log('NaN'), NaN);
setTimeout(() => console.log('undefined'), undefined);
setTimeout(() => console.log('string junk'), 'abc');
setTimeout(() => console.log('zero'), 0);
setTimeout(() => console.log('30ms'), 30);
