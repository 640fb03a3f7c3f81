// errors from ToString of a substitution propagate
const bad = { toString() { throw new Error('boom'); } };
try { console.log(`${bad}`); } catch (e) { console.log(e.message); }
const noPrim = { toString() { return {}; }, valueOf() { return {}; } };
try { `${noPrim}`; } catch (e) { console.log(e.constructor.name, e.message); }
const nul = Object.create(null);
try { `${nul}`; } catch (e) { console.log(e.constructor.name); }
