console.log('never printed');
class Base {
  constructor() {
    super();
  }
}
