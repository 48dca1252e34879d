// A tab before the error column is kept under the caret.
	let	a = 1;
	let	a = 2;
