class Widget {}
try {
  Widget();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
const Anon = class {};
try {
  Anon();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  Widget.call({});
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
class Sub extends Widget {}
try {
  Sub();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
