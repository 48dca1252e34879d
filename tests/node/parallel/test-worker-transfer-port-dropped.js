'use strict';
// A port sent on a channel that is then closed is never read: its channel
// closes, so the end left behind sees 'close'.
const common = require('../common');
const { MessageChannel } = require('worker_threads');

const carrier = new MessageChannel();
const { port1, port2 } = new MessageChannel();
carrier.port1.postMessage(port2, [port2]);
carrier.port2.close();  // nobody ever reads the message that holds port2
port1.on('close', common.mustCall());
port1.on('message', common.mustNotCall());
