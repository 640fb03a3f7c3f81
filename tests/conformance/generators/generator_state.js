// Generator as a state machine: inputs sent with next(v) drive transitions; the return value lists visited states.
function* machine(start) {
  let state = start;
  const visited = [];
  while (state !== 'end') {
    visited.push(state);
    const input = yield state;
    if (state === 'idle') state = input === 'go' ? 'running' : 'idle';
    else if (state === 'running') state = input === 'pause' ? 'paused' : input === 'stop' ? 'end' : 'running';
    else if (state === 'paused') state = input === 'go' ? 'running' : 'paused';
  }
  return visited;
}
const m = machine('idle');
m.next();
for (const input of ['wait', 'go', 'work', 'pause', 'go', 'stop']) {
  const r = m.next(input);
  console.log(`${input.padEnd(5)} -> ${r.done ? 'DONE ' + JSON.stringify(r.value) : r.value}`);
}
