// `in` on a primitive and instanceof with a non-callable throw TypeErrors
try { 'a' in 'abc'; } catch (e) { console.log(e.name, '|', e.message); }
try { ({}) instanceof 5; } catch (e) { console.log(e.name, '|', e.message); }
try { [] instanceof {}; } catch (e) { console.log(e.message); }
try { 'length' in 5; } catch (e) { console.log(e.message); }
