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
///       [1]  the first layer above the engine
///       [2]  the layer above that one ...
///
/// This stage only reserves the slots. Each layer above it numbers its own
/// slot as the one after the slot of the layer it stands on (stage 02's
/// Runtime takes kFirstLayerSlot), so no two layers take the same one and no
/// stage names the stages above it. Each layer offers `GetCurrent(info)`
/// over its slot, and that is the only way a native finds its state; a
/// native's own `data` is kept for per-function configuration (see
/// engine::SetMethod).
#pragma once

#include <v8.h>

namespace engine {

/// The index of a slot in a context's embedder data.
using ContextSlot = int;
/// The slot of the first layer above the engine (slot 0 is left unused).
constexpr ContextSlot kFirstLayerSlot = 1;
/// How many slots an Engine's context reserves: room for every layer.
constexpr int kContextSlotCount = 8;

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
