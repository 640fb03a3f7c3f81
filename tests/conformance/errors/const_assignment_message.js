// assigning to a const throws TypeError "Assignment to constant variable."
const c = 1;
try {
  c = 2;
} catch (e) {
  console.log(e.name, '|', e.message);
}
try {
  c += 1;
} catch (e) {
  console.log(e.message);
}
try {
  c++;
} catch (e) {
  console.log(e.message);
}
console.log(c);
