// What goes wrong, and how Node says it: system errors carry code, errno and
// syscall (and path or hostname); bad arguments are TypeErrors with a code.
const fs = require('fs');
const dns = require('dns');

fs.stat('no-such-file', (err) => {
  console.log(err);  // [Error: ENOENT: no such file or directory, stat 'no-such-file'] {...}

  fs.readdir(process.argv[1], (err) => {
    console.log(err.message);

    dns.lookup('no-such-host.invalid', (err) => {
      console.log(`${err.code} (errno ${err.errno}): ${err.message}`);

      try {
        fs.readFile(42.5, () => {});
      } catch (err) {
        console.log(`${err.name} [${err.code}]: ${err.message}`);
      }
    });
  });
});
