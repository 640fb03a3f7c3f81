// push and unshift refuse to grow frozen or non-extensible arrays; frozen objects stay unchanged
var a = Object.freeze([1, 2]);
try { a.push(3); } catch (e) { console.log(e.name + ': ' + e.message); }
try { a.unshift(0); } catch (e) { console.log(e.name + ': ' + e.message); }
var b = Object.preventExtensions([1]);
try { b.push(2); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(a.length, b.length, Object.isFrozen(a), Object.isExtensible(b));
