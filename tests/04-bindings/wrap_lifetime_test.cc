// GoogleTest for stage 04: who frees a wrapped C++ object, and when.
//
// A Probe is the smallest BaseObject: it counts its constructions and
// destructions. Scripts make probes, drop them and force a collection with
// gc() (the V8 flag --expose-gc); the counts say which C++ objects died, so
// a wrapper freed twice or never shows as a wrong number (and, under the
// sanitizers, as a double free or a leak).
#include <gtest/gtest.h>
#include <uv.h>

#include "base_object.h"
#include "realm_test.h"

namespace bindings_test {
namespace {

class Probe : public bindings::BaseObject {
 public:
  Probe(bindings::Realm& realm, v8::Local<v8::Object> object, bool weak)
      : BaseObject(realm, object) {
    created++;
    if (weak) MakeWeak();
  }
  ~Probe() override { destroyed++; }

  // new Probe(): weak unless given `false`.
  static void New(const v8::FunctionCallbackInfo<v8::Value>& info) {
    new Probe(bindings::Realm::GetCurrent(info), info.This(), !info[0]->IsFalse());
  }
  // probe.close(): the explicit end. A second call finds no C++ object.
  static void Close(const v8::FunctionCallbackInfo<v8::Value>& info) {
    delete Unwrap<Probe>(info.This());
  }
  static void IsAlive(const v8::FunctionCallbackInfo<v8::Value>& info) {
    info.GetReturnValue().Set(Unwrap<Probe>(info.This()) != nullptr);
  }

