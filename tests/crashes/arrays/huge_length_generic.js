// node differs: node visits every index of these array-likes (2 ** 40 of them) and never
// finishes; minnow visits only the indices the object has, which is observably the same here
// (no getters, no proxies), and answers at once.
const proto = Array.prototype;
const sparse = () => ({ length: 2 ** 40, 5: 'five', [2 ** 39]: 'half', [2 ** 40 - 1]: 'last' });
const seen = [];
proto.forEach.call(sparse(), (v, i) => seen.push(`${i}=${v}`));
console.log('forEach', seen.join(' '));
console.log('filter', proto.filter.call(sparse(), () => true));
console.log('some', proto.some.call(sparse(), (v) => v === 'half'));
console.log('every', proto.every.call(sparse(), (v) => typeof v === 'string'));
console.log('reduce', proto.reduce.call(sparse(), (a, v) => `${a}+${v}`));
console.log('reduceRight', proto.reduceRight.call(sparse(), (a, v) => `${a}+${v}`));
console.log('indexOf', proto.indexOf.call(sparse(), 'last'));
console.log('lastIndexOf', proto.lastIndexOf.call(sparse(), 'five'));
console.log('includes', proto.includes.call(sparse(), 'half'), proto.includes.call(sparse(), undefined));
console.log('includes none', proto.includes.call({ length: 2 ** 40, 0: 1 }, 2));
console.log('flat', proto.flat.call({ length: 2 ** 40, 0: 1, [2 ** 31]: [2, 3] }));
const mapped = proto.map.call({ length: 2 ** 32 - 1, 7: 'seven' }, (v) => v.toUpperCase());
console.log('map', mapped.length, Object.keys(mapped), mapped[7]);
const reversed = proto.reverse.call(sparse());
console.log('reverse', reversed);
const sorted = proto.sort.call(sparse());
console.log('sort', sorted);
const shifted = sparse();
console.log('shift', proto.shift.call(shifted), shifted);
const copied = proto.copyWithin.call(sparse(), 0, 1);
console.log('copyWithin', copied);
const spliced = sparse();
console.log('splice', proto.splice.call(spliced, 1, 5), spliced);
const a = [1];
a.length = 2 ** 32 - 1;
try {
  a.unshift(0);
} catch (e) {
  console.log('unshift', `${e.name}: ${e.message}`, a[0], a[1], a.length, a[2 ** 32 - 1]);
}
