// finally always runs after try/catch, in order, whether or not something was thrown
function run(shouldThrow) {
  try {
    console.log('try');
    if (shouldThrow) throw new Error('x');
    console.log('try end');
  } catch (e) {
    console.log('catch', e.message);
  } finally {
    console.log('finally');
  }
  console.log('after');
}
run(false);
run(true);
