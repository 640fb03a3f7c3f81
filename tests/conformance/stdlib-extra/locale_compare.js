// localeCompare with node's default (ICU root) collation, for ASCII and Latin-1 text.
const sign = (n) => (n < 0 ? '-' : n > 0 ? '+' : '0');
const t = (label, f) => {
  try { console.log(label, f()); } catch (e) { console.log(label, e.name + ': ' + e.message); }
};
t('case', () => ['a'.localeCompare('B'), 'a'.localeCompare('A'), 'A'.localeCompare('a'), 'B'.localeCompare('a')].join());
t('accents', () => ['ä'.localeCompare('z'), 'ä'.localeCompare('a'), 'é'.localeCompare('f'), 'résumé'.localeCompare('resume')].join());
t('prefix', () => ['a'.localeCompare('ab'), ''.localeCompare('a'), 'a'.localeCompare(''), ''.localeCompare('')].join());
t('coercion', () => ['a'.localeCompare(), 'undefined'.localeCompare(), 'null'.localeCompare(null), 'n'.localeCompare(null), '1'.localeCompare(1)].join());
t('null this', () => String.prototype.localeCompare.call(null, 'a'));
t('length', () => String.prototype.localeCompare.length);
t('ignorable', () => ['a\u0000b'.localeCompare('ab'), 'a\u00adb'.localeCompare('ab'), 'a\u0007'.localeCompare('a')].join());
t('whitespace', () => ['a\tb'.localeCompare('ab'), 'a\nb'.localeCompare('a b'), 'a\u00a0b'.localeCompare('a b')].join());
t('combining', () => ['e\u0301'.localeCompare('é'), 'e\u0301'.localeCompare('è'), 'A\u030a'.localeCompare('Å')].join());
t('ligatures', () => ['æ'.localeCompare('ae'), 'æ'.localeCompare('af'), 'ß'.localeCompare('ss'), 'ß'.localeCompare('st'), 'Æ'.localeCompare('æ')].join());
const symbols = [];
for (let c = 32; c < 127; c++) symbols.push(String.fromCharCode(c));
console.log(JSON.stringify(symbols.slice().sort((a, b) => a.localeCompare(b)).join('')));
const latin1 = [];
for (let c = 0xa0; c <= 0xff; c++) latin1.push(String.fromCharCode(c));
console.log(JSON.stringify(latin1.concat(['a', 'A', 'z', 'o', '1']).sort((a, b) => a.localeCompare(b) || (a < b ? -1 : a > b ? 1 : 0)).join('')));
const words = ['apple', 'Apple', 'APPLE', 'äpple', 'Äpple', 'banana', 'Banana', 'café', 'cafe', 'Cafe', 'caff', 'naïve', 'naive', 'Zebra', 'zebra', 'éclair', 'eclair', 'Éclair', 'a-b', 'ab', 'a b', 'a_b', 'aB', 'Ab', 'a.b', '-a', 'A', 'a', '10', '9', '1', '#', '!', ' ', 'x1', 'x10', 'x2', 'Straße', 'Strasse', 'strasse', 'Ørsted', 'Oslo', 'Ångström', 'Angstrom', 'co-op', 'coop', 'Coop', 'façade', 'facade', 'señor', 'senor', 'Señor'];
console.log(words.slice().sort((a, b) => a.localeCompare(b)).join('|'));
// Pairwise over short strings from a mixed alphabet (deterministic pseudo-random).
const alphabet = 'aAbBzZ09 -_.,!?$éÉèàÀäÄçñøæßªº²\u00a0\u0301\t';
let seed = 12345;
const rand = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
const word = () => { let s = ''; const n = 1 + rand(4); for (let i = 0; i < n; i++) s += alphabet[rand(alphabet.length)]; return s; };
const sample = [];
for (let i = 0; i < 60; i++) sample.push(word());
for (let i = 0; i < sample.length; i++) {
  let row = '';
  for (let j = 0; j < sample.length; j++) row += sign(sample[i].localeCompare(sample[j]));
  console.log(row);
}
