// 01-call-stack.js -- the single call stack
//
// WHAT IT DEMONSTRATES
//   JavaScript runs on ONE thread with ONE call stack. Every time a function
//   is called, a new "frame" (its arguments and local variables) is pushed on
//   top of the stack; when the function returns, its frame is popped and
//   control goes back to whoever called it. Objects themselves live on the
//   heap; the frames only hold references to them.
//
//   We keep our own little "shadow stack" (an array of function names) so we
//   can print what the real call stack looks like at each step.
//
// EXPECTED OUTPUT (and WHY)
//   main() calls multiply() via square() via printSquare(). Each call pushes
//   a frame, so the deepest point of the program is
//       main > printSquare > square > multiply
//   Frames are then popped in the reverse order (last in, first out), which is
//   why the "leave" lines appear in the opposite order of the "enter" lines.
//   Because there is only one stack, nothing else can run while these
//   functions are on it: the output is strictly sequential.

var shadow = [];

function enter(name) {
  shadow.push(name);
  console.log('enter ' + name + '   stack: ' + shadow.join(' > '));
}

function leave(name) {
  shadow.pop();
  console.log('leave ' + name + '   stack: ' + (shadow.length ? shadow.join(' > ') : '(empty)'));
}

function multiply(a, b) {
  enter('multiply');
  var result = a * b;
  leave('multiply');
  return result;
}

function square(n) {
  enter('square');
  var result = multiply(n, n);
  leave('square');
  return result;
}

function printSquare(n) {
  enter('printSquare');
  var s = square(n);
  console.log('square of ' + n + ' is ' + s);
  leave('printSquare');
}

function main() {
  enter('main');
  printSquare(4);
  // The heap: this object outlives the frame that created it, because a
  // reference to it is returned to the caller.
  var point = makePoint(3, 4);
  console.log('point from the heap: x=' + point.x + ' y=' + point.y);
  leave('main');
}

function makePoint(x, y) {
  enter('makePoint');
  var p = { x: x, y: y };   // allocated on the heap
  leave('makePoint');       // frame gone, object survives
  return p;
}

main();
console.log('done: the stack is empty again');
