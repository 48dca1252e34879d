// A module of the graph does not parse: nothing runs, not even the main
// module's first line; the error names the broken file's URL and line.
import './esm/bad-syntax.mjs';

console.log('never printed');
