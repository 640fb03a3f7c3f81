// 'use strict' at the start of a function makes only that function strict; the rest stays sloppy.
function f() { 'use strict'; return this; }
function h() { return typeof this; }
console.log(f(), h());
const o = Object.freeze({ x: 1 });
o.x = 2; console.log(o.x);
function s() { 'use strict'; const p = Object.freeze([1]); try { p.push(2); } catch (e) { console.log(e.name + ': ' + e.message); } try { delete Object.prototype; } catch (e) { console.log(e.name + ': ' + e.message); } }
s();
undeclared2 = 5; console.log(undeclared2);
