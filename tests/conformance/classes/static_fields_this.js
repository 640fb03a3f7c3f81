class Config {
  static base = 10;
  static doubled = this.base * 2;
  static label = `${this.name}:${this.doubled}`;
  static make = () => new this();
}
console.log(Config.base, Config.doubled, Config.label);
console.log(Config.make() instanceof Config);
class Sub extends Config {
  static extra = super.doubled + 1;
}
console.log(Sub.extra, Sub.base, Object.keys(Sub));
