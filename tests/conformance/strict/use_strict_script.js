'use strict';
// 'use strict' for the whole script: this is undefined in plain calls, failed writes and undeclared assignments throw.
function f() { return this; }
console.log(f());
const o = Object.freeze({ x: 1 });
try { o.x = 2; } catch (e) { console.log(e.name + ': ' + e.message); }
try { undeclared = 5; } catch (e) { console.log(e.name + ': ' + e.message); }
function g() { 'use strict'; return typeof this; }
console.log(g());
