// -0 keeps its sign everywhere inspect shows a number
console.log(-0);
console.log([-0], [0, -0, +0]);
console.log({ z: -0, p: 0 });
console.log(new Map([[-0, -0]]));
console.log(new Set([-0]));
console.log('%s %d %O', -0, -0, -0);
console.log(0 * -1, -0 + 0, [Math.round(-0.4)]);
console.log(new Number(-0));
