// a syntax error of neither kind stays CommonJS's error
let x = ;
