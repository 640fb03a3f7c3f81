// an error thrown from a catch block with no outer handler is uncaught: exit 1, finally still runs
try {
  throw new Error('first');
} catch (e) {
  console.log('caught', e.message);
  undefinedFunctionCall();
} finally {
  console.log('finally');
}
console.log('never');
