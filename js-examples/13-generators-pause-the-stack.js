// 13-generators-pause-the-stack.js -- a generator is a function that can pause
//
// WHAT IT DEMONSTRATES
//   Calling a generator function runs none of its body: it returns an
//   iterator. Each next() runs the body until the next `yield`, which hands
//   a value out and *pauses* the function -- its local variables and its
//   place in the code are kept while the rest of the program runs. The next
//   next(v) resumes it exactly there, and `yield` evaluates to v.
//   for...of, spread and destructuring all drive generators through next(),
//   and leaving a for...of early calls the generator's return(), which runs
//   its `finally` block.
//
// EXPECTED OUTPUT (and WHY)
//   created (body not started)      -- calling ids() ran nothing
//   body starts                     -- the first next() starts the body
//   got 1                           -- paused at the first yield
//   resumed with 'a'                -- next('a'): the yield evaluated to 'a'
//   got 2, ... (see the .out file)
//   take 3 of an endless sequence: [ 0, 1, 1 ]  -- fibonacci, lazily
//   cleanup: fib stopped            -- destructuring took 3 values and closed it

function* ids() {
  console.log('body starts');
  let next = 1;
  while (true) {
    const reply = yield next++;
    if (reply) console.log(`resumed with '${reply}'`);
    if (reply === 'stop') return 'stopped';
  }
}

const gen = ids();
console.log('created (body not started)');
console.log('got', gen.next().value);
console.log('got', gen.next('a').value);
console.log('got', gen.next().value);
console.log('finished:', gen.next('stop'), gen.next());

function* fibonacci() {
  try {
    let [a, b] = [0, 1];
    for (;;) {
      yield a;
      [a, b] = [b, a + b];
    }
  } finally {
    console.log('cleanup: fib stopped');
  }
}

const [x, y, z] = fibonacci();
console.log('take 3 of an endless sequence:', [x, y, z]);

for (const n of fibonacci()) {
  if (n > 50) break;
  process_(n);
}
function process_(n) {
  if (n % 2 === 0) console.log('even fibonacci', n);
}

function* walk(tree, depth = 0) {
  yield '  '.repeat(depth) + tree.name;
  for (const child of tree.children ?? []) yield* walk(child, depth + 1);
}
const tree = { name: 'root', children: [{ name: 'a', children: [{ name: 'a1' }] }, { name: 'b' }] };
console.log([...walk(tree)].join('\n'));
