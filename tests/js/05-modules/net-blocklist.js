// net.BlockList and net.SocketAddress: rules for one address, a range and a
// subnet in both families, listed newest first; check() across IPv4 and
// IPv4-mapped IPv6; canonical address text; the errors of bad arguments.
'use strict';
const net = require('net');
const util = require('util');

const list = new net.BlockList();
list.addAddress('1.2.3.4');
list.addRange('10.0.0.1', '10.0.0.10');
list.addSubnet('8592:757c:efae:4e45::', 64, 'ipv6');
list.addAddress('::1', 'ipv6');
list.addSubnet('192.168.0.0', 16);
list.addAddress(new net.SocketAddress({ address: '0:0::00:5', family: 'ipv6' }));
console.log(list.rules);
console.log(util.inspect(list));

for (const [address, family] of [['1.2.3.4'], ['1.2.3.5'], ['10.0.0.5'], ['10.0.0.11'],
  ['::ffff:1.2.3.4', 'ipv6'], ['::ffff:10.0.0.10', 'ipv6'], ['8592:757c:efae:4e45::f', 'ipv6'],
  ['8592:757c:efae:4e46::', 'ipv6'], ['::1', 'ipv6'], ['::1'], ['192.168.255.255'],
  ['192.169.0.0'], ['::5', 'IPv6'], ['nope']]) {
  console.log(`check ${address} ${family}: ${list.check(address, family)}`);
}

const address = new net.SocketAddress({ address: '1.2.3.4', port: 80 });
console.log(address, address.toJSON(), JSON.stringify(address));
console.log(net.SocketAddress.isSocketAddress(address), net.SocketAddress.isSocketAddress({}));
console.log(new net.SocketAddress(), new net.SocketAddress({ family: 'ipv6', flowlabel: 7 }));
for (const text of ['2001:DB8:0:0:0:0:0:1', '2001:db8::1:0:0:1', '0:0:0:0:0:ffff:a00:1', '1:0:0:2:0:0:0:3']) {
  console.log(new net.SocketAddress({ address: text, family: 'ipv6' }).address);
}
console.log(list.check(address));

for (const bad of [
  () => new net.SocketAddress({ family: 'x' }),
  () => new net.SocketAddress({ address: 'x' }),
  () => new net.SocketAddress({ port: -1 }),
  () => new net.SocketAddress({ flowlabel: -1 }),
  () => new net.SocketAddress(42),
  () => list.addRange('1.1.1.5', '1.1.1.1'),
  () => list.addSubnet('1.1.1.1', 33),
  () => list.addSubnet('::', 1.5, 'ipv6'),
  () => list.addAddress('nope'),
  () => list.addAddress('1.1.1.1', 'ipx'),
  () => list.check(1),
]) {
  try {
    bad();
    console.log('no error');
  } catch (err) {
    console.log(`${err.name} ${err.code}: ${err.message}`);
  }
}
