// Bank simulation: accounts with async transfers, a lock per transfer, and insufficient-funds errors.
class InsufficientFunds extends Error {
  constructor(account, needed) {
    super(`account ${account.id} has ${account.balance}, needs ${needed}`);
    this.name = 'InsufficientFunds';
  }
}
const tick = (ms) => new Promise((r) => setTimeout(r, ms));

class Account {
  constructor(id, balance) {
    this.id = id;
    this.balance = balance;
    this.history = [];
  }
}

class Bank {
  constructor() {
    this.accounts = new Map();
    this.queue = Promise.resolve();
  }
  open(id, balance) {
    this.accounts.set(id, new Account(id, balance));
  }
  transfer(from, to, amount, delay = 1) {
    const job = this.queue.then(async () => {
      const a = this.accounts.get(from);
      const b = this.accounts.get(to);
      if (!a || !b) throw new Error(`unknown account ${!a ? from : to}`);
      await tick(delay);
      if (a.balance < amount) throw new InsufficientFunds(a, amount);
      a.balance -= amount;
      b.balance += amount;
      a.history.push(-amount);
      b.history.push(+amount);
      return `${from}->${to} ${amount}`;
    });
    this.queue = job.catch(() => {});
    return job;
  }
}

async function main() {
  const bank = new Bank();
  bank.open('A', 100);
  bank.open('B', 50);
  bank.open('C', 0);
  const ops = [
    ['A', 'B', 30, 5],
    ['B', 'C', 70, 1],
    ['C', 'A', 100, 2],
    ['A', 'Z', 1, 1],
    ['C', 'B', 20, 1],
  ];
  const promises = ops.map(([f, t, amt, d]) =>
    bank.transfer(f, t, amt, d).then(
      (msg) => console.log('ok  ', msg),
      (e) => console.log('fail', e.name + ': ' + e.message)
    )
  );
  await Promise.all(promises);
  for (const [id, acc] of bank.accounts) {
    console.log(id, String(acc.balance).padStart(4), JSON.stringify(acc.history));
  }
  const total = [...bank.accounts.values()].reduce((s, a) => s + a.balance, 0);
  console.log('total money conserved:', total === 150, total);
}
main();
