// cursorTo, moveCursor, clearLine, clearScreenDown: the control sequences
// they write, their return values and callbacks, and their errors.
const readline = require('readline');
const { PassThrough } = require('stream');

const out = new PassThrough();
const seen = [];
out.on('data', (d) => seen.push(JSON.stringify(d.toString())));
const order = [];
console.log(readline.cursorTo(out, 0), readline.cursorTo(out, 4, 2),
            readline.cursorTo(out, 1, undefined, () => order.push('cursorTo cb')));
readline.cursorTo(out, 7, () => order.push('cursorTo y=cb'));
console.log(readline.moveCursor(out, 3, 0), readline.moveCursor(out, -3, -4),
            readline.moveCursor(out, 0, 2), readline.moveCursor(out, 0, 0));
readline.clearLine(out, -1);
readline.clearLine(out, 0);
readline.clearLine(out, 1);
readline.clearScreenDown(out, () => order.push('clearScreenDown cb'));
console.log(readline.cursorTo(null, 1), readline.moveCursor(undefined, 1, 1),
            readline.clearLine(null, 0), readline.clearScreenDown(null));
readline.cursorTo(null, 1, () => order.push('null stream cb'));
readline.moveCursor(out, 0, 0, () => order.push('no-move cb'));
readline.cursorTo(out, undefined, undefined, () => order.push('no-position cb'));
for (const f of [() => readline.cursorTo(out, NaN), () => readline.cursorTo(out, 1, NaN),
                 () => readline.cursorTo(out, undefined, 1), () => readline.clearLine(out, 0, 5),
                 () => readline.moveCursor(out, 1, 1, 'x')]) {
  try {
    f();
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
setImmediate(() => {
  console.log(seen.join('\n'));
  console.log(order);
});
