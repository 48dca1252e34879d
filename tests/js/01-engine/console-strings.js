// Strings: raw at the top level of console.log, quoted inside containers,
// with Node's choice of quotes and its escapes.
console.log('plain');
console.log(['plain']);
console.log(["it's"]);
console.log(['say "hi"']);
console.log(['it\'s "both"']);
console.log(['it\'s "both" and `backtick`']);
console.log(['it\'s "both" and ${template}']);
console.log(['tab\there', 'new\nline', 'cr\rreturn', 'back\\slash', 'bell\x07', 'nul\0']);
console.log(['\b\f\v', '\x1b[31mred\x1b[0m', '\x7f', '\x85', '\x9f', '\xa0nbsp']);
console.log(['unicode: é ü ß', 'emoji: 😀', 'cjk: 中文', 'lone: \ud800', 'lone low: \udc00x']);
console.log('lone at top level: \ud800|');
console.log({ 'key with space': 1, "it's": 2, 'new\nline': 3, valid_id: 4, $dollar: 5, _u: 6 });
console.log({ 'ключ': 1, 'é': 2, '1a': 3, a1: 4, 'a-b': 5, '': 6 });
console.log({ 0: 'zero', 1: 'one', 10: 'ten', '-1': 'minus', 1.5: 'float' });
console.log(['']);
console.log([' ', '  ']);
console.log('%s', 'percent s');
console.log('a', 'b', 'c');
console.log('a\nb', ['a\nb']);
console.log(String.raw`\n is not a newline here`);
console.log([String.raw`\n`]);
