// The registry from a script: every native module of this runtime is a
// binding, built the first time someone asks for it.
const names = ['buffer', 'fs_req_wrap', 'stream_wrap', 'tcp_wrap', 'timer_wrap', 'types', 'uv',
               'timers', 'task_queue', 'process_methods', 'fs', 'dns', 'crypto', 'zlib'];
for (const name of names) {
  const binding = internalBinding(name);
  const members = Object.keys(binding);
  console.log(`${name.padEnd(16)} ${String(members.length).padStart(3)} members: ` +
              `${members.slice(0, 4).join(', ')}${members.length > 4 ? ', ...' : ''}`);
}

// The same object every time: built once per context, then cached.
console.log('cached:', internalBinding('types') === internalBinding('types'));

// Stage 02's globals and stage 03's modules are listed too: the same functions.
console.log('timers.setTimeout is setTimeout:', internalBinding('timers').setTimeout === setTimeout);
console.log("fs.readFileSync is require('fs').readFileSync:",
            internalBinding('fs').readFileSync === require('fs').readFileSync);

// A name the registry does not know.
try {
  internalBinding('http_parser');
} catch (error) {
  console.log('error:', error.message);
}
