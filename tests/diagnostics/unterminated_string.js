console.log('hello)
