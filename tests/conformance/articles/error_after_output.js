// article: an error in a callback crashes the process (exit 1) after earlier output
console.log('starting');
setTimeout(function () {
  console.log('callback');
  null.boom;
}, 0);
console.log('sync done');
