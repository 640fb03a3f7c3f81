// includes, startsWith, endsWith, lastIndexOf with positions
var s = 'To be, or not to be';
console.log(s.includes('be'), s.includes('be', 18), s.includes(''), s.includes('TO'));
console.log(s.startsWith('To'), s.startsWith('be', 3), s.endsWith('be'), s.endsWith('be', 5));
console.log(s.lastIndexOf('be'), s.lastIndexOf('be', 10), s.lastIndexOf('x'), s.lastIndexOf(''), s.lastIndexOf('T', -3));
