// elisions skip elements; holes in the value read as undefined
const [, second, , fourth] = [1, 2, 3, 4];
console.log(second, fourth);
const [h = 'default'] = [, 1];
console.log(h);
const [, , ...tail] = 'abcd';
console.log(tail);
const [] = [1, 2];
console.log('empty pattern ok');
