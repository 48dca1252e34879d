// clearTimeout and clearInterval accept each other's timers and ignore junk.
for (const junk of [undefined, null, {}, [], 12345, 'abc', () => {}]) {
  clearTimeout(junk);
  clearInterval(junk);
}
for (const junk of [undefined, null]) clearImmediate(junk);
const t = setTimeout(() => console.log('timeout: must not run'), 1);
const i = setInterval(() => console.log('interval: must not run'), 1);
clearInterval(t);
clearTimeout(i);
clearTimeout(setImmediate(() => console.log('immediate is not a timer: runs')));
console.log('hasRef after clear:', t.hasRef(), i.hasRef());
