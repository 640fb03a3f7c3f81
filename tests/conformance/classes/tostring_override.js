class Money {
  constructor(amount, currency) {
    this.amount = amount;
    this.currency = currency;
  }
  toString() {
    return `${this.amount.toFixed(2)} ${this.currency}`;
  }
  valueOf() {
    return this.amount;
  }
}
const m = new Money(12.5, 'EUR');
console.log(`Total: ${m}`);
console.log(String(m), '' + m, m + 1, m * 2);
console.log([new Money(1, 'USD'), new Money(2, 'GBP')].join(', '));
class Temperature {
  constructor(c) {
    this.c = c;
  }
  toString() {
    return this.c + '°C';
  }
}
class Fahrenheit extends Temperature {
  toString() {
    return super.toString() + ' (' + (this.c * 9 / 5 + 32) + '°F)';
  }
}
console.log(`${new Fahrenheit(100)}`);
console.log(new Fahrenheit(0));
