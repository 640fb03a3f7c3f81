// Async methods in classes and objects, async arrows capturing `this`, static async methods.
class Repo {
  items = [];
  constructor(name) { this.name = name; }
  async add(x) { await null; return this.items.push(x); }
  static async create(name, seed) {
    const r = new Repo(name);
    for (const s of seed) await r.add(s);
    return r;
  }
  load() {
    return Promise.resolve([7, 8]).then(async (xs) => {
      for (const x of xs) await this.add(x);
      return this.name;
    });
  }
}
const obj = {
  base: 10,
  async plus(n) { return this.base + n; },
  arrow: async (n) => n * 3,
  ['computed' + 'Name']: async function () { return 'computed'; },
};
(async function main() {
  const r = await Repo.create('users', ['a', 'b']);
  console.log(r.name, r.items);
  console.log('add returns', await r.add('c'));
  console.log('load returns', await r.load(), r.items);
  console.log(await obj.plus(5), await obj.arrow(4), await obj.computedName());
  console.log(typeof obj.plus, obj.plus.constructor.name, Object.prototype.toString.call(obj.arrow));
  console.log(obj.plus(1) instanceof Promise, String(obj.plus(1)));
})();
