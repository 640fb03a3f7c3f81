// Backtracking solvers: N-Queens (count + first board) and subset-sum with pruning, using Sets and recursion.
function nQueens(n) {
  const cols = new Set(), diag1 = new Set(), diag2 = new Set();
  const placement = [];
  let count = 0, first = null, nodes = 0;
  (function place(row) {
    nodes++;
    if (row === n) {
      count++;
      if (!first) first = [...placement];
      return;
    }
    for (let c = 0; c < n; c++) {
      if (cols.has(c) || diag1.has(row - c) || diag2.has(row + c)) continue;
      cols.add(c); diag1.add(row - c); diag2.add(row + c); placement.push(c);
      place(row + 1);
      cols.delete(c); diag1.delete(row - c); diag2.delete(row + c); placement.pop();
    }
  })(0);
  return { count, first, nodes };
}
const board = (p) => p.map((c) => '.'.repeat(c) + 'Q' + '.'.repeat(p.length - c - 1)).join('\n');

for (let n = 1; n <= 8; n++) {
  const { count, nodes } = nQueens(n);
  console.log(`n=${n}: ${String(count).padStart(2)} solutions, ${nodes} nodes visited`);
}
const six = nQueens(6);
console.log('first solution for 6:', six.first);
console.log(board(six.first));

function subsetSums(nums, target) {
  const sorted = [...nums].sort((a, b) => a - b);
  const results = [];
  (function go(start, remaining, chosen) {
    if (remaining === 0) return void results.push(chosen.join('+'));
    for (let i = start; i < sorted.length; i++) {
      if (sorted[i] > remaining) break;
      if (i > start && sorted[i] === sorted[i - 1]) continue;
      go(i + 1, remaining - sorted[i], [...chosen, sorted[i]]);
    }
  })(0, target, []);
  return results;
}
console.log(subsetSums([10, 1, 2, 7, 6, 1, 5], 8));
console.log(subsetSums([2, 3, 5], 1), subsetSums([4, 4, 4], 8));
