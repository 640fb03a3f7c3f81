// String/Number/Boolean called without new return primitives
console.log(typeof String(5), typeof Number('5'), typeof Boolean(1));
console.log(String(Number('42')) === '42', Number(String(7)) + 1, Boolean(String(false)));
console.log(Number(Boolean('x')), String(Boolean(0)));
console.log(Boolean(Number('0')), Number(Boolean('')), String(String(1) + 1));
