/// \file
/// How a native function finds the runtime it serves: through its context.
///
/// V8 calls a native (a C++ FunctionCallback) with its arguments, `this` and
/// the isolate, and nothing that says which runtime it belongs to. But V8
/// always calls a function inside the context that made it, and a context
/// carries an array of *embedder data* for the program that embeds V8. So
/// each layer that keeps per-context state stores a pointer to it in one slot
/// of that array, and every native of the layer reads it back from the
/// current context. Node does the same: `Environment::GetCurrent(args)` reads
/// the Environment from the slot `ContextEmbedderIndex::kEnvironment`.
///
///     v8::Context ── embedder data
///       [0]  unused
///       [1]  kRuntime  loop::Runtime         stage 02: the loop, the queues
///       [2]  kModules  pool::BuiltinModules  stage 03: the pool, require()
///       [3]  kRealm    bindings::Realm       stage 04: internalBinding()
///
/// The slots are numbered here, in one place, so no two layers can take the
/// same one. Each layer offers `GetCurrent(info)` over its own slot
/// (loop::Runtime::GetCurrent, bindings::Realm::GetCurrent), and that is the
/// only way a native finds its state; a native's own `data` is kept for
/// per-function configuration (see engine::SetMethod).
#pragma once

#include <v8.h>

namespace engine {

enum class ContextSlot : int {
  kRuntime = 1,
  kModules = 2,
  kRealm = 3,
};
/// One past the last slot: how many slots an Engine's context reserves.
constexpr int kContextSlotCount = 4;

/// Puts nullptr in every slot. The Engine does it when it makes its context,
/// so that reading the slot of a layer that is absent finds nullptr (V8
/// refuses to read a slot that has never been written).
void ReserveContextSlots(v8::Local<v8::Context> context);

/// Stores `state` in `slot` (nullptr clears it). The layer's object does it
/// in its constructor and clears it in its destructor.
void SetContextSlot(v8::Local<v8::Context> context, ContextSlot slot, void* state);

/// The pointer in `slot` of `context`; nullptr when there is no context, when
/// it reserved no slots (it was not made by an Engine) or when the layer is
/// absent.
void* GetContextSlot(v8::Local<v8::Context> context, ContextSlot slot);

/// The state in `slot` of the context the isolate is running now, which must
/// be there: a native is only ever defined in a context whose layers exist,
/// so its absence is a bug, and the process aborts with a message.
void* GetCurrentContextSlot(v8::Isolate* isolate, ContextSlot slot);

}  // namespace engine
