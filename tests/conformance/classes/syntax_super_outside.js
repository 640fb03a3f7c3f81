console.log('never printed');
function notAMethod() {
  return super.x;
}
