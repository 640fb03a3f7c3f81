// clearing a timer from inside its own callback or after it has run is harmless
var self = setTimeout(function () {
  clearTimeout(self);
  console.log('self ran');
}, 0);
var done = setTimeout(() => console.log('done ran'), 0);
setTimeout(function () {
  clearTimeout(done);
  console.log('cleared already-run timer');
}, 10);
