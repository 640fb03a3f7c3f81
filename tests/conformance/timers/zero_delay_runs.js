// setTimeout(f, 0) runs after the synchronous code even when its due time is already "now"
function schedule() {
  setTimeout(function () { console.log('timer ran'); }, 0);
}
schedule();
var x = 0;
for (var i = 0; i < 1000; i++) x += i;
console.log('sync done', x);
