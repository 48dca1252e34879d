// An Error's own enumerable properties are printed after its stack.
const error = new RangeError('out of range');
error.code = 'E_RANGE';
error.limit = 10;
throw error;
