// JSON.parse of unicode escapes and raw non-ASCII text; positions count UTF-16 units
console.log(JSON.parse('"\\u0041\\u00e9\\u4e2d\\ud83d\\ude00"'), JSON.parse('"é😀"').length);
try { JSON.parse('["😀", x]'); } catch (e) { console.log(e.message); }
try { JSON.parse('"😀'); } catch (e) { console.log(e.message); }
try { JSON.parse('{"é": 1,}'); } catch (e) { console.log(e.message); }
console.log(JSON.stringify(JSON.parse('{"\\u0000":"\\t"}')));
