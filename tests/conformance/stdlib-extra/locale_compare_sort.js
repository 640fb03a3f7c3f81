// Sorting realistic word lists with localeCompare (node's default collation).
const names = ['Zoë', 'zoe', 'Émile', 'emile', 'Eve', 'Åsa', 'Aaron', 'aaron', 'Ólafur', 'Oscar', 'Ñandú', 'Nancy', 'Çelik', 'Carl', 'Ørjan', 'Otto', 'Ærø', 'Adam', 'Straße', 'Strauss', 'von Neumann', 'Van Gogh', "O'Brien", 'Obrien', 'Mc-Donald', 'McDonald', 'mcdonald', 'Anne-Marie', 'Anne Marie', 'AnneMarie', 'x2', 'x10', 'x1', 'X1', '_id', 'id', 'ID', '#tag', '@user', '$price', '1st', '2nd', '10th'];
console.log(names.toSorted((a, b) => a.localeCompare(b)).join(' | '));
console.log(names.toSorted((a, b) => b.localeCompare(a)).slice(0, 8).join(' | '));
const files = ['README.md', 'readme.txt', 'Cargo.toml', 'cargo.lock', 'src', 'Src', '.gitignore', '_notes', 'a.js', 'a-b.js', 'a_b.js', 'ab.js', 'a.b.js', 'A.js'];
console.log(files.toSorted((a, b) => a.localeCompare(b)).join(' '));
const words = 'the quick brown fox jumps over the lazy dog THE Quick Brown Fox'.split(' ');
console.log(words.toSorted((a, b) => a.localeCompare(b)).join(' '));
console.log([...new Set(words.map((w) => w.toLowerCase()))].sort((a, b) => a.localeCompare(b)).join(','));
const pairs = [['a', 'b'], ['b', 'a'], ['a', 'a'], ['A', 'a'], ['a', 'A'], ['é', 'e'], ['e', 'é'], ['Ä', 'a'], ['ä', 'B'], ['Z', 'ä']];
console.log(pairs.map(([x, y]) => x.localeCompare(y)).join(' '));
