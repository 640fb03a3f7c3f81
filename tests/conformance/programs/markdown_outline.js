// Tiny markdown-ish parser (no regex): headings, bullet lists, bold markers, and a generated table of contents.
const doc = `# Guide
Intro text with **bold** words.
## Install
- download the **archive**
- unpack it
  - nested step
## Usage
Run it.
### Flags
- --verbose
- --quiet
# Appendix
Thanks!`;

function parseInline(text) {
  const parts = text.split('**');
  return parts.map((p, i) => (i % 2 === 1 ? p.toUpperCase() : p)).join('');
}
function parse(src) {
  const blocks = [];
  for (const raw of src.split('\n')) {
    let level = 0;
    while (raw[level] === '#') level++;
    if (level > 0 && raw[level] === ' ') {
      blocks.push({ type: 'heading', level, text: raw.slice(level + 1) });
      continue;
    }
    const trimmed = raw.trimStart();
    const indent = raw.length - trimmed.length;
    if (trimmed.startsWith('- ')) {
      blocks.push({ type: 'item', depth: indent / 2, text: parseInline(trimmed.slice(2)) });
    } else if (trimmed) {
      blocks.push({ type: 'para', text: parseInline(trimmed) });
    }
  }
  return blocks;
}
const slug = (s) => [...s.toLowerCase()].map((c) => ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ? c : '-')).join('');

const blocks = parse(doc);
console.log('block types:', blocks.map((b) => b.type[0]).join(''));
const counters = [0, 0, 0];
const toc = [];
for (const b of blocks.filter((x) => x.type === 'heading')) {
  counters[b.level - 1]++;
  counters.fill(0, b.level);
  const number = counters.slice(0, b.level).join('.');
  toc.push(`${'  '.repeat(b.level - 1)}${number} ${b.text} (#${slug(b.text)})`);
}
console.log(toc.join('\n'));
console.log('---');
for (const b of blocks) {
  if (b.type === 'heading') console.log(`${b.text.toUpperCase()}\n${(b.level === 1 ? '=' : '-').repeat(b.text.length)}`);
  else if (b.type === 'item') console.log(`${'   '.repeat(b.depth)}• ${b.text}`);
  else console.log(b.text);
}
const stats = blocks.reduce((acc, b) => ({ ...acc, [b.type]: (acc[b.type] || 0) + 1 }), {});
console.log(stats);
