// Promise.reject creates an already-rejected promise with any reason value
Promise.reject(42).catch((e) => console.log('number', e));
Promise.reject(undefined).catch((e) => console.log('undefined', e));
Promise.reject({ code: 7 }).catch((e) => console.log('object code', e.code));
Promise.reject(new Error('err')).then(null, (e) => console.log('error', e.message));
