// EventTarget, Event, CustomEvent, AbortController and AbortSignal (abort,
// timeout, any, onabort), DOMException, and events.once with a signal.
const et = new EventTarget();
et.addEventListener('foo', (e) => console.log('got', e.type, e instanceof Event, e.target === et, e.eventPhase, e.defaultPrevented, e.cancelable));
et.addEventListener('foo', { handleEvent(e) { console.log('object listener', this === undefined) } }, { once: true });
console.log(et.dispatchEvent(new Event('foo', {cancelable: true})));
et.dispatchEvent(new Event('foo'));
const ac = new AbortController();
ac.signal.addEventListener('abort', (e) => console.log('abort event', e.type, ac.signal.aborted, ac.signal.reason.name, ac.signal.reason.message));
ac.signal.onabort = () => console.log('onabort');
ac.abort();
ac.abort();
console.log(AbortSignal.abort('why').reason, AbortSignal.abort().reason.code);
try { AbortSignal.abort().throwIfAborted() } catch (e) { console.log(e.name, e.message, e.code) }
console.log(String(new Event('x')), Object.prototype.toString.call(ac.signal), typeof AbortSignal.timeout, typeof AbortSignal.any);
const e = new Event('y'); e.preventDefault(); console.log(e.defaultPrevented);
try { et.dispatchEvent('x') } catch (er) { console.log(er.code, er.message) }
console.log(ac.signal);
try { new AbortSignal() } catch (er) { console.log(er.code, er.message) }
const any = AbortSignal.any([ac.signal]); console.log(any.aborted);
const c2 = new AbortController(); const any2 = AbortSignal.any([c2.signal, new AbortController().signal]);
any2.addEventListener('abort', () => console.log('any aborted with', any2.reason));
c2.abort('first');
const t = AbortSignal.timeout(5); t.onabort = () => console.log('timeout', t.reason.name, t.reason.message, t.reason.code);
setTimeout(() => {}, 30);
const cancelable = new EventTarget(); cancelable.addEventListener('c', (ev) => ev.preventDefault());
console.log('dispatch returns', cancelable.dispatchEvent(new Event('c', { cancelable: true })));
const withSignal = new EventTarget(); const ctl = new AbortController();
withSignal.addEventListener('s', () => console.log('should not run'), { signal: ctl.signal }); ctl.abort(); withSignal.dispatchEvent(new Event('s'));
console.log(new CustomEvent('d', { detail: { x: 1 } }).detail, typeof DOMException, new DOMException('m', 'DataCloneError').code);
require('events').once(new (require('events'))(), 'never', { signal: AbortSignal.abort() }).catch((er) => console.log('once', er.name, er.code, er.cause?.name));
