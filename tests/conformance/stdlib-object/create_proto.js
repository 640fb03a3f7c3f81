// Object.create (including null prototype), getPrototypeOf, setPrototypeOf and their errors
var base = { greet: function () { return 'hi ' + this.name; } };
var o = Object.create(base);
o.name = 'o';
console.log(o.greet(), Object.getPrototypeOf(o) === base, Object.keys(o));
var bare = Object.create(null);
console.log(Object.getPrototypeOf(bare), typeof bare.toString, 'x' in bare);
console.log(Object.getPrototypeOf([]) === Array.prototype, Object.getPrototypeOf('s') === String.prototype);
var other = { greet: function () { return 'yo ' + this.name; } };
console.log(Object.setPrototypeOf(o, other) === o, o.greet());
try { Object.create(5); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Object.setPrototypeOf(base, o); Object.setPrototypeOf(other, o); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Object.getPrototypeOf(undefined); } catch (e) { console.log(e.name + ': ' + e.message); }
var withProps = Object.create({}, { v: { value: 7, enumerable: true }, hidden: { value: 8 } });
console.log(withProps.v, withProps.hidden, Object.keys(withProps));
