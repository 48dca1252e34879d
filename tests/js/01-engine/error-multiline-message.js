// A message that spans lines is printed as it is.
throw new Error('first line\nsecond line');
