// Number constants and their relations
console.log(Number.EPSILON, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER);
console.log(Number.MAX_VALUE, Number.MIN_VALUE, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN);
console.log(1 + Number.EPSILON > 1, Number.MAX_SAFE_INTEGER + 2, Number.MIN_VALUE / 2);
Number.EPSILON = 5;
console.log(Number.EPSILON, Object.keys(Number));
