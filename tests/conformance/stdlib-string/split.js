// split with string separators and limits
console.log('a,b,,c'.split(','), 'abc'.split(''), 'abc'.split());
console.log(''.split(','), ''.split(''), 'a,b,c'.split(',', 2), 'a,b'.split(',', 0));
console.log('aXXbXXc'.split('XX'), 'XaX'.split('X'), 'abc'.split('abc'));
console.log('one two  three'.split(' ').length);
