// calling a non-function throws TypeError "x is not a function"
var x = 5;
try { x(); } catch (e) { console.log(e.name, '|', e.message, '|', e instanceof TypeError); }
var u;
try { u(); } catch (e) { console.log(e.message); }
var s = 'str';
try { s(); } catch (e) { console.log(e.message); }
