// article: unbounded recursion blows the call stack with a catchable RangeError
function foo() {
  foo()
}
try {
  foo()
} catch (e) {
  console.log(e instanceof RangeError)
  console.log(e.name)
  console.log(e.message)
}
