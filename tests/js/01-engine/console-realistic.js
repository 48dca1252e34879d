// What programs typically log: configuration, records, API-like responses.
const config = {
  name: 'service',
  version: '1.2.3',
  port: 8080,
  debug: false,
  features: ['auth', 'cache', 'metrics'],
  database: { host: 'localhost', port: 5432, pool: { min: 2, max: 10 } },
  retry: { attempts: 3, backoff: [100, 200, 400, 800] },
};
console.log(config);
console.log('config loaded:', config.name, 'on port', config.port);
const users = [
  { id: 1, name: 'Ada Lovelace', email: 'ada@example.com', roles: ['admin'], active: true },
  { id: 2, name: 'Alan Turing', email: 'alan@example.com', roles: [], active: false },
  { id: 3, name: 'Grace Hopper', email: 'grace@example.com', roles: ['dev', 'ops'], active: true },
];
console.log(users);
console.log({ status: 200, headers: { 'content-type': 'application/json', 'x-request-id': 'abc123' }, body: { data: users.slice(0, 1), next: null } });
console.log('user %s has id %d', users[0].name, users[0].id);
console.log('%j', users[1]);
const matrix = [[1, 0, 0], [0, 1, 0], [0, 0, 1]];
console.log(matrix);
console.log(Array.from({ length: 5 }, (_, i) => Array.from({ length: 8 }, (_, j) => i * 8 + j)));
const histogram = new Map([['a', 5], ['b', 12], ['c', 7]]);
console.log('histogram:', histogram);
console.log('sorted:', [...histogram].sort((x, y) => y[1] - x[1]));
const event = { type: 'click', target: { id: 'button', classList: ['btn', 'primary'] }, timestamp: new Date(1700000000000) };
console.log(event);
const tree = { value: 1, children: [{ value: 2, children: [{ value: 4, children: [] }] }, { value: 3, children: [] }] };
console.log(tree);
console.log(JSON.stringify(tree));
console.log([1.5, 2.25, 3.125, 4.0625, 5.03125, 6.015625, 7.0078125]);
console.log(Array.from({ length: 26 }, (_, i) => String.fromCharCode(97 + i)));
console.log(Object.entries(config).map(([k, v]) => `${k}=${typeof v}`));
