// The interpreter once reserved a 1 GiB native stack up front, so it could not start under a
// 2 GB address-space limit.
console.log(1);
