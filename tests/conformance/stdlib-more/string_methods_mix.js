// Common String methods used together: padStart/padEnd, repeat, at, trim*, replaceAll, split/join.
const rows = [['id', 'name', 'score'], [1, 'ann', 9.5], [22, 'bartholomew', 10], [333, 'cy', 7.25]];
const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
for (const r of rows) console.log(r.map((v, c) => (typeof v === 'number' ? String(v).padStart(widths[c]) : String(v).padEnd(widths[c]))).join(' | '));
console.log('abc'.at(-1), 'abc'.at(5), 'ab'.repeat(3), '-'.repeat(0) === '');
console.log(JSON.stringify(['  x  '.trim(), '  x  '.trimStart(), '  x  '.trimEnd()]));
console.log('a-b-c'.replaceAll('-', '+'), 'a-b-c'.replace('-', '+'), 'aaa'.replaceAll('a', 'aa'));
console.log('x,y,,z'.split(','), 'abc'.split(''), 'a b'.split(' ', 1), ''.split(','));
console.log('Hello'.startsWith('He'), 'Hello'.endsWith('lo'), 'Hello'.includes('ell', 2), 'Hello'.indexOf('l', 3));
console.log('abcdef'.slice(-3, -1), 'abcdef'.substring(4, 1), 'abc'.concat(1, [2, 3]));
console.log('5'.padStart(3, '0'), 'abc'.padEnd(6, '12'), 'abc'.padStart(2, '*'));
console.log('MiXeD'.toLowerCase(), 'MiXeD'.toUpperCase());
console.log(String(null), String([1, [2, 3]]), `${{}}`, String(-0), (255).toString(16), (0.5).toFixed(0), (1.005).toFixed(2));
