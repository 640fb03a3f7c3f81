const account = {
  balance: 100,
  get formatted() {
    return `$${this.balance.toFixed(2)}`;
  },
  set deposit(amount) {
    this.balance += amount;
  },
};
console.log(account.formatted);
account.deposit = 50;
console.log(account.balance, account.formatted, account.deposit);
console.log(account);
console.log(Object.keys(account));
