// Map and Set show their first 100 entries, then `... N more items`
console.log(new Set(Array.from({ length: 120 }, (_, i) => i)));
console.log(new Map(Array.from({ length: 102 }, (_, i) => [i, i])));
console.log(new Set(Array.from({ length: 101 }, (_, i) => 's' + i)));
console.log(new Set(Array.from({ length: 100 }, (_, i) => i)).size);
