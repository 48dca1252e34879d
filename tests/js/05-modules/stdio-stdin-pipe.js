// stdin: hello\nfrom a pipe\n
// process.stdin from a pipe: paused until read, the data, then 'end'.
const stdin = process.stdin;
console.log('paused', stdin.readableFlowing, stdin.isTTY, stdin.fd, stdin.readable);
let text = '';
stdin.setEncoding('utf8');
stdin.on('data', (chunk) => { text += chunk; });
stdin.on('end', () => {
  console.log('end', JSON.stringify(text));
  console.log('ended', stdin.readableEnded);
});
stdin.on('close', () => console.log('close'));
