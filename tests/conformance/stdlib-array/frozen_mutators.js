// mutators on frozen arrays fail with the message of the first write V8 attempts
var ms = ['pop', 'shift', 'sort', 'reverse', 'fill', 'splice'];
ms.forEach(function (m) { try { var a = Object.freeze([3, 1, 2]); a[m](0); console.log(m, 'ok', a); } catch (e) { console.log(m, e.name + ': ' + e.message); } });
ms.forEach(function (m) { try { var a = Object.freeze([]); a[m](); console.log(m, 'ok', a); } catch (e) { console.log(m, e.name + ': ' + e.message); } });
console.log(Object.isFrozen(Object.freeze([1])), Object.isFrozen(Object.preventExtensions([1])), Object.isFrozen(Object.preventExtensions([])));
var sp = [[1, 1], [0, 0], [0, 1, 'x'], [1, 0, 'y'], [0, 3], [2, 1], [1, 1, 'a', 'b'], [3, 0]];
sp.forEach(function (args) { try { var a = Object.freeze([3, 1, 2]); a.splice.apply(a, args); console.log('splice', args, 'ok'); } catch (e) { console.log('splice', args, e.message); } });
['pop', 'shift', 'reverse', 'sort', 'fill'].forEach(function (m) { try { Object.freeze([7])[m](); console.log(m, 'one ok'); } catch (e) { console.log(m, 'one', e.message); } });
