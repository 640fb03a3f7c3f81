// A closure that captures its own scope makes a cycle (scope -> object -> closure -> scope).
// Environments join the collector only when a closure captures them; these must still be
// found and freed, or a million of them would fill the 64 MB heap.
let made = 0;
for (let i = 0; i < 1000000; i++) {
  (function () {
    const self = { pad: [i, i + 1, i + 2, i + 3] };
    self.f = () => self;
    made++;
  })();
}
console.log('made', made);
