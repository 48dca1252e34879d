// The registry from a script: every native module of this runtime is a
// binding, built the first time someone asks for it.
// Node's names hold Node's kind of contents; the natives of stages 02 and 03
// are listed under names of their own (loop_*, pool_*).
const names = ['buffer', 'cares_wrap', 'fs', 'stream_wrap', 'tcp_wrap', 'timer_wrap', 'types',
               'uv', 'loop_timers', 'loop_task_queue', 'loop_process', 'pool_fs', 'pool_dns',
               'pool_crypto', 'pool_zlib'];
for (const name of names) {
  const binding = internalBinding(name);
  const members = Object.keys(binding);
  console.log(`${name.padEnd(16)} ${String(members.length).padStart(3)} members: ` +
              `${members.slice(0, 4).join(', ')}${members.length > 4 ? ', ...' : ''}`);
}

// The same object every time: built once per context, then cached.
console.log('cached:', internalBinding('types') === internalBinding('types'));

// Stage 02's globals and stage 03's modules are listed too: the same functions.
console.log('loop_timers.setTimeout is setTimeout:',
            internalBinding('loop_timers').setTimeout === setTimeout);
console.log("pool_fs.readFileSync is require('fs').readFileSync:",
            internalBinding('pool_fs').readFileSync === require('fs').readFileSync);

// A name the registry does not know.
try {
  internalBinding('http_parser');
} catch (error) {
  console.log('error:', error.message);
}
