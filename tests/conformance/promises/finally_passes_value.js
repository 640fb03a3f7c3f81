// finally's callback gets no argument and its return value is ignored; the value passes through
Promise.resolve('value')
  .finally(function (x) {
    console.log('finally arg:', x);
    return 'ignored';
  })
  .then((v) => console.log('then got:', v));
