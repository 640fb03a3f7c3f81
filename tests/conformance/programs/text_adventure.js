// Text-adventure state machine driven by a scripted list of commands.
const rooms = {
  hall: { desc: 'a dusty hall', exits: { north: 'library', east: 'kitchen' }, items: ['lamp'] },
  library: { desc: 'a silent library', exits: { south: 'hall' }, items: ['key', 'book'] },
  kitchen: { desc: 'a cold kitchen', exits: { west: 'hall', down: 'cellar' }, items: [] },
  cellar: { desc: 'a dark cellar', exits: { up: 'kitchen' }, items: ['treasure'], locked: true, dark: true },
};

const state = { room: 'hall', inventory: [], moves: 0, over: false };

const handlers = {
  look() {
    const r = rooms[state.room];
    if (r.dark && !state.inventory.includes('lamp')) return 'It is pitch black.';
    const items = r.items.length ? ` You see: ${r.items.join(', ')}.` : '';
    return `You are in ${r.desc}. Exits: ${Object.keys(r.exits).join(', ')}.${items}`;
  },
  go(dir) {
    const target = rooms[state.room].exits[dir];
    if (!target) return `You can't go ${dir}.`;
    if (rooms[target].locked) {
      if (!state.inventory.includes('key')) return 'The way is locked.';
      rooms[target].locked = false;
      console.log('  (you unlock the door with the key)');
    }
    state.room = target;
    state.moves++;
    return handlers.look();
  },
  take(item) {
    const r = rooms[state.room];
    const idx = r.items.indexOf(item);
    if (idx < 0) return `There is no ${item} here.`;
    r.items.splice(idx, 1);
    state.inventory.push(item);
    if (item === 'treasure') state.over = true;
    return `Taken: ${item}.`;
  },
  drop(item) {
    const idx = state.inventory.indexOf(item);
    if (idx < 0) return `You don't have ${item}.`;
    state.inventory.splice(idx, 1);
    rooms[state.room].items.push(item);
    return `Dropped ${item}.`;
  },
  inv() {
    return state.inventory.length ? `You carry: ${state.inventory.join(', ')}` : 'You carry nothing.';
  },
};

const script = ['look', 'take lamp', 'go east', 'go down', 'go west', 'go north', 'take key', 'take sword',
  'drop book', 'inv', 'go south', 'go east', 'go down', 'take treasure', 'dance', 'look'];

for (const cmd of script) {
  if (state.over) {
    console.log(`> ${cmd}\n  (game over, ignoring)`);
    continue;
  }
  const [verb, ...rest] = cmd.split(' ');
  const fn = handlers[verb];
  const out = fn ? fn(rest.join(' ')) : `I don't know how to "${verb}".`;
  console.log(`> ${cmd}\n  ${out}`);
}
console.log(`Finished in ${state.moves} moves with ${state.inventory.length} items:`, state.inventory);
console.log('cellar locked?', rooms.cellar.locked, 'library items:', rooms.library.items);
