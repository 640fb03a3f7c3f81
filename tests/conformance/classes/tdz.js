try {
  new Later();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
class Later {}
console.log(typeof Later);
{
  try {
    console.log(Block);
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
  class Block {}
  console.log(Block.name);
}
function useBefore() {
  return Hoisted;
}
try {
  useBefore();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
class Hoisted {}
console.log(useBefore() === Hoisted);
try {
  class Self extends Self {}
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
