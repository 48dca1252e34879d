// The caret covers the whole offending token.
let value = 1 class;
