// callbacks that are not functions give V8's messages
var bad = [5, 'abc', undefined, null, {}, [1]];
for (var i = 0; i < bad.length; i++) {
  try { [1].map(bad[i]); } catch (e) { console.log(e.name + ': ' + e.message); }
}
try { [1].forEach(); } catch (e) { console.log(e.message); }
try { [1].filter(true); } catch (e) { console.log(e.message); }
try { [1].flatMap(1); } catch (e) { console.log(e.message); }
try { [1].sort(1); } catch (e) { console.log(e.message); }
