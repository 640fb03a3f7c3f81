function makeNode(name) {
  const node = {
    name,
    children: [],
    get self() {
      return node;
    },
    set parent(p) {
      node._parent = p;
      p.children.push(node);
    },
  };
  return node;
}
const root = makeNode('root');
for (let i = 0; i < 3; i++) {
  const child = makeNode('c' + i);
  child.parent = root;
}
console.log(root.children.map((c) => c.name), root.self === root);
console.log(root.children[0]._parent === root);
let made = 0;
for (let i = 0; i < 2000; i++) {
  const n = makeNode('tmp' + i);
  n.parent = makeNode('p' + i);
  made++;
}
console.log(made);
