export const kind = 'a .js file under "type": "module"';
export const requireType = typeof require;
