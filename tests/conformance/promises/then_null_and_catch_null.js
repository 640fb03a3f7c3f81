// then(null), then(undefined, null) and catch(null) pass values and rejections through
Promise.resolve('v1').then(null).then((v) => console.log('then(null) value:', v));
Promise.reject('r1').then(null, null).then(null, (e) => console.log('then(null,null) reason:', e));
Promise.reject('r2').catch(null).catch((e) => console.log('catch(null) reason:', e));
Promise.resolve('v2').catch(null).then((v) => console.log('catch(null) value:', v));
Promise.resolve('v3').then('not a function').then((v) => console.log('non-function ignored:', v));
