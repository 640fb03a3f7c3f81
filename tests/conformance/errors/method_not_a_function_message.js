// calling a missing method throws TypeError "obj.m is not a function"
var obj = { n: 1 };
try { obj.m(); } catch (e) { console.log(e.message); }
try { obj.n(); } catch (e) { console.log(e.message); }
var arr = [1];
try { arr.nope(); } catch (e) { console.log(e.message); }
var deep = { a: { b: {} } };
try { deep.a.b.c(); } catch (e) { console.log(e.message); }
