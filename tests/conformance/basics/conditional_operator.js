// ?: is right associative and only evaluates the chosen branch
function side(v) { console.log('evaluated', v); return v; }
var n = 5;
console.log(n > 3 ? 'big' : 'small');
console.log(n > 10 ? 'huge' : n > 3 ? 'medium' : 'small');
console.log(true ? side('yes') : side('no'));
console.log('' ? 'truthy' : 'falsy', [] ? 'truthy' : 'falsy');
