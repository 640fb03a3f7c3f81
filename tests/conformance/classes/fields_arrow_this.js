class Button {
  clicks = 0;
  label = 'Save';
  onClick = () => {
    this.clicks++;
    return `${this.label} clicked ${this.clicks}x`;
  };
  method() {
    return this === undefined ? 'lost this' : 'has this';
  }
}
const b = new Button();
const handler = b.onClick;
console.log(handler());
console.log(handler());
console.log([1, 2].map(() => b.onClick()));
const m = b.method;
console.log(m());
console.log(b.clicks, Object.keys(b));
setTimeout(b.onClick, 0);
setTimeout(() => console.log(b.clicks), 1);
