// length and name of every built-in function added for issue #3
var groups = [[Array.prototype, ['map','filter','forEach','some','every','reduce','reduceRight','find','findIndex','findLast','findLastIndex','includes','lastIndexOf','splice','concat','sort','reverse','flat','flatMap','fill','at']],
 [Array, ['from','of','isArray']],
 [String.prototype, ['split','substring','trim','trimStart','trimEnd','padStart','padEnd','repeat','includes','startsWith','endsWith','lastIndexOf','replace','replaceAll','at','concat']],
 [String, ['fromCharCode']],
 [Object, ['values','entries','assign','fromEntries','freeze','isFrozen','create','getPrototypeOf','setPrototypeOf','defineProperty','getOwnPropertyNames','is','preventExtensions','isExtensible']],
 [Number, ['isInteger','isFinite','isSafeInteger','parseFloat','parseInt']],
 [Number.prototype, ['toFixed']],
 [Math, ['cbrt','hypot','log2','log10','log1p','expm1','tan','asin','acos','atan','atan2','sinh','cosh','tanh','asinh','acosh','atanh','fround','clz32','imul']],
 [JSON, ['stringify','parse']], [Promise, ['all','allSettled','race','any']], [Object.getPrototypeOf(function () {}), ['call','apply','bind']]];
groups.forEach(function (g) { console.log(g[1].map(function (n) { return n + ':' + g[0][n].length + ':' + g[0][n].name; }).join(' ')); });
console.log(AggregateError.length, EvalError.length, URIError.length);
