// Todo store with commands, undo/redo stacks and immutable snapshots via spread.
class TodoStore {
  constructor() {
    this.state = { nextId: 1, todos: [] };
    this.undoStack = [];
    this.redoStack = [];
  }
  dispatch(action) {
    const before = this.state;
    const after = TodoStore.reduce(before, action);
    if (after === before) {
      console.log(`  (no-op: ${action.type})`);
      return;
    }
    this.undoStack.push(before);
    this.redoStack.length = 0;
    this.state = after;
  }
  undo() {
    if (!this.undoStack.length) return console.log('  nothing to undo');
    this.redoStack.push(this.state);
    this.state = this.undoStack.pop();
  }
  redo() {
    if (!this.redoStack.length) return console.log('  nothing to redo');
    this.undoStack.push(this.state);
    this.state = this.redoStack.pop();
  }
  static reduce(state, action) {
    switch (action.type) {
      case 'add':
        return { ...state, nextId: state.nextId + 1, todos: [...state.todos, { id: state.nextId, text: action.text, done: false }] };
      case 'toggle': {
        if (!state.todos.some((t) => t.id === action.id)) return state;
        return { ...state, todos: state.todos.map((t) => (t.id === action.id ? { ...t, done: !t.done } : t)) };
      }
      case 'remove':
        return { ...state, todos: state.todos.filter((t) => t.id !== action.id) };
      case 'clearDone': {
        const todos = state.todos.filter((t) => !t.done);
        return todos.length === state.todos.length ? state : { ...state, todos };
      }
      default:
        return state;
    }
  }
  print(label) {
    const lines = this.state.todos.map((t) => `[${t.done ? 'x' : ' '}] ${t.id}. ${t.text}`);
    console.log(`${label} (undo=${this.undoStack.length}, redo=${this.redoStack.length})`);
    console.log(lines.length ? lines.map((l) => '   ' + l).join('\n') : '   <empty>');
  }
}

const store = new TodoStore();
const steps = [
  { type: 'add', text: 'buy milk' },
  { type: 'add', text: 'write tests' },
  { type: 'add', text: 'call mom' },
  { type: 'toggle', id: 2 },
  { type: 'toggle', id: 99 },
  'undo',
  'undo',
  'redo',
  { type: 'toggle', id: 1 },
  'redo',
  { type: 'clearDone' },
  { type: 'clearDone' },
  { type: 'remove', id: 3 },
  'undo',
  { type: 'unknown' },
];
for (const step of steps) {
  if (typeof step === 'string') {
    console.log(`${step}:`);
    store[step]();
  } else {
    console.log(`dispatch ${JSON.stringify(step)}`);
    store.dispatch(step);
  }
  store.print('  state');
}
const first = store.undoStack[0];
console.log('initial snapshot untouched:', JSON.stringify(first));
