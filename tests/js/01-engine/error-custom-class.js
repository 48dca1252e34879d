// A subclass of Error that sets its own name.
class ValidationError extends Error {
  constructor(field) {
    super(`invalid field: ${field}`);
    this.name = 'ValidationError';
  }
}
try {
  throw new ValidationError('age');
} catch (e) {
  console.log(e.name, '|', e.message, '|', e instanceof Error);
}
throw new ValidationError('email');