  static inline int created = 0;
  static inline int destroyed = 0;
};

class WrapLifetimeTest : public test_support::RealmTest {
 protected:
  WrapLifetimeTest() {
    Probe::created = Probe::destroyed = 0;
    v8::Local<v8::FunctionTemplate> klass = realm().NewClass("Probe", Probe::New);
    realm().SetProtoMethod(klass, "close", Probe::Close);
    realm().SetProtoMethod(klass, "isAlive", Probe::IsAlive);
    v8::Local<v8::Context> context = engine_.context();
    context->Global()
        ->Set(context, engine::ToV8String(isolate(), "Probe"),
              klass->GetFunction(context).ToLocalChecked())
        .Check();
  }
};

TEST_F(WrapLifetimeTest, TheCollectorFreesTheCppSideOfUnreachableObjects) {
  Eval("(() => { for (let i = 0; i < 1000; i++) new Probe(); })()");
  EXPECT_EQ(Probe::created, 1000);
  EXPECT_EQ(Probe::destroyed, 0);  // unreachable, but not collected yet
  EXPECT_EQ(realm().base_object_count(), 1000u);
  Eval("gc()");
  EXPECT_EQ(Probe::destroyed, 1000);
  EXPECT_EQ(realm().base_object_count(), 0u);
}

TEST_F(WrapLifetimeTest, ObjectsAScriptStillHoldsSurvive) {
  Eval(
      "globalThis.kept = [];"
      "for (let i = 0; i < 100; i++) { const p = new Probe(); if (i % 2) kept.push(p); }");
  Eval("gc()");
  EXPECT_EQ(Probe::destroyed, 50);
  EXPECT_EQ(Eval("kept.every((p) => p.isAlive())"), "true");
  Eval("kept = null; gc()");
  EXPECT_EQ(Probe::destroyed, 100);
}

TEST_F(WrapLifetimeTest, AnExplicitEndFreesAtOnceAndTheCollectorNeverFreesTwice) {
  EXPECT_EQ(Eval("globalThis.p = new Probe(); p.close(); p.isAlive()"), "false");
  EXPECT_EQ(Probe::destroyed, 1);
  // The JS object is a shell now: its methods find no C++ object.
  EXPECT_EQ(Eval("p.close(); p.isAlive()"), "false");
  Eval("delete globalThis.p; gc()");
  EXPECT_EQ(Probe::destroyed, 1);
  EXPECT_EQ(realm().base_object_count(), 0u);
}

TEST_F(WrapLifetimeTest, StrongObjectsAreLeftAloneByTheCollectorAndEndWithTheRealm) {
  Eval("for (let i = 0; i < 10; i++) new Probe(false)");
  Eval("gc()");
  EXPECT_EQ(Probe::destroyed, 0);
  EndRealm();  // V8 runs no weak callbacks at exit; the realm frees what is left
  EXPECT_EQ(Probe::destroyed, 10);
}

TEST_F(WrapLifetimeTest, AHandleIsFreedByItsCloseCallbackNotByTheCollector) {
  EXPECT_EQ(RunProgram("const { Timer } = internalBinding('timer_wrap');"
                       "(() => { new Timer(); })();"  // open, dropped, never closed
                       "gc();"),
            0);
  EXPECT_EQ(realm().base_object_count(), 1u);  // an open handle keeps its wrapper
  EXPECT_EQ(RunProgram("const t = new Timer();"
                       "t.close(function () { log.push(this === t ? 'closed' : 'wrong this'); });"
                       "t.close(() => log.push('closed twice'));"),
            0);
  EXPECT_EQ(Log(), "closed");
  EXPECT_EQ(realm().base_object_count(), 1u);  // only the one never closed
}

TEST_F(WrapLifetimeTest, TheRealmClosesOpenHandlesAndTheLoopEndsEmpty) {
  Eval(
      "const { Timer } = internalBinding('timer_wrap');"
      "const { TCP, constants } = internalBinding('tcp_wrap');"
      "globalThis.t = new Timer(); t.start(100000);"
      "globalThis.server = new TCP(constants.SERVER);"
      "server.bind('127.0.0.1', 0); server.listen(1);");
  EXPECT_EQ(realm().base_object_count(), 2u);
  EndRealm();
  // The close callbacks run in the next turn; then nothing is left.
  uv_run(runtime_->uv_loop(), UV_RUN_NOWAIT);
  EXPECT_EQ(uv_loop_alive(runtime_->uv_loop()), 0);
}

TEST_F(WrapLifetimeTest, RequestsInFlightAtTheEndCompleteWithoutCallingJavaScript) {
  Eval(
      "const { TCP, TCPConnectWrap, constants } = internalBinding('tcp_wrap');"
      "const { WriteWrap } = internalBinding('stream_wrap');"
      "globalThis.server = new TCP(constants.SERVER);"
      "server.bind('127.0.0.1', 0); server.listen(1);"
      "const address = {}; server.getsockname(address);"
      "globalThis.client = new TCP(constants.SOCKET);"
      "const req = new TCPConnectWrap();"
      "req.oncomplete = () => log.push('connected');"
      "client.connect(req, '127.0.0.1', address.port);"
      "const write = new WriteWrap();"
      "write.oncomplete = () => log.push('written');"
      "client.writeUtf8String(write, 'queued behind the connect');");
  EndRealm();  // the connect and the write are still pending
  uv_run(runtime_->uv_loop(), UV_RUN_NOWAIT);
  EXPECT_EQ(uv_loop_alive(runtime_->uv_loop()), 0);
}

TEST_F(WrapLifetimeTest, AFileRequestRunningAtTheEndIsWaitedFor) {
  Eval(
      "const fs = internalBinding('fs');"
      "const req = new fs.FSReqCallback();"
      "req.oncomplete = () => log.push('never: the realm ends first');"
      "fs.open('.', 0, 0, req);");
  EXPECT_EQ(realm().base_object_count(), 1u);
  EndRealm();  // cancels the request, or waits for its worker to finish
  EXPECT_EQ(uv_loop_alive(runtime_->uv_loop()), 0);
}

TEST_F(WrapLifetimeTest, AFileRequestCompletesThroughOncomplete) {
  EXPECT_EQ(RunProgram("const { FSReqCallback, open, close } = internalBinding('fs');"
                       "const req = new FSReqCallback();"
                       "req.oncomplete = (err, fd) => {"
                       "  log.push(err === null, typeof fd);"
                       "  close(fd);"  // synchronously: no request
                       "};"
                       "open('.', 0, 0, req);"
                       "log.push('queued');"),
            0);
  EXPECT_EQ(Log(), "queued true number");
  EXPECT_EQ(realm().base_object_count(), 0u);
}

TEST_F(WrapLifetimeTest, AStartedTimerKeepsTheLoopAliveUnlessUnrefd) {
  EXPECT_EQ(
      RunProgram("const { Timer } = internalBinding('timer_wrap');"
                 "const t = new Timer();"
                 "t.ontimeout = function () { log.push(this === t ? 'fired' : '?'); t.close(); };"
                 "log.push(t.start(1, 0), t.hasRef());"),
      0);
  EXPECT_EQ(Log(), "0 true fired");
  EXPECT_EQ(RunProgram("const u = new Timer();"
                       "u.ontimeout = () => log.push('never');"
                       "u.start(100000); u.unref(); log.push(u.hasRef());"),
            0);
  EXPECT_EQ(Log(), "0 true fired false");
}

TEST_F(WrapLifetimeTest, ARepeatingTimerFiresUntilStopped) {
  EXPECT_EQ(RunProgram("const { Timer } = internalBinding('timer_wrap');"
                       "const t = new Timer(); let n = 0;"
                       "t.ontimeout = () => { log.push(++n); if (n === 3) t.close(); };"
                       "t.start(1, 1);"),
            0);
  EXPECT_EQ(Log(), "1 2 3");
}

}  // namespace
}  // namespace bindings_test
