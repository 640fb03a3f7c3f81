// a numeric string delay is converted to a number ('' becomes 0, i.e. 1ms)
setTimeout(() => console.log('"150" fires last'), '150');
setTimeout(() => console.log('"" fires first'), '');
setTimeout(() => console.log('"75" fires second'), '75');
