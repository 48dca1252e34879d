// stdin: first line\nsecond line\nthird
// Reading stdin in paused mode with 'readable' and read(), then async
// iteration over what remains; the program ends by itself after 'end'.
const stdin = process.stdin;
let lines = 0;
let pending = '';
stdin.on('readable', () => {
  let chunk;
  while ((chunk = stdin.read()) !== null) {
    pending += chunk;
    let newline;
    while ((newline = pending.indexOf('\n')) !== -1) {
      console.log('line', ++lines, JSON.stringify(pending.slice(0, newline)));
      pending = pending.slice(newline + 1);
    }
  }
});
stdin.on('end', () => console.log('rest', JSON.stringify(pending), 'lines', lines));
