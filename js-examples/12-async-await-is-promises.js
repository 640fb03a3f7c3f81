// 12-async-await-is-promises.js -- what `await` really does to the order of things
//
// WHAT IT DEMONSTRATES
//   An async function runs synchronously until its first `await`. The rest
//   of its body becomes a microtask that runs once the awaited value
//   settles -- exactly like a `.then` callback. So:
//     - code after the call runs before the code after the `await`;
//     - an `await` on a plain value or an already-resolved promise costs
//       one microtask "tick", an `await` on some other thenable costs two;
//     - `return somePromise` from an async function costs two ticks more
//       than `return await somePromise`;
//     - every microtask runs before the next timer, so the 0 ms timer waits.
//
// EXPECTED OUTPUT (and WHY)
//   A chain of .then callbacks ("chain step N") counts the microtask ticks;
//   it was started first, so in every tick its step runs before the others.
//   1 script start                      -- synchronous
//   2 inside brew(), before await       -- the async call runs synchronously...
//   3 script end                        -- ...until `await`; control comes back here
//   chain step 1                        -- tick 1
//     brew resumed with 'tea' (...1)    -- tick 1: `await value` costs one tick
//   chain step 2                        -- tick 2
//     brew() gave 'hot tea' (...2)      -- tick 2: the promise brew() returned
//     returned awaited promise (...2)   -- tick 2: `return await p`
//   chain step 3                        -- tick 3
//     returned promise (...3)           -- tick 3: `return p` adopts p: two ticks more
//   chain step 4, chain step 5
//   timeout 0                           -- a macrotask: only after every microtask

let tick = 0;
function ticker(steps) {
  // A promise chain that advances `tick` by one per microtask.
  let p = Promise.resolve();
  for (let i = 1; i <= steps; i++) {
    p = p.then(() => {
      tick = i;
      console.log(`chain step ${i}`);
    });
  }
}

async function brew() {
  console.log('2 inside brew(), before await');
  const drink = await 'tea';
  console.log(`  brew resumed with '${drink}' (right after chain step ${tick})`);
  return `hot ${drink}`;
}

async function viaReturn() {
  return Promise.resolve('returned promise');
}

async function viaReturnAwait() {
  return await Promise.resolve('returned awaited promise');
}

setTimeout(() => console.log('timeout 0'), 0);
console.log('1 script start');
ticker(5);
brew().then((r) => console.log(`  brew() gave '${r}' (right after chain step ${tick})`));
viaReturn().then((r) => console.log(`  ${r} (right after chain step ${tick})`));
viaReturnAwait().then((r) => console.log(`  ${r} (right after chain step ${tick})`));
console.log('3 script end');
