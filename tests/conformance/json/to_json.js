// toJSON methods are called with the key and their result is serialized
var o = { when: { toJSON: function (k) { return 'T:' + k; } }, list: [{ toJSON: function (k) { return k; } }] };
console.log(JSON.stringify(o));
console.log(JSON.stringify({ toJSON: function () { return undefined; } }));
console.log(JSON.stringify({ toJSON: function () { return { x: 1 }; } }));
