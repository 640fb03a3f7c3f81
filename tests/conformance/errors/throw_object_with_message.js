// thrown plain objects keep their properties; they are not Error instances
try {
  throw { name: 'Fake', message: 'not an Error' };
} catch (e) {
  console.log(e.name, e.message, e instanceof Error);
}
try {
  throw 404;
} catch (e) {
  console.log(e + 1);
}
