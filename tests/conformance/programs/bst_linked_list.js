// Linked list and binary search tree classes, both iterable via [Symbol.iterator] generators.
class LinkedList {
  constructor(iterable = []) {
    this.head = null;
    this.tail = null;
    this.length = 0;
    for (const v of iterable) this.push(v);
  }
  push(value) {
    const node = { value, next: null };
    if (this.tail) this.tail.next = node;
    else this.head = node;
    this.tail = node;
    this.length++;
    return this;
  }
  unshift(value) {
    this.head = { value, next: this.head };
    if (!this.tail) this.tail = this.head;
    this.length++;
    return this;
  }
  reverse() {
    let prev = null, cur = this.head;
    this.tail = cur;
    while (cur) [cur.next, prev, cur] = [prev, cur, cur.next];
    this.head = prev;
    return this;
  }
  *[Symbol.iterator]() {
    for (let n = this.head; n; n = n.next) yield n.value;
  }
  toString() { return [...this].join(' -> ') || '(empty)'; }
}

class BST {
  constructor() { this.root = null; this.size = 0; }
  insert(key) {
    const node = { key, left: null, right: null };
    if (!this.root) { this.root = node; this.size++; return true; }
    let cur = this.root;
    while (true) {
      if (key === cur.key) return false;
      const side = key < cur.key ? 'left' : 'right';
      if (!cur[side]) { cur[side] = node; this.size++; return true; }
      cur = cur[side];
    }
  }
  has(key) {
    let cur = this.root;
    while (cur && cur.key !== key) cur = key < cur.key ? cur.left : cur.right;
    return cur !== null;
  }
  height(n = this.root) { return n ? 1 + Math.max(this.height(n.left), this.height(n.right)) : 0; }
  *inorder(n = this.root) {
    if (!n) return;
    yield* this.inorder(n.left);
    yield n.key;
    yield* this.inorder(n.right);
  }
  *[Symbol.iterator]() { yield* this.inorder(); }
}

const list = new LinkedList([3, 1, 4]);
list.push(1).push(5).unshift(9);
console.log(String(list), 'length', list.length);
console.log('reversed:', list.reverse().toString(), 'tail', list.tail.value);
console.log('spread:', [...list], 'max', Math.max(...list));
const [first, second, ...others] = list;
console.log(first, second, others);
console.log('empty:', `${new LinkedList()}`);

const tree = new BST();
const inserted = [50, 30, 70, 20, 40, 60, 80, 30, 65].map((k) => tree.insert(k));
console.log('inserted:', inserted.join(' '));
console.log('size', tree.size, 'height', tree.height());
console.log('sorted:', [...tree]);
console.log('has 65?', tree.has(65), 'has 66?', tree.has(66));
for (const k of tree) {
  if (k > 45) { console.log('first key > 45:', k); break; }
}
console.log(Array.from(tree, (k) => k / 10).join('|'));
const words = new BST();
'the quick brown fox jumps over the lazy dog'.split(' ').forEach((w) => words.insert(w));
console.log([...words].join(' '), words.size);
