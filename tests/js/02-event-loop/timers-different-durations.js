// Shorter timers fire first, whatever the order they were created in.
setTimeout(() => console.log('60 ms'), 60);
setTimeout(() => console.log('1 ms'), 1);
setTimeout(() => console.log('30 ms'), 30);
setTimeout(() => console.log('0 ms (becomes 1)'), 0);
