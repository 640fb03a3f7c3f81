// long strings in arrays and objects force one entry per line
console.log(['short', 'a string that is rather long, long enough to push past the limit']);
console.log({ text: 'x'.repeat(75) });
console.log({ text: 'x'.repeat(60), n: 1 });
console.log([['nested', 'y'.repeat(70)]]);
console.log({ multi: 'first line\nsecond line', other: 1 });
