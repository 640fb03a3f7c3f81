// an exception thrown in finally replaces the exception from try
try {
  try {
    throw new Error('from try');
  } finally {
    throw new Error('from finally');
  }
} catch (e) {
  console.log(e.message);
}
