// Text beyond ASCII: quoting, escaping and the column widths used when
// arrays are grouped.
console.log('héllo wörld', ['héllo wörld']);
console.log(['日本語', '中文', '한국어', 'English']);
console.log(Array.from({ length: 12 }, (_, i) => '字'.repeat((i % 4) + 1)));
console.log(Array.from({ length: 12 }, (_, i) => 'ab'.repeat((i % 4) + 1)));
console.log(Array.from({ length: 10 }, (_, i) => '😀'.repeat((i % 3) + 1)));
console.log(Array.from({ length: 10 }, (_, i) => 'e\u0301'.repeat((i % 3) + 1)));
console.log(['\u200b', '\ufeff', '\u00ad', '\u2028', '\u2029']);
console.log('\u2028 and \u2029 raw');
console.log(['surrogates: \ud83d\ude00', 'high: \ud83d', 'low: \ude00', 'reversed: \ude00\ud83d']);
console.log({ 'кириллица': 'значение', 'ελληνικά': 'τιμή' });
console.log(['\x80', '\x9b', '\xa0', '\xff', '\u0100', '\uffff']);
console.log(['😀'.repeat(20), '😀'.repeat(20), '😀'.repeat(20)]);
console.log({ long: 'ä'.repeat(100) });
console.log(['ä'.repeat(100)].map((s) => s.length));
