// article: uncaught "Maximum call stack size exceeded" terminates with exit status 1
console.log('start')
function foo() {
  foo()
}
foo()
console.log('unreachable')
