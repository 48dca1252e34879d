// GoogleTest for stage 04: uv errors as JavaScript errors, in Node's shapes.
#include <gtest/gtest.h>
#include <uv.h>

#include "node_errors.h"
#include "realm_test.h"
#include "support/uv_errors.h"

namespace bindings_test {
namespace {

class ErrorsTest : public test_support::RealmTest {
 protected:
  // The message and own properties of an error, "message | key=value ...".
  std::string Fields(const std::string& expression) {
    return Eval("((e) => [e.message, ...Object.keys(e).map((k) => `${k}=${e[k]}`)].join(' | '))(" +
                expression + ")");
  }
};

TEST_F(ErrorsTest, AFileSystemErrorNamesThePathsItWasAbout) {
  EXPECT_EQ(Fields("internalBinding('uv').uvException(-2, 'open', 'a.txt')"),
            "ENOENT: no such file or directory, open 'a.txt' | errno=-2 | code=ENOENT | "
            "syscall=open | path=a.txt");
  EXPECT_EQ(Fields("internalBinding('uv').uvException(-17, 'rename', 'a', 'b')"),
            "EEXIST: file already exists, rename 'a' -> 'b' | errno=-17 | code=EEXIST | "
            "syscall=rename | path=a | dest=b");
  EXPECT_EQ(Fields("internalBinding('uv').uvException(-9, 'close')"),
            "EBADF: bad file descriptor, close | errno=-9 | code=EBADF | syscall=close");
}

TEST_F(ErrorsTest, ASocketErrorNamesTheAddressAndPort) {
  EXPECT_EQ(Fields("internalBinding('uv').exceptionWithHostPort(-111, 'connect', "
                   "'127.0.0.1', 1)"),
            "connect ECONNREFUSED 127.0.0.1:1 | errno=-111 | code=ECONNREFUSED | "
            "syscall=connect | address=127.0.0.1 | port=1");
  // Node's listen errors carry the description, and list `code` first.
  EXPECT_EQ(Fields("internalBinding('uv').uvExceptionWithHostPort(-98, 'listen', "
                   "'127.0.0.1', 8000)"),
            "listen EADDRINUSE: address already in use 127.0.0.1:8000 | code=EADDRINUSE | "
            "errno=-98 | syscall=listen | address=127.0.0.1 | port=8000");
  // Port 0 (or none) is left out of the message and the properties.
  EXPECT_EQ(Fields("internalBinding('uv').exceptionWithHostPort(-13, 'bind', '::1', 0)"),
            "bind EACCES ::1 | errno=-13 | code=EACCES | syscall=bind | address=::1");
}

TEST_F(ErrorsTest, ErrorNamesComeFromLibuv) {
  EXPECT_EQ(
      Eval("const uv = internalBinding('uv'); [uv.errname(uv.UV_EOF), uv.errname(-2)].join()"),
      "EOF,ENOENT");
  EXPECT_EQ(Eval("internalBinding('uv').errname(-99999)"), "Unknown system error -99999");
  EXPECT_EQ(Eval("internalBinding('uv').getErrorMap().get(-2).join()"),
            "ENOENT,no such file or directory");
  EXPECT_EQ(Eval("internalBinding('uv').UV_EADDRINUSE"), std::to_string(UV_EADDRINUSE));
}

TEST_F(ErrorsTest, CppCallersGetTheSameErrors) {
  v8::HandleScope scope(isolate());
  v8::Local<v8::Object> error = errors::UvException(isolate(), UV_ENOENT, "stat", "x");
  EXPECT_EQ(Describe(error), "Error [ENOENT]: ENOENT: no such file or directory, stat 'x'");
  EXPECT_EQ(errors::UvErrorName(UV_ECONNRESET), "ECONNRESET");
  EXPECT_EQ(errors::UvErrorName(-123456), "Unknown system error -123456");
}

TEST_F(ErrorsTest, ArgumentErrorsUseNodesWording) {
  v8::HandleScope scope(isolate());
  auto message = [&](auto throw_it) {
    v8::TryCatch try_catch(isolate());
    EXPECT_FALSE(throw_it());  // every Throw... returns false
    return Describe(try_catch.Exception());
  };
  v8::Local<v8::Value> five = v8::Integer::New(isolate(), 5);
  EXPECT_EQ(message([&] {
              return errors::Throw(
                  isolate(), errors::InvalidArgType(isolate(), "path", "be of type string", five));
            }),
            "TypeError [ERR_INVALID_ARG_TYPE]: The \"path\" argument must be of type string. "
            "Received type number (5)");
  EXPECT_EQ(message([&] {
              return errors::Throw(isolate(), errors::InvalidArgType(isolate(), "options.flag",
                                                                     "be of type string", five));
            }),
            "TypeError [ERR_INVALID_ARG_TYPE]: The \"options.flag\" property must be of type "
            "string. Received type number (5)");
  EXPECT_EQ(message([&] {
              return errors::Throw(isolate(), errors::InvalidArgType(isolate(), "first argument",
                                                                     "be of type string", five));
            }),
            "TypeError [ERR_INVALID_ARG_TYPE]: The first argument must be of type string. "
            "Received type number (5)");
  EXPECT_EQ(message([&] {
              return errors::Throw(isolate(), errors::OutOfRange(isolate(), "size", ">= 0", "-1"));
            }),
            "RangeError [ERR_OUT_OF_RANGE]: The value of \"size\" is out of range. It must be >= "
            "0. Received -1");
}

TEST_F(ErrorsTest, AThrownArgumentErrorShowsItsCodeInTheStack) {
  EXPECT_EQ(Eval("try { internalBinding(1) } catch (e) { e.stack.split('\\n')[0] }"),
            "TypeError [ERR_INVALID_ARG_TYPE]: The \"module\" argument must be of type string. "
            "Received type number (1)");
  EXPECT_EQ(Eval("try { internalBinding(1) } catch (e) { e.name }"), "TypeError");
}

}  // namespace
}  // namespace bindings_test
