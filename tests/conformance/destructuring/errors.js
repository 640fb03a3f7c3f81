// runtime TypeErrors when destructuring null, undefined or non-iterables
const attempt = (f) => { try { f(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } };
attempt(() => { const { a } = null; });
attempt(() => { let obj; const { a } = obj; });
attempt(() => { const {} = null; });
attempt(() => { const o = null; const { [0]: x } = o; });
attempt(() => { const { ...r } = undefined; });
attempt(() => { const [a] = 5; });
attempt(() => { const value = {}; const [a] = value; });
attempt(() => { function f({ a }) {} f(); });
attempt(() => { function f([a]) {} f(); });
attempt(() => { const [[a]] = [true]; });
attempt(() => { const [{ a }] = []; });
attempt(() => { let q; ({ a: q } = q); });
attempt(() => { const c = 1; [c] = [2]; });
