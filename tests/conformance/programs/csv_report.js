// CSV parser (character by character, handles quotes and escaped quotes) feeding a grouped sales report.
const csv = `region,rep,product,units,unit_price
north,"Smith, J",widget,10,2.50
south,Lee,gadget,3,19.99
north,Ng,"super ""deluxe"" widget",1,99
east,Lee,widget,7,2.50
south,"Smith, J",gadget,5,19.99
north,Ng,widget,12,2.25
`;

function parseCSV(text) {
  const rows = [];
  let row = [], field = '', inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') inQuotes = false;
      else field += c;
    } else if (c === '"') inQuotes = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; }
    else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

const [header, ...body] = parseCSV(csv);
console.log('columns:', header);
const records = body.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i]])))
  .map((r) => ({ ...r, units: Number(r.units), unit_price: Number(r.unit_price) }));
console.log(records[2]);

const groupBy = (arr, keyFn) => arr.reduce((m, x) => {
  const k = keyFn(x);
  if (!m.has(k)) m.set(k, []);
  m.get(k).push(x);
  return m;
}, new Map());

const revenue = (rs) => rs.reduce((s, r) => s + r.units * r.unit_price, 0);
console.log('\nrevenue by region');
for (const [region, rs] of [...groupBy(records, (r) => r.region)].sort((a, b) => revenue(b[1]) - revenue(a[1]))) {
  console.log(`  ${region.padEnd(6)} ${revenue(rs).toFixed(2).padStart(8)}  (${rs.length} rows)`);
}
console.log('revenue by rep');
for (const [rep, rs] of groupBy(records, (r) => r.rep)) {
  const products = [...new Set(rs.map((r) => r.product))];
  console.log(`  ${rep.padEnd(9)} ${revenue(rs).toFixed(2).padStart(8)}  ${products.join(' / ')}`);
}
const totalUnits = records.reduce((s, r) => s + r.units, 0);
console.log('total units', totalUnits, 'total revenue', revenue(records).toFixed(2));
const toCSV = (rows) => rows.map((r) => r.map((v) => {
  const s = String(v);
  return s.includes(',') || s.includes('"') ? '"' + s.split('"').join('""') + '"' : s;
}).join(',')).join('\n');
console.log(toCSV([header, ...body.slice(0, 3)]));
console.log('round trip ok:', JSON.stringify(parseCSV(toCSV([header, ...body]) + '\n')) === JSON.stringify([header, ...body]));
