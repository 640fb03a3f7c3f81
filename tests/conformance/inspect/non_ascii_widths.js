// line breaking measures UTF-16 units, grouping measures terminal cells
for (let n = 20; n <= 40; n += 2) console.log({ k: '日'.repeat(n), j: 1 });
for (let n = 20; n <= 40; n += 3) console.log([ '😀'.repeat(n), 1 ]);
console.log(['😀', '😀😀', 'a', 'b', 'c', 'd', 'e', 'f']);
console.log({ 'ключ': 'значение', 'κλειδί': [1, 2] });
