const base = {
  first: 'Ada',
  last: 'Lovelace',
  get full() {
    return `${this.first} ${this.last}`;
  },
  set full(v) {
    [this.first, this.last] = v.split(' ');
  },
};
const child = Object.create(base);
child.first = 'Grace';
console.log(child.full, base.full);
child.full = 'Alan Turing';
console.log(child.first, child.last, base.first, base.last);
console.log(Object.keys(child), 'full' in child, child.hasOwnProperty('full'));
