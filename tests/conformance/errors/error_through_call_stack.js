// an exception unwinds through several frames to the nearest catch; callers' finally blocks run
function level3() { throw new Error('deep'); }
function level2() {
  try { level3(); } finally { console.log('level2 finally'); }
  console.log('never');
}
function level1() { level2(); console.log('never'); }
try {
  level1();
} catch (e) {
  console.log('caught at top:', e.message);
}
