// Inventory report: group, aggregate with reduce, sort, and print padded tables.
const items = [
  { sku: 'A-100', name: 'Widget', category: 'hardware', qty: 12, price: 2.5 },
  { sku: 'A-101', name: 'Gadget', category: 'hardware', qty: 0, price: 12.99 },
  { sku: 'B-200', name: 'Manual', category: 'books', qty: 40, price: 7 },
  { sku: 'B-201', name: 'Atlas', category: 'books', qty: 3, price: 45.5 },
  { sku: 'C-300', name: 'Cable', category: 'electronics', qty: 150, price: 1.25 },
  { sku: 'C-301', name: 'Charger', category: 'electronics', qty: 7, price: 19.95 },
  { sku: 'C-302', name: 'Headset', category: 'electronics', qty: 2, price: 59 },
];

const money = (n) => n.toFixed(2).padStart(9);
const line = (cols, widths) => cols.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join(' | ');

const widths = [10, 5, 9, 9];
console.log(line(['name', 'qty', 'price', 'value'], widths));
console.log('-'.repeat(widths.reduce((a, b) => a + b + 3, -3)));
const sorted = [...items].sort((a, b) => b.qty * b.price - a.qty * a.price || (a.name < b.name ? -1 : 1));
for (const it of sorted) {
  console.log(line([it.name, it.qty, money(it.price).trim(), money(it.qty * it.price).trim()], widths));
}

const byCategory = items.reduce((acc, it) => {
  const g = acc[it.category] || (acc[it.category] = { count: 0, units: 0, value: 0, names: [] });
  g.count++;
  g.units += it.qty;
  g.value += it.qty * it.price;
  g.names.push(it.name);
  return acc;
}, {});

console.log('\nBy category:');
for (const [cat, g] of Object.entries(byCategory).sort(([a], [b]) => (a < b ? -1 : 1))) {
  console.log(`${cat.padEnd(12)} items=${g.count} units=${String(g.units).padStart(4)} value=${money(g.value)}  [${g.names.join(', ')}]`);
}

const outOfStock = items.filter((i) => i.qty === 0).map((i) => i.sku);
const lowStock = items.filter((i) => i.qty > 0 && i.qty < 5).map(({ sku, qty }) => `${sku}(${qty})`);
const total = items.reduce((s, i) => s + i.qty * i.price, 0);
const priciest = items.reduce((best, i) => (i.price > best.price ? i : best));
console.log('\nout of stock:', outOfStock);
console.log('low stock:', lowStock.join(', '));
console.log('total inventory value:', total.toFixed(2));
console.log('average price:', (items.reduce((s, i) => s + i.price, 0) / items.length).toFixed(3));
console.log('priciest:', priciest.name, priciest.price);
console.log('all have sku:', items.every((i) => i.sku.startsWith(i.sku[0])), 'any books > 40:', items.some((i) => i.category === 'books' && i.price > 40));
console.log(byCategory.books);
