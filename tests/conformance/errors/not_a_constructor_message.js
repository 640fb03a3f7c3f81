// new on a non-constructor throws TypeError "... is not a constructor"
const arrow = () => {};
try { new arrow(); } catch (e) { console.log(e.name, '|', e.message); }
var obj = { m() {} };
try { new obj.m(); } catch (e) { console.log(e.message); }
var num = 5;
try { new num(); } catch (e) { console.log(e.message); }
