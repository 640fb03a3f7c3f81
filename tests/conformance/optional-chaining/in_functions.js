// optional chains inside functions, callbacks and conditions
const tree = { left: { left: null, value: 1 }, value: 2 };
const leftmost = (n) => (n?.left ? leftmost(n.left) : n?.value);
console.log(leftmost(tree), leftmost(null));
const handlers = { click: (e) => 'clicked ' + e };
['click', 'hover'].forEach(name => console.log(name, handlers[name]?.('x')));
if (tree?.left?.left?.value === undefined) console.log('no deeper');
