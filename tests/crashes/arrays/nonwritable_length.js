// A read-only `length` (Object.defineProperty(a, 'length', { writable: false })) is honoured:
// built-ins throw, sloppy writes fail silently, strict writes throw; elements cannot be added
// past it; shrinking stops above a non-configurable element.
function attempt(name, f) {
  try {
    const r = f();
    console.log(name, r);
  } catch (e) {
    console.log(name, `${e.name}: ${e.message}`);
  }
}
const readOnly = (a) => Object.defineProperty(a, 'length', { writable: false });
attempt('push', () => readOnly([1]).push(2));
attempt('pop', () => readOnly([1]).pop());
attempt('shift', () => readOnly([1, 2]).shift());
attempt('unshift', () => readOnly([1, 2]).unshift(0));
attempt('splice', () => readOnly([1, 2]).splice(0, 1));
attempt('sloppy index past end', () => {
  const a = readOnly([1]);
  a[1] = 2;
  a[100] = 3;
  return [a, a.length];
});
attempt('sloppy index inside', () => {
  const a = readOnly([1]);
  a[0] = 'x';
  return a;
});
attempt('sloppy length', () => {
  const a = readOnly([1, 2]);
  a.length = 0;
  a.length = -1;
  return a;
});
attempt('strict index past end', () => {
  'use strict';
  readOnly([1])[1] = 2;
});
attempt('strict length', () => {
  'use strict';
  readOnly([1]).length = 1;
});
attempt('define element past end', () => Object.defineProperty(readOnly([1]), '1', { value: 1 }));
attempt('define element inside', () => Object.defineProperty(readOnly([1]), '0', { value: 5 }));
attempt('delete element', () => {
  const a = readOnly([1, 2]);
  return [delete a[1], a, a.length];
});
attempt('writable again', () => Object.defineProperty(readOnly([1]), 'length', { writable: true }));
attempt('same value', () => Object.getOwnPropertyDescriptor(Object.defineProperty(readOnly([1]), 'length', { value: 1 }), 'length'));
attempt('other value', () => Object.defineProperty(readOnly([1]), 'length', { value: 0 }));
const fixed = () => Object.defineProperty([1, 2, 3, 4], '1', { value: 9, configurable: false });
attempt('sloppy shrink over non-configurable', () => {
  const a = fixed();
  a.length = 0;
  return [a, a.length];
});
attempt('strict shrink over non-configurable', () => {
  'use strict';
  const a = fixed();
  try {
    a.length = 0;
  } finally {
    console.log('  left', a, a.length);
  }
});
attempt('defineProperty shrink', () => Object.defineProperty(fixed(), 'length', { value: 0 }));
attempt('defineProperty shrink read-only', () => {
  const a = fixed();
  try {
    Object.defineProperty(a, 'length', { value: 0, writable: false });
  } catch (e) {
    console.log('  ', e.message);
  }
  return [a, Object.getOwnPropertyDescriptor(a, 'length')];
});
attempt('pop non-configurable', () => Object.defineProperty([1, 2], '1', { configurable: false }).pop());
