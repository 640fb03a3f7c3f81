// a promise settles once: later resolve/reject calls are ignored
new Promise((resolve, reject) => {
  resolve('first');
  resolve('second');
  reject('third');
}).then((v) => console.log('resolved twice ->', v));
new Promise((resolve, reject) => {
  reject('r1');
  resolve('r2');
}).catch((e) => console.log('reject then resolve ->', e));
var later;
var p = new Promise((r) => { later = r; r('early'); });
later('late');
p.then((v) => console.log('late call ignored ->', v));
