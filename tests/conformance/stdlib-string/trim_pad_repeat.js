// trim family, padStart/padEnd, repeat with its RangeErrors
var s = ' \t\n hi \u00a0\ufeff';
console.log('[' + s.trim() + ']', '[' + s.trimStart() + ']', '[' + s.trimEnd().length + ']');
console.log('5'.padStart(3, '0'), 'abc'.padStart(8, '12'), 'abc'.padEnd(6, 'xy') + '|', 'abc'.padEnd(2) + '|');
console.log('x'.padStart(4) + '|', 'x'.padEnd(3, '') + '|');
console.log('ab'.repeat(3), '[' + 'ab'.repeat(0) + ']');
try { 'x'.repeat(-1); } catch (e) { console.log(e.name + ': ' + e.message); }
try { 'x'.repeat(Infinity); } catch (e) { console.log(e.name + ': ' + e.message); }
