class Model {
  static table = 'models';
  static find(id) {
    return `${this.table}#${id} via ${this.name}`;
  }
  static describe() {
    return 'Model';
  }
}
class User extends Model {
  static table = 'users';
  static describe() {
    return 'User < ' + super.describe();
  }
}
console.log(Model.find(1), User.find(2));
console.log(User.describe());
console.log(Object.getPrototypeOf(User) === Model, User.hasOwnProperty('find'));
console.log(User);
