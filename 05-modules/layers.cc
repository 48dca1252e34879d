/// \file
/// RunWithLayers: the start-up shared by the runtime and the code cache
/// generator (see layers.h).
#include "layers.h"

#include "modules.h"
#include "thread_pool.h"

namespace modules {

int RunWithLayers(const engine::CommandLine& cmd, const engine::StageInfo& stage,
                  const std::vector<bindings::BindingList>& binding_lists,
                  const std::function<int(StartedLayers& started)>& body) {
  engine::Engine engine;
  v8::Isolate::Scope isolate_scope(engine.isolate());
  v8::HandleScope handle_scope(engine.isolate());
  v8::Context::Scope context_scope(engine.context());

  loop::Runtime runtime(engine, cmd, stage);
  pool::ThreadPool thread_pool(runtime);
  pool::BuiltinModules native_modules(runtime, thread_pool);
  bindings::Realm realm(runtime, native_modules, binding_lists);
  realm.Bootstrap();

  StartedLayers started{engine, runtime, realm};
  int exit_code = body(started);
  // Work still on the pool is cancelled or waited for before the Runtime
  // goes (with nothing in flight this does nothing).
  thread_pool.Shutdown(exit_code);
  return exit_code;
}  // the Realm ends its objects; the modules, the pool, the Runtime, the engine go

}  // namespace modules
