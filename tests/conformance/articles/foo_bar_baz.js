// article (flaviocopes): foo/bar/baz, no semicolons; setTimeout callback runs after the stack empties
const bar = () => console.log('bar')

const baz = () => console.log('baz')

const foo = () => {
  console.log('foo')
  setTimeout(bar, 0)
  baz()
}

foo()
