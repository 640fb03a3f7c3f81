// Number.prototype.toFixed: exact decimal value rounding, large values, RangeError
var xs = [1.005, 1.45, 2.5, -2.5, 0.5, 1.255, 99.995, 9.5, 123.456, -0.0001, -0, 1e21, 1.23e-10, NaN, 0.1 + 0.2];
console.log(xs.map(function (x) { return x.toFixed(2); }).join(' '));
console.log((1.45).toFixed(1), (2.5).toFixed(0), (0.000001).toFixed(7), (1.23e-10).toFixed(20), (123.456).toFixed());
try { (1).toFixed(101); } catch (e) { console.log(e.name + ': ' + e.message); }
try { (1).toFixed(-1); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log((255).toString(16), (255).toString(2), (0.5).toString(2));
