class User {
  constructor(name, password) {
    this.name = name;
    this.password = password;
  }
  toJSON() {
    return { name: this.name };
  }
}
console.log(JSON.stringify(new User('ann', 'secret')));
console.log(JSON.stringify({ users: [new User('bob', 'x')] }, null, 2));
class Plain {
  a = 1;
  method() {}
  get computed() {
    return 2;
  }
}
console.log(JSON.stringify(new Plain()), Object.entries(new Plain()));
console.log(Object.assign({}, new Plain()), { ...new Plain() });
