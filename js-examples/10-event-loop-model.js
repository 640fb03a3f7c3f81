// 10-event-loop-model.js -- a tiny event loop, written in JavaScript
//
// WHAT IT DEMONSTRATES
//   The whole runtime story as a model you can read in one screen:
//     * a CALL STACK (an array we push/pop frame names on),
//     * "WEB APIs" / host timers that hold timers until they are due,
//     * a CALLBACK (macrotask) QUEUE for due timer callbacks,
//     * a MICROTASK QUEUE for promise-like jobs,
//     * an EVENT LOOP that only starts work when the stack is empty, drains
//       ALL microtasks first (even ones added while draining), then runs ONE
//       macrotask, and repeats.
//   Time is simulated (a number we advance), so the model is deterministic.
//
//   The same program is then run for real with setTimeout/queueMicrotask, and
//   both produce the same order of "program output" lines.
//
// EXPECTED OUTPUT (and WHY)
//   The model prints a trace: each step shows what happened and the state of
//   the stack and both queues. The program being simulated is:
//       log('script start')
//       setTimeout(T1, 0)          -> T1 logs 'T1' and queues microtask M3
//       queueMicrotask(M1)         -> M1 logs 'M1' and queues microtask M2
//       setTimeout(T2, 5)
//       log('script end')
//   Order: script start, script end, M1, M2 (queued while draining, still
//   before any timer), T1, M3 (drained right after T1), T2 (its 5 ms are
//   only due later). The real run at the end prints exactly that order.

function EventLoopModel() {
  this.stack = [];
  this.timers = [];          // the host side: { due, name, fn }
  this.macrotasks = [];      // the callback queue: { name, fn }
  this.microtasks = [];      // the microtask queue: { name, fn }
  this.now = 0;
  this.output = [];

  // Methods are created in the constructor; `this` is the model because
  // they are always called as model.method(...) / this.method(...).

  this.show = function (what) {
    console.log(
      '  [t=' + this.now + '] ' + what +
      ' | stack: ' + (this.stack.length ? this.stack.join(' > ') : '-') +
      ' | micro: ' + (this.microtasks.length ? this.names(this.microtasks) : '-') +
      ' | macro: ' + (this.macrotasks.length ? this.names(this.macrotasks) : '-')
    );
  };

  this.names = function (queue) {
    var out = [];
    for (var i = 0; i < queue.length; i++) {
      out.push(queue[i].name);
    }
    return out.join(',');
  };

  this.log = function (text) {
    this.output.push(text);
    this.show('log "' + text + '"');
  };

  this.setTimeout = function (name, fn, delay) {
    this.timers.push({ due: this.now + delay, name: name, fn: fn });
    this.show('timer ' + name + ' handed to host (' + delay + ' ms)');
  };

  this.queueMicrotask = function (name, fn) {
    this.microtasks.push({ name: name, fn: fn });
    this.show('microtask ' + name + ' queued');
  };

  this.call = function (name, fn) {
    this.stack.push(name);
    fn();
    this.stack.pop();
  };

  // Move timers that are due into the callback queue, earliest first.
  this.pollTimers = function () {
    var moved = true;
    while (moved) {
      moved = false;
      var best = -1;
      for (var i = 0; i < this.timers.length; i++) {
        if (this.timers[i].due <= this.now && (best < 0 || this.timers[i].due < this.timers[best].due)) {
          best = i;
        }
      }
      if (best >= 0) {
        var t = this.timers[best];
        this.timers = this.removeAt(best);
        this.macrotasks.push({ name: t.name, fn: t.fn });
        this.show('timer ' + t.name + ' is due -> callback queue');
        moved = true;
      }
    }
  };

  this.removeAt = function (index) {
    var rest = [];
    for (var i = 0; i < this.timers.length; i++) {
      if (i !== index) {
        rest.push(this.timers[i]);
      }
    }
    return rest;
  };

  this.nextTimerDue = function () {
    var due = -1;
    for (var i = 0; i < this.timers.length; i++) {
      if (due < 0 || this.timers[i].due < due) {
        due = this.timers[i].due;
      }
    }
    return due;
  };

  this.drainMicrotasks = function () {
    while (this.microtasks.length > 0) {
      var job = this.microtasks.shift();
      this.call(job.name, job.fn);
    }
  };

  this.run = function (script) {
    this.call('script', script);
    this.show('script finished, stack empty');
    for (;;) {
      this.drainMicrotasks();
      this.pollTimers();
      if (this.macrotasks.length > 0) {
        var task = this.macrotasks.shift();
        this.call(task.name, task.fn);
        continue;
      }
      var due = this.nextTimerDue();
      if (due < 0) {
        break;                 // nothing left anywhere: the program exits
      }
      this.now = due;          // sleep until the next timer is due
    }
    this.show('nothing left to do, exit');
  };
}

// ---- the simulated program ----------------------------------------------

console.log('simulated run:');
var model = new EventLoopModel();
model.run(function () {
  model.log('script start');
  model.setTimeout('T1', function () {
    model.log('T1');
    model.queueMicrotask('M3', function () { model.log('M3'); });
  }, 0);
  model.queueMicrotask('M1', function () {
    model.log('M1');
    model.queueMicrotask('M2', function () { model.log('M2'); });
  });
  model.setTimeout('T2', function () { model.log('T2'); }, 5);
  model.log('script end');
});
console.log('simulated order: ' + model.output.join(' '));

// ---- the same program on the real event loop ----------------------------

var real = [];
function realLog(text) {
  real.push(text);
  if (real.length === 7) {
    console.log('real order:      ' + real.join(' '));
    console.log('same order: ' + (real.join(' ') === model.output.join(' ')));
  }
}

realLog('script start');
setTimeout(function () {
  realLog('T1');
  queueMicrotask(function () { realLog('M3'); });
}, 0);
queueMicrotask(function () {
  realLog('M1');
  queueMicrotask(function () { realLog('M2'); });
});
setTimeout(function () { realLog('T2'); }, 5);
realLog('script end');
