// arrow functions: expression bodies return implicitly, block bodies need return
const expr = (a, b) => a + b;
const block = (a, b) => { a + b; };
const blockRet = (a) => { return a * 2; };
const single = x => x + '!';
const obj = () => ({ k: 1 });
console.log(expr(1, 2), block(1, 2), blockRet(4), single('hi'), obj().k);
const curried = (a) => (b) => (c) => a + b + c;
console.log(curried(1)(2)(3));
