// "type": "commonjs" says so: no detection
export const never = 1;
