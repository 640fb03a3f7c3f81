// nested strings use single quotes, then double, then backticks, escaping as a last resort
console.log(["it's"]);
console.log(['say "hi"']);
console.log(['it\'s "both"']);
console.log({ k: "it's" });
console.log("it's at top level");
console.log(['tab\there', 'new\nline', 'back\\slash']);
