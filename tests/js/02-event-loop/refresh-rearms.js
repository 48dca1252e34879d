// refresh() starts the same timer again; after it fired, refresh arms it anew.
let runs = 0;
const t = setTimeout(() => {
  runs++;
  console.log('fired', runs);
}, 2);
setTimeout(() => {
  console.log('refreshing a fired timer');
  t.refresh();
}, 20);
const cleared = setTimeout(() => console.log('must not run'), 2);
clearTimeout(cleared);
cleared.refresh(); // a cleared timer stays cleared
