// setInterval validates its callback like setTimeout
try { setInterval('code', 5); } catch (e) { console.log(e.name + ': ' + e.message.split('.')[0]); }
try { setInterval(); } catch (e) { console.log(e.name + ': ' + e.message.split('.')[0]); }
console.log(typeof setInterval, typeof clearInterval, setInterval.length);
