console.log('never printed');
class Twice {
  constructor() {}
  constructor(a) {}
}
