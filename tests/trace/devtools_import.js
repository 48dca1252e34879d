// Loads a Chrome trace with the importer of Chrome's DevTools (its
// SDK.TracingModel, the code its Performance panel reads trace files with,
// as the npm package devtools-timeline-model packages it) and prints what
// DevTools made of it, as JSON:
//
//   {"errors": [...], "threads": [{"tid": 1, "name": "...",
//     "slices": [{"name": "...", "start": 0.02, "duration": 0.7}, ...]}]}
//
// Every message the importer logs while it reads the file (an unmatched
// "E", a missing field) lands in "errors". Used by chrome_trace_test.py:
//
//   node devtools_import.js PACKAGE_DIR TRACE.json
const fs = require('fs');
const path = require('path');
const vm = require('vm');

const [packageDir, tracePath] = process.argv.slice(2);
const errors = [];
const record = (...args) => errors.push(args.map(String).join(' '));
// The package's loader evaluates DevTools' front-end files in a context of
// their own; only the tracing model is used here (the rest expects a page).
const context = vm.createContext({
  require: (name) => require(require.resolve(name, {paths: [packageDir]})),
  console: {log() {}, info() {}, warn: record, error: record},
  __dirname: packageDir,
});
const loader = path.join(packageDir, 'lib', 'timeline-model.js');
new vm.Script(fs.readFileSync(loader, 'utf8'), {filename: loader}).runInContext(context);
const model = vm.runInContext(
    'new SDK.TracingModel(new Bindings.TempFileBackingStorage("tracing"))', context);
model.setEventsForTest(JSON.parse(fs.readFileSync(tracePath, 'utf8')));

const threads = [];
for (const proc of model.sortedProcesses()) {
  for (const thread of proc.sortedThreads()) {
    threads.push({
      tid: thread.id(),
      name: thread.name(),
      slices: thread.events()
                  .filter((event) => event.duration !== undefined)
                  .map((event) => ({name: event.name, start: event.startTime,
                                    duration: event.duration})),
    });
  }
}
process.stdout.write(JSON.stringify({errors, threads}) + '\n');
