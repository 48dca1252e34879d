// GoogleTest for stage 04: a binding given wrong arguments throws Node's
// error; it never crashes the process.
//
// Node's raw bindings trust their callers (Node's own JavaScript) and abort
// on a wrong argument. This stage hands them to scripts, so each one checks
// what it gets. Two tests: exact messages for the raw socket, timer and
// error bindings, and a sweep that calls every function of every binding of
// this stage with every kind of wrong value.
#include <gtest/gtest.h>

#include <string>

#include "realm_test.h"

namespace bindings_test {
namespace {

class BadArgumentsTest : public test_support::RealmTest {
 protected:
  BadArgumentsTest() {
    Eval(
        "globalThis.b = {"
        "  ...internalBinding('tcp_wrap'), ...internalBinding('stream_wrap'),"
        "  ...internalBinding('timer_wrap'), uv: internalBinding('uv'),"
        "  fs: internalBinding('fs'), dns: internalBinding('cares_wrap') };"
        "globalThis.tcp = new b.TCP(b.constants.SOCKET);"
        "globalThis.closed = new b.TCP(b.constants.SOCKET); closed.close();"
        "globalThis.timer = new b.Timer();");
  }
};

struct Case {
  const char* call;
  const char* outcome;  ///< what Eval() returns: a value, or "throws Name [CODE]: message"
};

const Case kCases[] = {
    // The TCP class.
    {"b.TCP(0)",
     "throws TypeError [ERR_CONSTRUCT_CALL_REQUIRED]: Class constructor TCP cannot be invoked "
     "without 'new'"},
    {"new b.TCP()",
     "throws TypeError [ERR_INVALID_ARG_TYPE]: The \"type\" argument must be of type number. "
     "Received undefined"},
    {"new b.TCP(2)",
     "throws RangeError [ERR_OUT_OF_RANGE]: The value of \"type\" is out of range. It must be >= 0 "
     "&& <= 1. Received 2"},
    {"tcp.bind(1, 80)",
     "throws TypeError [ERR_INVALID_ARG_TYPE]: The \"address\" argument must be of type string. "
     "Received type number (1)"},
    {"tcp.bind('127.0.0.1', 70000)",
     "throws RangeError [ERR_SOCKET_BAD_PORT]: Port should be >= 0 and < 65536. Received type "
     "number (70000)."},
    {"tcp.bind('127.0.0.1', '80')",
     "throws RangeError [ERR_SOCKET_BAD_PORT]: Port should be >= 0 and < 65536. Received type "
     "string ('80')."},
    {"tcp.bind('not an address', 80)", "-22"},  // UV_EINVAL: a status, as in Node
    {"tcp.bind6('::1', 0, -1)",
     "throws RangeError [ERR_OUT_OF_RANGE]: The value of \"flags\" is out of range. It must be >= "
     "0 && <= 2147483647. Received -1"},
    {"tcp.listen('1')",
     "throws TypeError [ERR_INVALID_ARG_TYPE]: The \"backlog\" argument must be of type number. "
     "Received type string ('1')"},
    {"tcp.connect({}, '127.0.0.1', 80)",
     "throws TypeError [ERR_INVALID_ARG_TYPE]: The \"req\" argument must be an instance of "
     "TCPConnectWrap. Received an instance of Object"},
    {"tcp.connect(new b.WriteWrap(), '127.0.0.1', 80)",
     "throws TypeError [ERR_INVALID_ARG_TYPE]: The \"req\" argument must be an instance of "
     "TCPConnectWrap. Received an instance of WriteWrap"},
    {"tcp.connect6(new b.TCPConnectWrap(), '::1', 1.5)",
     "throws RangeError [ERR_SOCKET_BAD_PORT]: Port should be >= 0 and < 65536. Received type "
     "number (1.5)."},
    {"tcp.connect(new b.TCPConnectWrap(), 'nowhere', 80)", "-22"},
    {"tcp.getsockname()",
     "throws TypeError [ERR_INVALID_ARG_TYPE]: The \"out\" argument must be of type object. "
     "Received undefined"},
    {"tcp.getpeername({})", "-9"},  // UV_EBADF: no socket until bind or connect
    {"tcp.setKeepAlive(true, -1)",
     "throws RangeError [ERR_OUT_OF_RANGE]: The value of \"delay\" is out of range. It must be >= "
     "0 && <= 4294967295. Received -1"},
    {"tcp.readStart()", "-107"},
    // Streams.
    {"tcp.writeBuffer({}, Buffer.from('x'))",
     "throws TypeError [ERR_INVALID_ARG_TYPE]: The \"req\" argument must be an instance of "
     "WriteWrap. Received an instance of Object"},
    {"tcp.writeBuffer(new b.WriteWrap(), 'x')",
     "throws TypeError [ERR_INVALID_ARG_TYPE]: The \"buffer\" argument must be an instance of "
     "Buffer, TypedArray, or DataView. Received type string ('x')"},
    {"tcp.writeUtf8String(new b.WriteWrap(), 1)",
     "throws TypeError [ERR_INVALID_ARG_TYPE]: The \"string\" argument must be of type string. "
     "Received type number (1)"},
    {"tcp.writeUcs2String(new b.ShutdownWrap(), 'x')",
     "throws TypeError [ERR_INVALID_ARG_TYPE]: The \"req\" argument must be an instance of "
     "WriteWrap. Received an instance of ShutdownWrap"},
    {"tcp.shutdown()",
     "throws TypeError [ERR_INVALID_ARG_TYPE]: The \"req\" argument must be an instance of "
     "ShutdownWrap. Received undefined"},
    {"b.WriteWrap()",
     "throws TypeError [ERR_CONSTRUCT_CALL_REQUIRED]: Class constructor WriteWrap cannot be "
     "invoked without 'new'"},
    // A closed handle: its methods report EBADF, or do nothing.
    {"closed.readStart()", "-9"},
    {"closed.writeUtf8String(new b.WriteWrap(), 'x')", "-9"},
    {"closed.bind('127.0.0.1', 0)", "-9"},
    {"closed.hasRef()", "false"},
    {"closed.close(); 'ignored'", "ignored"},
    // Handles.
    {"tcp.close(1)",
     "throws TypeError [ERR_INVALID_ARG_TYPE]: The \"callback\" argument must be of type "
     "function. Received type number (1)"},
    {"b.TCP.prototype.bind.call({}, '127.0.0.1', 0)", "throws TypeError: Illegal invocation"},
    {"b.TCP.prototype.close.call(timer)", "throws TypeError: Illegal invocation"},
    // The Timer class.
    {"b.Timer()",
     "throws TypeError [ERR_CONSTRUCT_CALL_REQUIRED]: Class constructor Timer cannot be invoked "
     "without 'new'"},
    {"timer.start(-1)",
     "throws RangeError [ERR_OUT_OF_RANGE]: The value of \"timeout\" is out of range. It must be "
     ">= 0 && <= 9007199254740992. Received -1"},
    {"timer.start(1.5)",
     "throws RangeError [ERR_OUT_OF_RANGE]: The value of \"timeout\" is out of range. It must be "
     "an integer. Received 1.5"},
    {"timer.start(1, 'x')",
     "throws TypeError [ERR_INVALID_ARG_TYPE]: The \"repeat\" argument must be of type number. "
     "Received type string ('x')"},
    // File system requests.
    {"b.fs.open(1, 0, 0)",
     "throws TypeError [ERR_INVALID_ARG_TYPE]: The \"path\" argument must be of type string or an "
     "instance of Buffer or URL. Received type number (1)"},
    {"b.fs.open('x', 'r', 0)",
     "throws TypeError [ERR_INVALID_ARG_TYPE]: The \"flags\" argument must be of type number. "
     "Received type string ('r')"},
    {"b.fs.open('x', 0, 0, {})",
     "throws TypeError [ERR_INVALID_ARG_TYPE]: The \"req\" argument must be an instance of "
     "FSReqCallback. Received an instance of Object"},
    {"b.fs.open('no-such-dir/x', 0, 0)",  // no request: synchronous, and thrown
     "throws Error [ENOENT]: ENOENT: no such file or directory, open 'no-such-dir/x'"},
    {"b.fs.close(-1)",
     "throws RangeError [ERR_OUT_OF_RANGE]: The value of \"fd\" is out of range. It must be >= 0 "
     "&& <= 2147483647. Received -1"},
    {"b.fs.close(2147483647)", "throws Error [EBADF]: EBADF: bad file descriptor, close"},
    {"b.fs.read(0, 'x', 0, 1, -1)",
     "throws TypeError [ERR_INVALID_ARG_TYPE]: The \"buffer\" argument must be an instance of "
     "Buffer, TypedArray, or DataView. Received type string ('x')"},
    {"b.fs.read(0, Buffer.alloc(4), 2, 3, -1)",
     "throws RangeError [ERR_OUT_OF_RANGE]: The value of \"length\" is out of range. It must be "
     ">= 0 && <= 2. Received 3"},
    {"b.fs.writeBuffer(1, Buffer.alloc(4), 5, 0, -1)",
     "throws RangeError [ERR_OUT_OF_RANGE]: The value of \"offset\" is out of range. It must be "
     ">= 0 && <= 4. Received 5"},
    {"b.fs.writeBuffer(1, Buffer.alloc(4), 0, 0, -2)",
     "throws RangeError [ERR_OUT_OF_RANGE]: The value of \"position\" is out of range. It must "
     "be >= -1 && <= 9007199254740991. Received -2"},
    {"b.fs.writeString(1, 5, -1, 'utf8')",
     "throws TypeError [ERR_INVALID_ARG_TYPE]: The \"buffer\" argument must be of type string. "
     "Received type number (5)"},
    {"b.fs.writeString(1, 'x', -1, 'utf9')",
     "throws TypeError [ERR_INVALID_ARG_VALUE]: The argument 'encoding' is invalid encoding. "
     "Received 'utf9'"},
    {"b.fs.unlink()",
     "throws TypeError [ERR_INVALID_ARG_TYPE]: The \"path\" argument must be of type string or an "
     "instance of Buffer or URL. Received undefined"},
    {"b.fs.FSReqCallback()",
     "throws TypeError [ERR_CONSTRUCT_CALL_REQUIRED]: Class constructor FSReqCallback cannot be "
     "invoked without 'new'"},
    // The fs binding: every native, one wrong argument each.
    {"b.fs.open('x', 0, 0, new b.WriteWrap())",
     "throws TypeError [ERR_INVALID_ARG_TYPE]: The \"req\" argument must be an instance of "
     "FSReqCallback. Received an instance of WriteWrap"},
    {"b.fs.stat(1, false)",
     "throws TypeError [ERR_INVALID_ARG_TYPE]: The \"path\" argument must be of type string or an "
     "instance of Buffer or URL. Received type number (1)"},
    {"b.fs.stat('x', false, {})",
     "throws TypeError [ERR_INVALID_ARG_TYPE]: The \"req\" argument must be an instance of "
     "FSReqCallback. Received an instance of Object"},
    {"b.fs.lstat('no-such-file', false, undefined, false)", "undefined"},
    {"b.fs.lstat('no-such-file', false)",
     "throws Error [ENOENT]: ENOENT: no such file or directory, lstat 'no-such-file'"},
    {"b.fs.fstat(2147483647, false)", "throws Error [EBADF]: EBADF: bad file descriptor, fstat"},
    {"b.fs.readdir('.', 'utf9')",
     "throws TypeError [ERR_INVALID_ARG_VALUE]: The argument 'encoding' is invalid encoding. "
     "Received 'utf9'"},
    {"b.fs.mkdir('x', 'r')",
     "throws TypeError [ERR_INVALID_ARG_TYPE]: The \"mode\" argument must be of type number. "
     "Received type string ('r')"},
    {"b.fs.rmdir(null)",
     "throws TypeError [ERR_INVALID_ARG_TYPE]: The \"path\" argument must be of type string or an "
     "instance of Buffer or URL. Received null"},
    {"b.fs.rename('a', 1)",
     "throws TypeError [ERR_INVALID_ARG_TYPE]: The \"dest\" argument must be of type string or an "
     "instance of Buffer or URL. Received type number (1)"},
    {"b.fs.link(1, 'b')",
     "throws TypeError [ERR_INVALID_ARG_TYPE]: The \"src\" argument must be of type string or an "
     "instance of Buffer or URL. Received type number (1)"},
    {"b.fs.access('x', 9)",
     "throws RangeError [ERR_OUT_OF_RANGE]: The value of \"mode\" is out of range. It must be >= 0 "
     "&& <= 7. Received 9"},
    {"b.fs.existsSync(1)",
     "throws TypeError [ERR_INVALID_ARG_TYPE]: The \"path\" argument must be of type string or an "
     "instance of Buffer or URL. Received type number (1)"},
    {"b.fs.realpath('a\\0b', 'utf8')",
     "throws TypeError [ERR_INVALID_ARG_VALUE]: The argument 'path' must be a string, Uint8Array, "
     "or URL without null bytes. Received 'a\\x00b'"},
    {"b.fs.readlink('x', 7)",
     "throws TypeError [ERR_INVALID_ARG_VALUE]: The argument 'encoding' is invalid encoding. "
     "Received 7"},
    {"b.fs.symlink('a', 'b', 'x')",
     "throws TypeError [ERR_INVALID_ARG_TYPE]: The \"flags\" argument must be of type number. "
     "Received type string ('x')"},
    {"b.fs.copyFile('a', 'b', -1)",
     "throws RangeError [ERR_OUT_OF_RANGE]: The value of \"mode\" is out of range. It must be >= 0 "
     "&& <= 7. Received -1"},
    {"b.fs.utimes('x', '1', 2)",
     "throws TypeError [ERR_INVALID_ARG_TYPE]: The \"atime\" argument must be of type number. "
     "Received type string ('1')"},
    {"b.fs.lutimes('x', 1, {})",
     "throws TypeError [ERR_INVALID_ARG_TYPE]: The \"mtime\" argument must be of type number. "
     "Received an instance of Object"},
    {"b.fs.futimes(-1, 1, 2)",
     "throws RangeError [ERR_OUT_OF_RANGE]: The value of \"fd\" is out of range. It must be >= 0 "
     "&& <= 2147483647. Received -1"},
    {"b.fs.chmod('x', -1)",
     "throws RangeError [ERR_OUT_OF_RANGE]: The value of \"mode\" is out of range. It must be >= 0 "
     "&& <= 4294967295. Received -1"},
    {"b.fs.fchmod(1, 'x')",
     "throws TypeError [ERR_INVALID_ARG_TYPE]: The \"mode\" argument must be of type number. "
     "Received type string ('x')"},
    {"b.fs.chown('x', -2, 0)",
     "throws RangeError [ERR_OUT_OF_RANGE]: The value of \"uid\" is out of range. It must be >= -1 "
     "&& <= 4294967295. Received -2"},
    {"b.fs.lchown('x', 0, 2 ** 33)",
     "throws RangeError [ERR_OUT_OF_RANGE]: The value of \"gid\" is out of range. It must be >= -1 "
     "&& <= 4294967295. Received 8_589_934_592"},
    {"b.fs.fchown(-1, 0, 0)",
     "throws RangeError [ERR_OUT_OF_RANGE]: The value of \"fd\" is out of range. It must be >= 0 "
     "&& <= 2147483647. Received -1"},
    {"b.fs.ftruncate(0, -1)",
     "throws RangeError [ERR_OUT_OF_RANGE]: The value of \"len\" is out of range. It must be >= 0 "
     "&& <= 9007199254740991. Received -1"},
    {"b.fs.fsync('1')",
     "throws TypeError [ERR_INVALID_ARG_TYPE]: The \"fd\" argument must be of type number. "
     "Received type string ('1')"},
    {"b.fs.fdatasync(2147483647)", "throws Error [EBADF]: EBADF: bad file descriptor, fdatasync"},
    {"b.fs.writeBuffers(1, 'x')",
     "throws TypeError [ERR_INVALID_ARG_TYPE]: The \"buffers\" argument must be an instance of "
     "Array. Received type string ('x')"},
    {"b.fs.writeBuffers(1, [Buffer.from('a'), 1])",
     "throws TypeError [ERR_INVALID_ARG_TYPE]: The \"buffers[1]\" argument must be an instance of "
     "Buffer, TypedArray, or DataView. Received type number (1)"},
    {"b.fs.writeBuffer(2147483647, Buffer.alloc(1), 0, 1, null)",
     "throws Error [EBADF]: EBADF: bad file descriptor, write"},
    {"b.fs.mkdtemp(5)",
     "throws TypeError [ERR_INVALID_ARG_TYPE]: The \"prefix\" argument must be of type string or "
     "an instance of Buffer or URL. Received type number (5)"},
    {"b.fs.mkdtemp('x', 'utf9')",
     "throws TypeError [ERR_INVALID_ARG_VALUE]: The argument 'encoding' is invalid encoding. "
     "Received 'utf9'"},
    {"b.fs.read(0, Buffer.alloc(4), 0, 4, -2n)",
     "throws TypeError [ERR_INVALID_ARG_TYPE]: The \"position\" argument must be of type number. "
     "Received type bigint (-2n)"},
    // cares_wrap: name lookups.
    {"b.dns.getaddrinfo({}, 'localhost', 0, 0, 0)",
     "throws TypeError [ERR_INVALID_ARG_TYPE]: The \"req\" argument must be an instance of "
     "GetAddrInfoReqWrap. Received an instance of Object"},
    {"b.dns.getaddrinfo(new b.dns.GetAddrInfoReqWrap(), 1, 0, 0, 0)",
     "throws TypeError [ERR_INVALID_ARG_TYPE]: The \"hostname\" argument must be of type string. "
     "Received type number (1)"},
    {"b.dns.getaddrinfo(new b.dns.GetAddrInfoReqWrap(), 'localhost', 5, 0, 0)",
     "throws TypeError [ERR_INVALID_ARG_VALUE]: The argument 'family' must be one of: 0, 4, 6. "
     "Received 5"},
    {"b.dns.getaddrinfo(new b.dns.GetAddrInfoReqWrap(), 'localhost', 0, -1, 0)",
     "throws RangeError [ERR_OUT_OF_RANGE]: The value of \"hints\" is out of range. It must be >= "
     "0 && <= 2147483647. Received -1"},
    {"b.dns.getaddrinfo(new b.dns.GetAddrInfoReqWrap(), 'localhost', 0, 0, 3)",
     "throws RangeError [ERR_OUT_OF_RANGE]: The value of \"order\" is out of range. It must be >= "
     "0 && <= 2. Received 3"},
    {"b.dns.getnameinfo(new b.dns.GetAddrInfoReqWrap(), '127.0.0.1', 22)",
     "throws TypeError [ERR_INVALID_ARG_TYPE]: The \"req\" argument must be an instance of "
     "GetNameInfoReqWrap. Received an instance of GetAddrInfoReqWrap"},
    {"b.dns.getnameinfo(new b.dns.GetNameInfoReqWrap(), 'nonsense', 22)",
     "throws TypeError [ERR_INVALID_ARG_VALUE]: The argument 'host' must be an IP address. "
     "Received 'nonsense'"},
    {"b.dns.getnameinfo(new b.dns.GetNameInfoReqWrap(), '127.0.0.1', 70000)",
     "throws RangeError [ERR_SOCKET_BAD_PORT]: Port should be >= 0 and < 65536. Received type "
     "number (70000)."},
    {"b.dns.GetNameInfoReqWrap()",
     "throws TypeError [ERR_CONSTRUCT_CALL_REQUIRED]: Class constructor GetNameInfoReqWrap cannot "
     "be invoked without 'new'"},
    // Errors.
    {"b.uv.errname(1)",
     "throws RangeError [ERR_OUT_OF_RANGE]: The value of \"err\" is out of range. It must be a "
     "negative integer. Received 1"},
    {"b.uv.errname('x')",
     "throws TypeError [ERR_INVALID_ARG_TYPE]: The \"err\" argument must be of type number. "
     "Received type string ('x')"},
    {"b.uv.uvException(-2)",
     "throws TypeError [ERR_INVALID_ARG_TYPE]: The \"syscall\" argument must be of type string. "
     "Received undefined"},
    {"b.uv.uvException(-2, 'open', 'x', 2)",
     "throws TypeError [ERR_INVALID_ARG_TYPE]: The \"dest\" argument must be of type string. "
     "Received type number (2)"},
    {"b.uv.exceptionWithHostPort(-111, 'connect')",
     "throws TypeError [ERR_INVALID_ARG_TYPE]: The \"address\" argument must be of type string. "
     "Received undefined"},
    {"b.uv.uvExceptionWithHostPort(-98, 'listen', '::', 'x')",
     "throws RangeError [ERR_SOCKET_BAD_PORT]: Port should be >= 0 and < 65536. Received type "
     "string ('x')."},
};

TEST_F(BadArgumentsTest, EachRawBindingRefusesBadArgumentsInNodesWords) {
  for (const Case& c : kCases) EXPECT_EQ(Eval(c.call), c.outcome) << c.call;
}

// Every function of every binding of this stage (and every method of its
// classes), called with no arguments and with one, two and three of each
// kind of wrong value: each call returns or throws an Error, and the
// process is still here to count them. The fs binding gets every wrong value
// but strings: called with a string alone, unlink() would delete that file.
TEST_F(BadArgumentsTest, NoBindingFunctionCrashesOnAnyArgument) {
  std::string summary = Eval(R"(
    const junk = [undefined, null, -1, 1.5, NaN, 2 ** 53, '', 'x', {}, [], Symbol('s'),
                  () => {}, 10n, true, new Proxy({}, {})];
    const fresh = {
      TCP: () => new b.TCP(b.constants.SOCKET),
      Timer: () => new b.Timer(),
      Buffer: () => Buffer.from('receiver'),
    };
    let calls = 0, threw = 0, oddThrows = [];
    function attempt(label, fn) {
      calls++;
      try { fn(); } catch (e) {
        threw++;
        if (!(e instanceof Error)) oddThrows.push(label);
      }
    }
    function sweep(label, fn, receiver, isClass) {
      attempt(label + '()', () => isClass ? new fn() : fn.call(receiver()));
      for (const value of junk) {
        for (const count of [1, 2, 3]) {
          const args = Array(count).fill(value);
          attempt(`${label}(${String(value)} x${count})`,
                  () => isClass ? new fn(...args) : fn.apply(receiver(), args));
        }
      }
    }
    const none = () => undefined;
    const bindings = ['buffer', 'cares_wrap', 'fs', 'stream_wrap', 'tcp_wrap', 'timer_wrap',
                      'types', 'uv'];
    const allJunk = junk.slice();
    let functions = 0;
    for (const name of bindings) {
      junk.length = 0;
      junk.push(...allJunk.filter((v) => name !== 'fs' || typeof v !== 'string'));
      const binding = internalBinding(name);
      for (const [key, value] of Object.entries(binding)) {
        if (typeof value !== 'function') continue;
        const isClass = /^[A-Z]/.test(key);
        functions++;
        sweep(`${name}.${key}`, value, none, isClass);
        if (!isClass) continue;
        // Its static functions, and its prototype's methods on a fresh instance.
        for (const [name2, stat] of Object.entries(value)) {
          if (typeof stat === 'function') { functions++; sweep(`${key}.${name2}`, stat, none, false); }
        }
        const receiver = fresh[key] ?? (() => new value());
        for (const method of Object.getOwnPropertyNames(value.prototype)) {
          const d = Object.getOwnPropertyDescriptor(value.prototype, method);
          const fn = d.value ?? d.get;
          if (method === 'constructor' || typeof fn !== 'function') continue;
          functions++;
          sweep(`${key}.prototype.${method}`, fn, receiver, false);
          // And on a receiver of the wrong kind.
          attempt(`${key}.prototype.${method} on {}`, () => fn.call({}));
        }
      }
    }
    JSON.stringify({ functions: functions > 190, calls: calls > 5000, threw: threw > 1000,
                     oddThrows })
  )");
  EXPECT_EQ(summary, "{\"functions\":true,\"calls\":true,\"threw\":true,\"oddThrows\":[]}");
}

}  // namespace
}  // namespace bindings_test
