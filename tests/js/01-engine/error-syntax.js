// A syntax error: nothing runs, not even the first line.
console.log('not printed: the script does not compile');
let x = ;
