// JSON.parse SyntaxError messages match V8's wording and positions
var bad = ['{', '', '[1,]', '{"a":1,}', 'tru', '1 2', '"abc', '[1 2]', '{a:1}', '01', '1.', '-',
  '"\\x"', '"a\nb"', 'undefined', '{"a" 1}', '[1,2', '1e', '   ', '"\\u12"', '{"a":1}x', 'x',
  '[1,2,3,4,5,6,7,8,9,10,11,12,x]', '[1,2,3,4,5,x,6,7,8,9,10,11,12,13]', '{"a":1 2}', '[,]',
  'NaN', '{"a":}', '[-x]', '1e+', "'single'"];
for (var i = 0; i < bad.length; i++) {
  try { JSON.parse(bad[i]); console.log('parsed?'); } catch (e) { console.log(e.name + ': ' + e.message); }
}
