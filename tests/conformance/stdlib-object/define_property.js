// Object.defineProperty data descriptors: defaults, enumerability, writability, redefinition errors
var o = {};
Object.defineProperty(o, 'hidden', { value: 1 });
Object.defineProperty(o, 'shown', { value: 2, enumerable: true, writable: true });
console.log(o.hidden, Object.keys(o), JSON.stringify(o));
o.hidden = 5;
o.shown = 6;
console.log(o.hidden, o.shown, delete o.hidden, o.hidden);
try { Object.defineProperty(o, 'hidden', { value: 3 }); } catch (e) { console.log(e.name + ': ' + e.message); }
Object.defineProperty(o, 'hidden', { value: 1 });
Object.defineProperty(o, 'shown', { enumerable: false });
console.log(Object.keys(o), o.shown, Object.getOwnPropertyNames(o));
try { Object.defineProperty(1, 'x', {}); } catch (e) { console.log(e.message); }
try { Object.defineProperty({}, 'x', 5); } catch (e) { console.log(e.message); }
try { Object.defineProperty(Object.preventExtensions({}), 'x', { value: 1 }); } catch (e) { console.log(e.message); }
