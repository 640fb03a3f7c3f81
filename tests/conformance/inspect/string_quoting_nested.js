// nested strings: single quotes; double when a single quote is inside; backticks when both
console.log(["it's", 'say "hi"', 'both \' and "', 'all \' " `']);
console.log(['tab\there', 'nl\nx', 'back\\slash', '\x01', 'cr\r', '\b\f\v', '\x7f']);
console.log({ s: 'line1\nline2', t: ['x\ny'] });
console.log({ q: "it's", d: '"quoted"', b: '`tick` and \'' });
console.log(['${x} and \' and "']);
console.log(new Map([["k'ey", 'v"al']]));
