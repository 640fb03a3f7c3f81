class Stack extends Array { peek() { return this[this.length - 1]; } }
const s = new Stack();
s.push(1, 2, 3, 4);
const m = s.map((x) => x * 2), f = s.filter((x) => x % 2), sl = s.slice(1), c = s.concat([9]);
console.log(m, f, sl, c, m.peek(), m instanceof Stack);
console.log(s.splice(0, 1), s.flat(), s.flatMap((x) => [x, x]));
console.log([1, 2].map((x) => x), new Stack(3));
class Len extends Array { constructor(...a) { super(...a); this.tag = 't'; } }
const l = new Len(1, 2);
console.log(l, l.map((x) => x + 1));
