// && || ?? return an operand (not a boolean) and skip evaluating the right side when decided
function side(v) { console.log('evaluated', v); return v; }
console.log(0 || 'x', 'a' || side('no'), '' || null, null || undefined);
console.log(1 && 'y', 0 && side('no'), 'a' && '', null && side('no'));
console.log(null ?? 'd', undefined ?? 'd', 0 ?? side('no'), '' ?? 'd', false ?? 'd', NaN ?? 'd');
console.log(false || side('right'));
console.log(true && side('right2'));
console.log(undefined ?? side('right3'));
console.log(0 || 1 && 2, (null ?? 0) || 'z');
