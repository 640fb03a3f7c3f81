// Text statistics without regular expressions: word frequency, longest words, letter histogram.
const text = `It was the best of times, it was the worst of times; it was the age of wisdom,
it was the age of foolishness... It was the epoch of belief! It was the epoch of incredulity?`;

function words(s) {
  const out = [];
  let cur = '';
  for (const ch of s.toLowerCase()) {
    if ((ch >= 'a' && ch <= 'z') || ch === "'") cur += ch;
    else if (cur) {
      out.push(cur);
      cur = '';
    }
  }
  if (cur) out.push(cur);
  return out;
}

const list = words(text);
console.log('word count:', list.length, 'unique:', new Set(list).size);
const freq = new Map();
for (const w of list) freq.set(w, (freq.get(w) || 0) + 1);
const top = [...freq].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, 6);
for (const [w, n] of top) console.log(w.padEnd(8), '#'.repeat(n), n);

const longest = [...new Set(list)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).slice(0, 3);
console.log('longest:', longest);

const letters = {};
for (const ch of text) {
  const c = ch.toLowerCase();
  if (c >= 'a' && c <= 'z') letters[c] = (letters[c] || 0) + 1;
}
const sortedLetters = Object.keys(letters).sort();
console.log('letters used:', sortedLetters.join(''), sortedLetters.length);
const missing = [];
for (let code = 97; code <= 122; code++) {
  const c = String.fromCharCode(code);
  if (!(c in letters)) missing.push(c);
}
console.log('missing letters:', missing.join(','));
const punctuation = [...text].filter((c) => ',.;!?'.includes(c));
console.log('punctuation:', punctuation.join(''), punctuation.length);
const sentences = text.split('\n').map((l) => l.trim());
console.log(sentences.map((s) => `${s.length}:${s.slice(0, 12)}...${s.slice(-6)}`));
const capitalised = list.map((w) => w[0].toUpperCase() + w.slice(1)).slice(0, 8).join(' ');
console.log(capitalised);
const acronym = list.filter((w, i) => i % 4 === 0).map((w) => w.charAt(0).toUpperCase()).join('');
console.log('acronym:', acronym, 'codes:', [...acronym].map((c) => c.charCodeAt(0)).slice(0, 5));
console.log('indexOf "age":', text.indexOf('age'), 'lastIndexOf "epoch":', text.lastIndexOf('epoch'), 'includes "wisdom":', text.includes('wisdom'));
