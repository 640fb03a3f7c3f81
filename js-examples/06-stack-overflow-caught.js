// 06-stack-overflow-caught.js -- blowing the stack, and surviving it
//
// WHAT IT DEMONSTRATES
//   The call stack has a finite size. A function that calls itself forever
//   pushes frame after frame until there is no room left; the engine then
//   throws a RangeError ("Maximum call stack size exceeded") instead of
//   crashing. That error is an ordinary exception: it unwinds the stack frame
//   by frame (running every `finally` block on the way) and can be caught.
//
//   After catching it, the stack is back to the depth of the catching frame,
//   so normal calls -- and later the event loop -- keep working.
//
//   How deep the stack can go differs between engines and machines, so this
//   program never prints the depth itself, only facts that hold everywhere.
//
// EXPECTED OUTPUT (and WHY)
//   "recursing..."                        -- synchronous
//   "caught RangeError"                   -- the overflow became an exception
//   "instanceof RangeError: true"
//   "message: Maximum call stack size exceeded"
//   "went deeper than 1000 frames: true"  -- the stack is big, but not infinite
//   "every finally ran, depth is back to 0: true"
//                                         -- unwinding popped every frame and
//                                            ran each frame's finally block
//   "normal call after overflow: 120"     -- the stack works again
//   "a timer still runs afterwards"       -- the event loop is unaffected;
//                                            it runs once the stack is empty

var depth = 0;
var maxDepth = 0;

function recurseForever() {
  depth++;
  if (depth > maxDepth) {
    maxDepth = depth;
  }
  try {
    recurseForever();
  } finally {
    depth--;
  }
}

function factorial(n) {
  return n <= 1 ? 1 : n * factorial(n - 1);
}

setTimeout(function () {
  console.log('a timer still runs afterwards');
}, 0);

console.log('recursing...');
try {
  recurseForever();
  console.log('never printed');
} catch (e) {
  console.log('caught ' + e.name);
  console.log('instanceof RangeError: ' + (e instanceof RangeError));
  console.log('message: ' + e.message);
}
console.log('went deeper than 1000 frames: ' + (maxDepth > 1000));
console.log('every finally ran, depth is back to 0: ' + (depth === 0));
console.log('normal call after overflow: ' + factorial(5));
