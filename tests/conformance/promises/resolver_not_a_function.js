// new Promise with a non-function executor throws node's TypeError message
var values = ['abc', 5, {}, [], null, undefined, true];
for (var i = 0; i < values.length; i++) {
  try { new Promise(values[i]); } catch (e) { console.log(e.name + ': ' + e.message); }
}
