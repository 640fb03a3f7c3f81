// A description starting with U+FDD1 (once the marker of "no description") was lost:
// Symbol('\uFDD1x').description read undefined.
const odd = Symbol('\uFDD1x');
console.log(odd.description === '\uFDD1x', String(Symbol()), Symbol().description, Symbol('').description === '', Symbol.for('\uFDD1').description.length);
const s = Symbol('\uFDD0y\uFDD0z'); console.log(s.description.length, String(s).length, Symbol.keyFor(Symbol.for('\uFDD0')).length);
