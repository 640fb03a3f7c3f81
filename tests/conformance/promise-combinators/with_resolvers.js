// node 20 has no Promise.withResolvers (it arrived in node 22), so neither does minnow
console.log(typeof Promise.withResolvers, typeof Promise.all, typeof Promise.any);
