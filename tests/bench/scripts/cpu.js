// A CPU-bound workload for the engine alone: no I/O, no timers, only what
// ECMAScript itself offers, so it runs unchanged on every stage from 01 on.
//
// Each round makes a list of pseudo-random words, then sorts it, joins it
// into one long string, splits it again, counts the words in a Map, goes
// through JSON and back, and scans the text with a regular expression: the
// string, array, hashing and parsing paths a typical script leans on.
//
// It prints a checksum of what it computed, so a benchmark can check that
// every runtime did the same work (the sequence of words is fixed by `seed`).

const ROUNDS = 24;
const WORDS_PER_ROUND = 20000;
const LETTERS = "abcdefghijklmnopqrstuvwxyz";
const MODULUS = 1000000007;

// A small linear congruential generator: the same numbers on every engine,
// unlike Math.random().
function makeRandom(seed) {
  let state = seed;
  return function next(limit) {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % limit;
  };
}

function makeWords(count, seed) {
  const random = makeRandom(seed);
  const words = [];
  for (let i = 0; i < count; i++) {
    let word = "";
    const length = 2 + random(8);
    for (let j = 0; j < length; j++) word += LETTERS[random(LETTERS.length)];
    words.push(word);
  }
  return words;
}

function countWords(text) {
  const counts = new Map();
  for (const word of text.split(" ")) counts.set(word, (counts.get(word) || 0) + 1);
  return counts;
}

function round(seed) {
  const words = makeWords(WORDS_PER_ROUND, seed);
  words.sort();
  const text = words.join(" ");
  const counts = countWords(text);
  const entries = JSON.parse(JSON.stringify([...counts]));
  const mostFrequent = entries.reduce((best, entry) => (entry[1] > best[1] ? entry : best));
  const matches = (text.match(/[aeiou]{2,}/g) || []).length;
  return text.length + entries.length * 7 + mostFrequent[1] * 13 + matches * 17;
}

let checksum = 0;
for (let seed = 1; seed <= ROUNDS; seed++) checksum = (checksum * 31 + round(seed)) % MODULUS;
console.log(checksum);
