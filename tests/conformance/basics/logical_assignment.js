// ??= ||= &&= assign only when needed and do not evaluate the right side otherwise
function side(v) { console.log('evaluated', v); return v; }
var a = null; a ??= 5; console.log(a);
var b = 0; b ??= side(9); console.log(b);
var c = 0; c ||= 7; console.log(c);
var d = 'kept'; d ||= side('no'); console.log(d);
var e = 1; e &&= 'and'; console.log(e);
var f = ''; f &&= side('no'); console.log(bracket(f));
var o = { x: undefined };
o.x ??= 'filled'; o.y ||= 'new'; o['z'] &&= 'never';
console.log(o.x, o.y, o.z, 'z' in o);
function bracket(s) { return '[' + s + ']'; }
