/// \file
/// The `errors` binding: triggerUncaughtException(error). (Node:
/// src/node_errors.cc, whose binding has the same function.)
///
/// Most uncaught exceptions reach stage 02 by themselves: a callback from
/// the loop throws, and the Runtime sees it in its v8::TryCatch. An ES
/// module's error does not: V8 turns what the main module throws into the
/// rejection of the promise that Module::Evaluate returned. The ESM loader
/// catches that rejection and hands the error here, so that it follows the
/// same road as any other uncaught exception: 'uncaughtException'
/// listeners first, else the report (with the source line V8 recorded for
/// the error) and exit code 1.
#include <v8.h>

#include "binding_registry.h"
#include "bootstrap.h"
#include "realm.h"

namespace modules {
namespace {

/// triggerUncaughtException(error, fromPromise): `fromPromise` makes the
/// origin 'uncaughtException' listeners see 'unhandledRejection', as Node's.
void TriggerUncaughtException(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  bindings::Realm& realm = bindings::Realm::GetCurrent(info);
  SetNextUncaughtOrigin(realm, info[1]->IsTrue() ? "unhandledRejection" : "uncaughtException");
  // For an Error, V8 rebuilds the message (the file, line and column of the
  // throw) from what it stored in the object when it was thrown.
  realm.runtime().EndWithUncaughtException(info[0], v8::Exception::CreateMessage(isolate, info[0]));
  SetNextUncaughtOrigin(realm, "uncaughtException");
}

void InitializeErrors(bindings::Realm& realm, v8::Local<v8::Object> exports) {
  realm.SetMethod(exports, "triggerUncaughtException", TriggerUncaughtException, 2);
}

}  // namespace
}  // namespace modules

namespace bindings {
BINDING_REGISTER(errors, modules::InitializeErrors);
}  // namespace bindings
