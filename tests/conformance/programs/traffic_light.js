// Traffic-light controller: a timer-driven finite state machine with a pedestrian request.
const transitions = {
  green: { next: 'yellow', ms: 6 },
  yellow: { next: 'red', ms: 3 },
  red: { next: 'green', ms: 6 },
};

class Light {
  constructor() {
    this.state = 'red';
    this.history = [];
    this.cycles = 0;
    this.pedestrianWaiting = false;
    this.listeners = [];
  }
  onChange(fn) { this.listeners.push(fn); }
  set(state) {
    const prev = this.state;
    this.state = state;
    this.history.push(state[0].toUpperCase());
    for (const fn of this.listeners) fn(prev, state);
  }
  run(maxCycles) {
    return new Promise((resolve) => {
      const step = () => {
        const { next, ms } = transitions[this.state];
        let wait = ms;
        if (this.state === 'green' && this.pedestrianWaiting) {
          wait = 1;
          console.log('  (shortening green for pedestrian)');
        }
        setTimeout(() => {
          if (next === 'green') this.cycles++;
          if (this.cycles >= maxCycles) return resolve(this.history.join(''));
          this.set(next);
          step();
        }, wait);
      };
      this.set('green');
      step();
    });
  }
}

const light = new Light();
light.onChange((from, to) => {
  console.log(`${from.padEnd(6)} -> ${to}`);
  if (to === 'red' && light.pedestrianWaiting) {
    console.log('  pedestrian crosses');
    light.pedestrianWaiting = false;
  }
});
light.onChange((from, to) => {
  if (to === 'green' && light.cycles === 1) {
    console.log('  pedestrian presses button');
    light.pedestrianWaiting = true;
  }
});
light.run(3).then((h) => {
  console.log('history:', h, 'cycles:', light.cycles, 'final state:', light.state);
  const counts = [...h].reduce((m, c) => ({ ...m, [c]: (m[c] ?? 0) + 1 }), {});
  console.log(counts);
});
