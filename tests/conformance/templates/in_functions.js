// templates in closures, loops, and as property keys and arguments
const greet = (who, times = 1) => `hi ${who}`.repeat(times);
console.log(greet('bo', 2));
const parts = [];
for (let i = 0; i < 3; i++) parts.push(`#${i}`);
console.log(parts);
const key = 'k';
const o = { [`${key}1`]: 1, [`${key}2`]: 2 };
console.log(o, `${key}1` in o);
console.log(`abc`.length, `abc`[1], `a-b`.split('-'));
