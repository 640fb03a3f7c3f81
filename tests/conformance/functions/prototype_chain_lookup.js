// property lookup follows the prototype chain; own properties shadow inherited ones
function Animal(name) { this.name = name; }
Animal.prototype.speak = function () { return this.name + ' makes a sound'; };
Animal.prototype.legs = 4;
function Bird(name) { this.name = name; this.legs = 2; }
Bird.prototype = new Animal('proto');
Bird.prototype.fly = function () { return this.name + ' flies'; };
var b = new Bird('tweety');
console.log(b.speak(), b.fly(), b.legs);
console.log(b instanceof Bird, b instanceof Animal);
var a = new Animal('cat');
console.log(a.speak(), a.legs, typeof a.fly);
