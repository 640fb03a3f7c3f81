// array.keys()/values()/entries() and the array iterator protocol, including holes and mutation.
const arr = ['x', 'y', 'z'];
console.log([...arr.keys()], [...arr.values()], [...arr.entries()]);
for (const [i, v] of arr.entries()) console.log(i, v);
const holey = [1, , 3];
console.log([...holey], [...holey.keys()], Object.keys(holey));
for (const v of holey) console.log('holey value', v);
holey.forEach((v, i) => console.log('forEach skips holes', i, v));
const it = arr.values();
console.log(it.next());
arr.push('w');
console.log([...it]);
console.log(it.next());
const growing = [1, 2];
for (const v of growing) {
  if (growing.length < 5) growing.push(v * 10);
  console.log('growing visit', v);
}
console.log(arr[Symbol.iterator] === arr.values, typeof arr.entries().next);
console.log(Object.prototype.toString.call(arr.entries()));
