// undefined is a value too.
throw undefined;
