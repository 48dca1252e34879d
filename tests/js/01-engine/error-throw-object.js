// A plain object is printed as util.inspect shows it, after a blank line.
throw { code: 'E_PLAIN', detail: [1, 2, 3] };
