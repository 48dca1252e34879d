// process.exit(undefined) sets exitCode to undefined: the code is 0.
process.exitCode = 4;
process.exit(undefined);
