// An unterminated string literal is a syntax error at the opening quote.
const s = 'no end;
