/// \file
/// The `contextify` binding: compile a user's module as a function. (Node:
/// src/node_contextify.cc, whose binding also makes `vm` contexts.)
///
/// CommonJS runs a file as the body of a function, so that its `var`s are
/// local and it receives `exports`, `require`, `module`, `__filename` and
/// `__dirname` as parameters. Node once did this by pasting the source
/// between "(function (exports, require, ...) {" and "\n})"; today it asks
/// V8 to compile the text as a function body with named parameters
/// (v8::ScriptCompiler::CompileFunction), so line and column numbers in
/// stack traces are the file's own. The loader
/// (lib/internal/modules/cjs/loader.js) calls:
///
///     compileFunction(code, filename, lineOffset, columnOffset,
///                     cachedData, produceCachedData, parsingContext,
///                     contextExtensions, params, referrer)  ->  { function }
///
/// with Node's argument order; this stage supports the first four,
/// `params` and `referrer`, and expects the others to be undefined (no code
/// cache, no `vm` contexts yet).
///
/// The REPL needs the other way of running code: as a *script* in the global
/// scope, so that a `let` or `class` typed on one line is still there on the
/// next (a function body would forget it, and an indirect eval would keep
/// its `let`s to itself). `runInThisContext(code, filename)` compiles the
/// text as a classic script and runs it, returning the completion value of
/// its last statement, or throwing what it threw. (Node offers this as
/// vm.Script#runInThisContext.) With a third argument `true` it only
/// compiles: undefined if the text is a valid script, else [error, source
/// line, start column, end column] of the SyntaxError, which the REPL
/// needs to tell "incomplete, read another line" from "wrong", and to draw
/// the ^^^ under the offending token.
///
/// `referrer` (a string: the file's name) is what an import() inside the
/// function resolves against. It goes into the script's *host-defined
/// options*, a PrimitiveArray that V8 keeps with the compiled code and
/// hands back to the host's import() callback (module_wrap.cc). Node puts
/// an id there that its loader maps to the file; we put the name itself.
#include <v8.h>

#include <vector>

#include "binding_registry.h"
#include "engine.h"
#include "node_errors.h"
#include "realm.h"
#include "support/uv_errors.h"
#include "support/validate.h"

namespace modules {
namespace {

using bindings::Realm;

void CompileFunction(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  Realm& realm = Realm::GetCurrent(info);
  v8::Local<v8::Context> context = realm.context();
  int64_t line_offset = 0;
  int64_t column_offset = 0;
  std::string filename;
  if (!info[0]->IsString()) {
    errors::Throw(isolate, errors::InvalidArgType(isolate, "code", "be of type string", info[0]));
    return;
  }
  if (!pool::ValidateString(isolate, info[1], "filename", &filename) ||
      !pool::ValidateInteger(isolate, info[2], "lineOffset", -(1 << 30), 1 << 30, &line_offset) ||
      !pool::ValidateInteger(isolate, info[3], "columnOffset", -(1 << 30), 1 << 30,
                             &column_offset)) {
    return;
  }
  std::vector<v8::Local<v8::String>> params;
  if (!info[8]->IsUndefined()) {
    if (!info[8]->IsArray()) {
      errors::Throw(isolate,
                    errors::InvalidArgType(isolate, "params", "be an instance of Array", info[8]));
      return;
    }
    v8::Local<v8::Array> names = info[8].As<v8::Array>();
    for (uint32_t i = 0; i < names->Length(); i++) {
      v8::Local<v8::Value> name;
      if (!names->Get(context, i).ToLocal(&name)) return;
      if (!name->IsString()) {
        errors::Throw(isolate,
                      errors::InvalidArgType(isolate, "params", "be an Array of strings", name));
        return;
      }
      params.push_back(name.As<v8::String>());
    }
  }

  v8::Local<v8::PrimitiveArray> host_options = v8::PrimitiveArray::New(isolate, 1);
  if (info[9]->IsString()) host_options->Set(isolate, 0, info[9].As<v8::String>());
  v8::ScriptOrigin origin(isolate, engine::ToV8String(isolate, filename),
                          static_cast<int>(line_offset), static_cast<int>(column_offset),
                          /*resource_is_shared_cross_origin=*/false, /*script_id=*/-1,
                          /*source_map_url=*/{}, /*resource_is_opaque=*/false, /*is_wasm=*/false,
                          /*is_module=*/false, host_options);
  v8::ScriptCompiler::Source source(info[0].As<v8::String>(), origin);
  v8::Local<v8::Function> function;
  if (!v8::ScriptCompiler::CompileFunction(context, &source, params.size(), params.data())
           .ToLocal(&function)) {
    return;  // a SyntaxError, on its way to the loader
  }
  v8::Local<v8::Object> result = v8::Object::New(isolate);
  result->CreateDataProperty(context, realm.Name("function"), function).Check();
  info.GetReturnValue().Set(result);
}

void RunInThisContext(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = Realm::GetCurrent(info).context();
  if (!info[0]->IsString() || !info[1]->IsString()) {
    errors::Throw(isolate, errors::InvalidArgType(isolate, "code", "be of type string", info[0]));
    return;
  }
  v8::Local<v8::PrimitiveArray> host_options = v8::PrimitiveArray::New(isolate, 1);
  host_options->Set(isolate, 0, info[1].As<v8::String>());  // import() resolves from here
  v8::ScriptOrigin origin(isolate, info[1], 0, 0, false, -1, {}, false, false, false, host_options);
  v8::ScriptCompiler::Source source(info[0].As<v8::String>(), origin);
  v8::Local<v8::Script> script;
  v8::Local<v8::Value> result;
  if (info[2]->IsTrue()) {
    v8::TryCatch try_catch(isolate);
    if (v8::ScriptCompiler::Compile(context, &source).ToLocal(&script)) return;
    v8::Local<v8::Message> message = try_catch.Message();
    v8::Local<v8::String> line = v8::String::Empty(isolate);
    if (!message.IsEmpty() && !message->GetSourceLine(context).ToLocal(&line)) {
      line = v8::String::Empty(isolate);
    }
    v8::Local<v8::Value> report[] = {
        try_catch.Exception(), line,
        v8::Integer::New(isolate, message.IsEmpty() ? 0 : message->GetStartColumn()),
        v8::Integer::New(isolate, message.IsEmpty() ? 0 : message->GetEndColumn())};
    info.GetReturnValue().Set(v8::Array::New(isolate, report, 4));
    return;
  }
  if (!v8::ScriptCompiler::Compile(context, &source).ToLocal(&script) ||
      !script->Run(context).ToLocal(&result)) {
    return;  // the exception is pending: the caller's catch sees it
  }
  info.GetReturnValue().Set(result);
}

void InitializeContextify(Realm& realm, v8::Local<v8::Object> exports) {
  realm.SetMethod(exports, "compileFunction", CompileFunction, 10);
  realm.SetMethod(exports, "runInThisContext", RunInThisContext, 3);
}

}  // namespace
}  // namespace modules

namespace bindings {
BINDING_REGISTER(contextify, modules::InitializeContextify);
}  // namespace bindings
