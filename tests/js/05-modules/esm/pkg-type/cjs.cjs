exports.kind = 'a .cjs file under "type": "module"';
