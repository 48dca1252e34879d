// A live binding: importers see `count` change.
export let count = 0;
export function increment() {
  count += 1;
}
export default 'counter default';
