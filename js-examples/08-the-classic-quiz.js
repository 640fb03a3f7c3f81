// 08-the-classic-quiz.js -- the classic "what order does this print?" quiz
//
// WHAT IT DEMONSTRATES
//   Two well-known event-loop quizzes, written in the semicolon-free style
//   many codebases use (automatic semicolon insertion ends each statement at
//   the line break).
//
//   Quiz 1 -- the foo/bar/baz example from the Node.js event loop article:
//     foo() logs 'foo', schedules bar with setTimeout(bar, 0), creates a
//     promise that is resolved immediately and attaches a .then, and finally
//     calls baz().
//
//   Quiz 2 -- "A C B": log A, schedule B with a 0 ms timer, log C.
//     To keep the two quizzes apart, quiz 2 is itself started from a timer
//     that is queued right after bar, so it begins once quiz 1 is over.
//
// EXPECTED OUTPUT (and WHY)
//   foo                 -- synchronous, first line of foo()
//   baz                 -- synchronous: baz() is called directly while foo is
//                          still on the stack; bar and the .then callback are
//                          only queued
//   should be right after baz, before bar
//                       -- the script is done and the stack is empty: the
//                          event loop drains the MICROTASK queue first, and
//                          the promise reaction is there
//   bar                 -- then the first MACROTASK: the 0 ms timer
//   --- quiz 2 ---      -- the next macrotask (scheduled after bar)
//   A                   -- synchronous
//   C                   -- synchronous: the B timer merely got queued
//   B                   -- runs only after the callback that scheduled it
//                          has returned and the stack is empty again

const bar = () => console.log('bar')

const baz = () => console.log('baz')

const foo = () => {
  console.log('foo')
  setTimeout(bar, 0)
  new Promise((resolve, reject) =>
    resolve('should be right after baz, before bar')
  ).then(resolve => console.log(resolve))
  baz()
}

foo()

const quiz2 = () => {
  console.log('--- quiz 2 ---')
  console.log('A')
  setTimeout(() => console.log('B'), 0)
  console.log('C')
}

setTimeout(quiz2, 0)
