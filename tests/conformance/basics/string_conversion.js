// String(x) converts every primitive and arrays/objects to their string form
console.log(String(1), String(-0), String(1.5), String(1e21), String(1e-7), String(NaN));
console.log(String(null), String(undefined), String(true), String('s'));
console.log(String([1, [2, 3]]), String([]), String([null, undefined]), String({}));
console.log(String(0.000001), String(123e-20), String(2 ** 53), String(-Infinity));
console.log(String(100), String(0.1 + 0.2), String(1 / 3));
