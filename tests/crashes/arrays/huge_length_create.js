// Creating an array from a user-supplied length checks the length before allocating
// anything: above 2 ** 32 - 1 it is node's RangeError (TypeError where V8 says so).
function attempt(name, f) {
  try {
    const r = f();
    console.log(name, Array.isArray(r) ? `array of length ${r.length}` : r);
  } catch (e) {
    console.log(name, `${e.name}: ${e.message}`);
  }
}
const id = (x) => x;
const proto = Array.prototype;
attempt('map', () => proto.map.call({ length: 2 ** 32 + 5 }, id));
attempt('Array.from', () => Array.from({ length: 2 ** 32 }));
attempt('Array.from 1e91', () => Array.from({ length: 1e91, 0: 'x' }));
attempt('new Array(2 ** 32)', () => new Array(2 ** 32));
attempt('new Array(-1)', () => new Array(-1));
attempt('new Array(1.5)', () => new Array(1.5));
attempt('Array(2 ** 32 - 1)', () => Array(2 ** 32 - 1));
attempt('slice', () => proto.slice.call({ length: 2 ** 40 }));
attempt('slice tail', () => proto.slice.call({ length: 2 ** 40, [2 ** 40 - 2]: 'b' }, -3));
attempt('splice', () => proto.splice.call({ length: 2 ** 40 }, 0));
attempt('splice past 2 ** 53', () => proto.splice.call({ length: 2 ** 53 - 1 }, 0, 0, 1));
attempt('toSorted', () => proto.toSorted.call({ length: 2 ** 32 }));
attempt('toReversed', () => proto.toReversed.call({ length: 2 ** 32 }));
attempt('with', () => proto.with.call({ length: 2 ** 32 }, 0, 1));
attempt('toSpliced', () => proto.toSpliced.call({ length: 2 ** 32 }, 0, 0));
attempt('toSpliced past 2 ** 53', () => proto.toSpliced.call({ length: 2 ** 53 - 1 }, 0, 0, 1));
attempt('join', () => proto.join.call({ length: 2 ** 40 }));
attempt('fill tail', () => Object.keys(proto.fill.call({ length: 2 ** 40 }, 0, 2 ** 40 - 2)));
attempt('concat', () => proto.concat.call({ length: 2 ** 40 }, [1]));
attempt('push past 2 ** 53', () => proto.push.call({ length: 2 ** 53 - 1 }, 1));
attempt('apply', () => ((...args) => args.length).apply(null, { length: 2 ** 32 }));
