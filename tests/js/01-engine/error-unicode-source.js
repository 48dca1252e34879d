// Non-ASCII text in strings and in the message.
const greeting = 'héllo wörld ✓';
console.log(greeting, greeting.length);
throw new Error('failed: ' + greeting);
