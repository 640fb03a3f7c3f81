// optional chaining combined with ?? and ||, defaults for config objects
function port(config) {
  return config?.server?.port ?? 8080;
}
console.log(port(), port({}), port({ server: {} }), port({ server: { port: 0 } }));
const users = [{ name: 'a', address: { city: 'X' } }, { name: 'b' }];
console.log(users.map(u => u.address?.city ?? '?'));
console.log(users[5]?.name || 'nobody');
