// Vending machine class: stock, coin handling with greedy change, custom errors, and an audit log.
class VendingError extends Error {
  constructor(code, message) {
    super(message);
    this.name = 'VendingError';
    this.code = code;
  }
}
class VendingMachine {
  static COINS = [200, 100, 50, 20, 10, 5];
  constructor(stock) {
    this.stock = new Map(stock.map(({ slot, ...item }) => [slot, item]));
    this.credit = 0;
    this.bank = Object.fromEntries(VendingMachine.COINS.map((c) => [c, 2]));
    this.log = [];
  }
  insert(coin) {
    if (!VendingMachine.COINS.includes(coin)) throw new VendingError('BAD_COIN', `rejected coin ${coin}`);
    this.credit += coin;
    this.bank[coin]++;
    this.log.push(`+${coin}`);
    return this;
  }
  get creditText() {
    return `${Math.floor(this.credit / 100)}.${String(this.credit % 100).padStart(2, '0')}`;
  }
  makeChange(amount) {
    const coins = [];
    for (const c of VendingMachine.COINS) {
      while (amount >= c && this.bank[c] > 0) {
        amount -= c;
        this.bank[c]--;
        coins.push(c);
      }
    }
    if (amount !== 0) {
      coins.forEach((c) => this.bank[c]++);
      throw new VendingError('NO_CHANGE', `cannot make change, ${amount} short`);
    }
    return coins;
  }
  select(slot) {
    const item = this.stock.get(slot);
    if (!item) throw new VendingError('NO_SLOT', `no slot ${slot}`);
    if (item.qty === 0) throw new VendingError('SOLD_OUT', `${item.name} is sold out`);
    if (this.credit < item.price) throw new VendingError('NO_CREDIT', `${item.name} costs ${item.price}, credit ${this.credit}`);
    const change = this.makeChange(this.credit - item.price);
    item.qty--;
    this.credit = 0;
    this.log.push(`${slot}:${item.name}`);
    return { item: item.name, change };
  }
}

const vm = new VendingMachine([
  { slot: 'A1', name: 'cola', price: 120, qty: 2 },
  { slot: 'A2', name: 'chips', price: 85, qty: 1 },
  { slot: 'B1', name: 'gum', price: 35, qty: 0 },
]);
const script = [['insert', 100], ['select', 'A1'], ['insert', 50], ['select', 'A1'], ['insert', 3], ['insert', 200],
  ['select', 'A2'], ['select', 'B1'], ['insert', 200], ['insert', 200], ['select', 'A1'], ['select', 'C9'], ['insert', 100], ['select', 'A2']];
for (const [op, arg] of script) {
  try {
    const r = vm[op](arg);
    console.log(`${op} ${arg}:`, r === vm ? `credit ${vm.creditText}` : r);
  } catch (e) {
    if (!(e instanceof VendingError)) throw e;
    console.log(`${op} ${arg}: [${e.code}] ${e.message}`);
  }
}
console.log('log:', vm.log.join(' '));
console.log('bank:', vm.bank, 'credit left', vm.creditText);
console.log([...vm.stock].map(([slot, { name, qty }]) => `${slot}=${name}x${qty}`).join(', '));
