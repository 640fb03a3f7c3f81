// any value can be thrown and caught unchanged: string, number, object, null, undefined
var values = ['str', 42, { code: 'E1' }, null, undefined, false];
for (var i = 0; i < values.length; i++) {
  try {
    throw values[i];
  } catch (e) {
    console.log(typeof e, e === values[i], String(e));
  }
}
try { throw { code: 'X', msg: 'custom' }; } catch (e) { console.log(e.code, e.msg); }
