// a catch clause can destructure the thrown value
try { throw { code: 42, detail: { msg: 'bad' } }; } catch ({ code, detail: { msg } }) { console.log(code, msg); }
try { throw new Error('boom'); } catch ({ message, name }) { console.log(name, message); }
try { throw [1, 2]; } catch ([x, y]) { console.log(x + y); }
