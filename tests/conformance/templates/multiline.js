// a template spanning lines keeps its line breaks and indentation
function render(items) {
  return `<ul>
${items.map(i => `  <li>${i}</li>`).join('\n')}
</ul>`;
}
console.log(render(['x', 'y']));
console.log(`a
  b`.split('\n').length);
