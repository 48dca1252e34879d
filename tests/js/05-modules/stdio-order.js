// console.log, process.stdout.write and their stderr twins, interleaved:
// each comes out in the order it was made, on the stream it was meant for.
// Here stdout and stderr are pipes; tests/stdio/stdio_test.py covers files
// and terminals.
console.log('one', { a: 1 });
process.stdout.write('two\n');
console.error('three');
process.stderr.write('four\n');
console.log('five %d', 5);
process.stdout.write(Buffer.from('six\n'));
process.stdout.write('736576656e0a', 'hex');
process.stdout.write('eight\n', () => console.log('callback of eight'));
console.log('nine', process.stdout.writable, process.stdout.fd, process.stderr.fd,
            process.stdout.isTTY, process.stdout._type);
setTimeout(() => {
  console.log('ten');
  process.stdout.write('x'.repeat(200000).length + '\n');
  process.stdout.end('end\n');
  process.stdout.on('finish', () => process.stderr.write('finish\n'));
}, 1);
process.on('exit', (code) => console.log('exit', code));
