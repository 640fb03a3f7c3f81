// Guards the audit of byte-index slicing (a cut inside a multi-byte character panics) and the
// cached UTF-16 view of strings: every method taking positions, on 1- to 4-byte characters.
const samples = ['aé€😀b', '€€', '😀', '日本語テキスト', 'x', ''];
const at = [-9, -3, -1, 0, 1, 2, 3, 5, 9];
const show = (v) => JSON.stringify(v);
// Whether s.slice(i, i + 2) would cut a surrogate pair (its halves print differently).
const cutsPair = (s, i) => {
  const bound = (k) => (k < 0 ? Math.max(s.length + k, 0) : Math.min(k, s.length));
  const [a, b] = [bound(i), bound(i + 2)];
  const surrogate = (k) => (s.charCodeAt(k) & 0xf800) === 0xd800;
  const whole = b - a === 2 && s.codePointAt(a) > 0xffff;
  return !whole && [a, b - 1].some((k) => k >= a && k < b && surrogate(k));
};
for (const s of samples) {
  const out = [s.length];
  for (const i of at) {
    const pair = i >= 0 && s.codePointAt(i) > 0xffff; // keep lone surrogates out of the output
    out.push(s.charCodeAt(i), pair ? 'pair' : s.codePointAt(i), s.indexOf('€', i), s.lastIndexOf('b', i));
    out.push(s.includes('😀', i), s.startsWith('€', i), s.endsWith('€', i));
    if (!cutsPair(s, i)) out.push(s.slice(i, i + 2));
  }
  out.push(s.padStart(9, 'é€'), s.padEnd(8, 'é'), s.split('€'), s.replace('€', '[$&]'), s.replaceAll('', '|').length);
  out.push(s.toUpperCase(), s.at(0) === s[0], s.substring(0, 1).length, s.substr(-2).length, [...s].length);
  out.push(parseInt(s), parseFloat(s), Number(s), s.trim(), s.concat('€', s));
  console.log(show(out));
}
console.log(parseInt('12€'), parseInt('0x1€'), parseFloat('1.5€'), parseFloat('-€'), parseInt('-😀'), (12.345).toFixed(2));
console.log('€😀'.indexOf('😀'), 'abc'.indexOf('é'), 'a😀b'.indexOf('b', 3), 'x😀😀'.replaceAll('😀', '$`'));
