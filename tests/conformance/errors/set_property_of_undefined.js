// writing a property of undefined/null throws "Cannot set properties of ..."
var u;
try { u.y = 1; } catch (e) { console.log(e.name, e.message); }
var n = null;
try { n.z = 2; } catch (e) { console.log(e.message); }
