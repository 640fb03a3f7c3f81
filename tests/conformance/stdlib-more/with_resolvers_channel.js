// Promise.withResolvers used to build a deferred-based async queue and a timeout-driven signal.
if (!Promise.withResolvers) {
  const { withResolvers } = {
    withResolvers() {
      let resolve, reject;
      const promise = new this((res, rej) => { resolve = res; reject = rej; });
      return { promise, resolve, reject };
    },
  };
  Object.defineProperty(Promise, 'withResolvers', { value: withResolvers, writable: true, configurable: true });
}
class Channel {
  buffer = [];
  pending = [];
  send(v) {
    const waiter = this.pending.shift();
    waiter ? waiter.resolve(v) : this.buffer.push(v);
    console.log(`send ${v} (buffered ${this.buffer.length}, waiting ${this.pending.length})`);
  }
  receive() {
    if (this.buffer.length) return Promise.resolve(this.buffer.shift());
    const d = Promise.withResolvers();
    this.pending.push(d);
    return d.promise;
  }
}
const ch = new Channel();
const reader = async (name, n) => { for (let i = 0; i < n; i++) console.log(`${name} got`, await ch.receive()); };
ch.send('early');
const done = Promise.all([reader('r1', 2), reader('r2', 2)]);
[['t1', 10], ['t2', 100], ['t3', 200]].forEach(([v, ms]) => setTimeout(() => ch.send(v), ms));
done.then(() => console.log('readers finished, buffered', ch.buffer.length));
const ready = Promise.withResolvers();
setTimeout(ready.resolve, 50, 'signal');
ready.promise.then((v) => console.log('ready:', v));
