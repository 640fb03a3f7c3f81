// inner catch handles first; inner finally runs before the outer catch
try {
  try {
    throw new Error('inner');
  } finally {
    console.log('inner finally');
  }
} catch (e) {
  console.log('outer caught', e.message);
}
try {
  try {
    throw new Error('first');
  } catch (e) {
    console.log('inner caught', e.message);
    throw new Error('second');
  } finally {
    console.log('inner finally 2');
  }
} catch (e) {
  console.log('outer caught', e.message);
}
