// 09-errors-in-callbacks.js -- where errors go in asynchronous code
//
// WHAT IT DEMONSTRATES
//   try/catch only protects code that runs while the try block is ON THE
//   STACK. A callback passed to setTimeout runs later, from the event loop,
//   after the try block has long finished -- so the surrounding try/catch
//   cannot see its errors. The callback must catch its own errors.
//
//   Promises turn thrown errors into rejections: a throw inside an executor
//   or inside a .then handler rejects the promise, and the rejection travels
//   down the chain to the next .catch (or the second argument of .then).
//
//   Every error in this program is caught, so it exits with status 0. (An
//   uncaught error in a timer callback, or an unhandled rejection, would
//   terminate node with an error instead.)
//
//   We only print error names and our own messages, which are identical in
//   every engine.
//
// EXPECTED OUTPUT (and WHY)
//   sync phase, in order:
//     "sync: caught ReferenceError"     -- ordinary try/catch on the stack
//     "sync: caught TypeError"          -- calling something that is not a
//                                          function
//     "sync: finally runs even after return" / "sync: returned from f"
//     "sync: custom error ValidationError: age must be positive"
//     "sync: try around setTimeout finished" -- the timer is only scheduled
//     "sync: end of script"
//   microtask phase (stack empty, microtasks before timers):
//     "promise: executor throw -> caught Error: boom in executor"
//     "promise: reject() -> caught by then(null, onRejected): rejected!"
//     "microtask: caught its own error: oops in microtask"
//     "promise: handler throw -> caught TypeError: bad value"
//     "promise: rethrown -> outer catch: wrapped: bad value"
//     The order follows the microtask queue: the first two promises were
//     rejected synchronously, so their handlers were queued at once; the
//     Promise.resolve(42) chain first has to run its .then (which throws)
//     before its .catch is queued -- behind the queueMicrotask callback. The
//     last line needs two more turns (the rethrow skips one .then).
//   macrotask phase:
//     "timer: the outer try/catch is gone, the callback catches: late failure"
//     "timer: finally in callback"
//     "exit normally"

// ---- synchronous errors -------------------------------------------------

try {
  notDefinedAnywhere + 1;
} catch (e) {
  console.log('sync: caught ' + e.name);
}

try {
  var obj = {};
  obj.missingMethod();
} catch (e) {
  console.log('sync: caught ' + e.name + ' (instanceof TypeError: ' + (e instanceof TypeError) + ')');
}

function f() {
  try {
    return 'returned from f';
  } finally {
    console.log('sync: finally runs even after return');
  }
}
console.log('sync: ' + f());

// A custom error type built with a constructor function.
function ValidationError(message) {
  this.name = 'ValidationError';
  this.message = message;
}

function checkAge(age) {
  if (age < 0) {
    throw new ValidationError('age must be positive');
  }
  return age;
}

try {
  checkAge(-1);
} catch (e) {
  if (e instanceof ValidationError) {
    console.log('sync: custom error ' + e.name + ': ' + e.message);
  } else {
    throw e;
  }
}

// ---- errors in a timer callback -----------------------------------------

try {
  setTimeout(function () {
    try {
      throw new Error('late failure');
    } catch (e) {
      console.log('timer: the outer try/catch is gone, the callback catches: ' + e.message);
    } finally {
      console.log('timer: finally in callback');
    }
    setTimeout(function () {
      console.log('exit normally');
    }, 0);
  }, 0);
  console.log('sync: try around setTimeout finished');
} catch (e) {
  console.log('never printed: the callback has not even run yet');
}

// ---- errors in promises -------------------------------------------------

new Promise(function () {
  throw new Error('boom in executor');
}).catch(function (e) {
  console.log('promise: executor throw -> caught ' + e.name + ': ' + e.message);
});

new Promise(function (resolve, reject) {
  reject('rejected!');
}).then(function () {
  console.log('never printed');
}, function (reason) {
  console.log('promise: reject() -> caught by then(null, onRejected): ' + reason);
});

Promise.resolve(42)
  .then(function () {
    throw new TypeError('bad value');
  })
  .catch(function (e) {
    console.log('promise: handler throw -> caught ' + e.name + ': ' + e.message);
    throw new Error('wrapped: ' + e.message);
  })
  .then(function () {
    console.log('never printed');
  })
  .catch(function (e) {
    console.log('promise: rethrown -> outer catch: ' + e.message);
  });

queueMicrotask(function () {
  try {
    throw new RangeError('oops in microtask');
  } catch (e) {
    console.log('microtask: caught its own error: ' + e.message);
  }
});

console.log('sync: end of script');
