// errors when a link that is not optional meets undefined
const o = { a: undefined, n: null, s: 'str' };
try { o?.a.b; } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { o.n?.b; o.n.b; } catch (e) { console.log(e.message); }
try { o?.nope(); } catch (e) { console.log(e.message); }
try { o.s?.(); } catch (e) { console.log(e.message); }
try { o?.a?.b.c; console.log('fine'); } catch (e) { console.log(e.message); }
try { (o?.a).b; } catch (e) { console.log(e.message); }
