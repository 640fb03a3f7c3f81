// Async recursion and sequential reduce over promises.
async function countdown(n, acc = []) {
  acc.push(n);
  if (n === 0) return acc;
  await null;
  return countdown(n - 1, acc);
}
async function fib(n) {
  if (n < 2) return n;
  const [a, b] = await Promise.all([fib(n - 1), fib(n - 2)]);
  return a + b;
}
async function sumTree(node) {
  if (!node) return 0;
  const kids = await Promise.all((node.children || []).map(sumTree));
  return node.value + kids.reduce((x, y) => x + y, 0);
}
const tree = { value: 1, children: [{ value: 2, children: [{ value: 4 }] }, { value: 3 }] };
async function main() {
  console.log(await countdown(5));
  console.log('fib(12) =', await fib(12));
  console.log('tree sum =', await sumTree(tree));
  const seq = await [1, 2, 3, 4].reduce(async (accP, x) => {
    const acc = await accP;
    console.log('reduce step', x, 'acc so far', acc);
    return acc + x;
  }, Promise.resolve(0));
  console.log('sequential reduce total', seq);
}
main();
