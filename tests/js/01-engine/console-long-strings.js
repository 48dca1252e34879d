// Long strings inside containers are split after each newline when they do
// not fit on the line; very long ones are cut at 10000 characters.
const lines = 'line one\nline two\nline three\nline four\nline five\nline six\nline seven\n';
console.log([lines]);
console.log({ text: lines });
console.log({ nested: { deeper: { text: lines } } });
console.log([lines + 'no newline at the end']);
console.log(['x'.repeat(100)]);
console.log(['short\nlines']);
console.log(['exactly seventeen']);
console.log(['a\n'.repeat(40)]);
console.log(['\n\n\n' + 'y'.repeat(80)]);
const huge = 'z'.repeat(10005);
console.log([huge].toString().length);
console.log([huge]);
console.log({ s: 'q'.repeat(10001) });
console.log(['a'.repeat(74)]);
console.log(['a'.repeat(75)]);
console.log(['a'.repeat(76)]);
console.log(['a'.repeat(77)]);
console.log({ k: 'b'.repeat(74) });
console.log({ k: 'b'.repeat(75) });
