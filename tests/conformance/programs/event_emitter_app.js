// A small EventEmitter (on/off/once/emit) written in JS, driving a chat-room model.
class Emitter {
  constructor() {
    this.handlers = new Map();
  }
  on(event, fn) {
    if (!this.handlers.has(event)) this.handlers.set(event, []);
    this.handlers.get(event).push(fn);
    return this;
  }
  off(event, fn) {
    const list = this.handlers.get(event);
    if (!list) return this;
    const idx = list.findIndex((h) => h === fn || h.original === fn);
    if (idx !== -1) list.splice(idx, 1);
    if (list.length === 0) this.handlers.delete(event);
    return this;
  }
  once(event, fn) {
    const wrapper = (...args) => {
      this.off(event, wrapper);
      fn.apply(this, args);
    };
    wrapper.original = fn;
    return this.on(event, wrapper);
  }
  emit(event, ...args) {
    const list = this.handlers.get(event);
    if (!list) return false;
    for (const h of [...list]) h.apply(this, args);
    return true;
  }
  listenerCount(event) {
    return (this.handlers.get(event) || []).length;
  }
}

class ChatRoom extends Emitter {
  constructor(name) {
    super();
    this.name = name;
    this.members = new Set();
  }
  join(user) {
    this.members.add(user);
    this.emit('join', user, this.members.size);
  }
  say(user, text) {
    if (!this.members.has(user)) return this.emit('error', new Error(`${user} is not in ${this.name}`));
    this.emit('message', { user, text });
  }
}

const room = new ChatRoom('lobby');
const transcript = [];
const record = ({ user, text }) => transcript.push(`${user}: ${text}`);
room.on('join', (user, n) => console.log(`+ ${user} joined (${n} members)`));
room.once('join', (user) => console.log(`first member was ${user}`));
room.on('message', record);
room.on('message', function (msg) {
  console.log(`[${this.name}] <${msg.user}> ${msg.text}`);
});
room.on('error', (e) => console.log('error event:', e.message));

room.join('ann');
room.join('bob');
room.say('ann', 'hi bob');
room.say('carl', 'let me in');
console.log('message listeners:', room.listenerCount('message'));
room.off('message', record);
room.say('bob', 'this is not recorded');
console.log('message listeners:', room.listenerCount('message'));
console.log('emit unknown ->', room.emit('nothing'));
const onceFn = () => console.log('never called');
room.once('leave', onceFn);
room.off('leave', onceFn);
console.log('leave listeners:', room.listenerCount('leave'), room.emit('leave'));
console.log(transcript);
