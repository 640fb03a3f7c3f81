// finally passes a rejection through unchanged
Promise.reject(new Error('original'))
  .finally(() => console.log('finally ran'))
  .then(() => console.log('not called'))
  .catch((e) => console.log('catch got:', e.message));
