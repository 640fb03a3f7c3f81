// a throw in a then callback with no catch downstream is an unhandled rejection: exit 1
Promise.resolve().then(() => {
  console.log('about to throw');
  throw new Error('thrown in then');
});
setTimeout(() => console.log('timer never runs'), 0);
