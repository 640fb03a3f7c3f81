// deeply nested JSON parses, stringifies and revives without exhausting the native stack
var depth = 1000, s = '';
for (var i = 0; i < depth; i++) s += '{"a":[';
s += '1';
for (var i = 0; i < depth; i++) s += ']}';
var v = JSON.parse(s);
var out = JSON.stringify(v);
console.log(out === s, out.length);
var seen = 0;
JSON.parse(s, function (k, x) { seen++; return x; });
console.log(seen);
