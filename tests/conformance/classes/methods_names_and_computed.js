const prefix = 'get';
const tag = 'x';
class Api {
  [prefix + 'User']() {
    return 'user';
  }
  [`${prefix}Item`]() {
    return 'item';
  }
  static [tag]() {
    return 'static x';
  }
  'quoted name'() {
    return 'quoted';
  }
  42() {
    return 'forty-two';
  }
  get() {
    return 'method named get';
  }
  set(v) {
    return 'method named set ' + v;
  }
  static() {
    return 'method named static';
  }
}
const api = new Api();
console.log(api.getUser(), api.getItem(), Api.x(), api['quoted name'](), api[42]());
console.log(api.get(), api.set(1), api.static());
console.log(api.getUser.name, api.getItem.name, Api.x.name, api[42].name);
console.log(Object.getOwnPropertyNames(Api.prototype));
