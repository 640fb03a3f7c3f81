// A finished generator keeps the frame it ran in; the collector must see the frame's function
// as a reference from the generator, or each generator, its function and the scope that holds
// it form a cycle that is never freed (200,000 of them passed the 64 MB limit).
for (let i = 0; i < 200000; i++) {
  const it = (function* () {
    yield it;
  })();
  it.next();
  it.next();
}
console.log('done');
