// article: callback runs later even with delay 0 (Hi, JSConfEU, there)
console.log('Hi');
setTimeout(function cb() {
  console.log('there');
}, 0);
console.log('JSConfEU');
