#include "context_slots.h"

#include <cstdio>
#include <cstdlib>

namespace engine {

void ReserveContextSlots(v8::Local<v8::Context> context) {
  for (int i = 0; i < kContextSlotCount; i++) {
    context->SetAlignedPointerInEmbedderData(i, nullptr);
  }
}

void SetContextSlot(v8::Local<v8::Context> context, ContextSlot slot, void* state) {
  context->SetAlignedPointerInEmbedderData(slot, state);
}

void* GetContextSlot(v8::Local<v8::Context> context, ContextSlot slot) {
  if (context.IsEmpty()) return nullptr;
  int index = slot;
  if (context->GetNumberOfEmbedderDataFields() <= static_cast<uint32_t>(index)) return nullptr;
  return context->GetAlignedPointerFromEmbedderData(index);
}

void* GetCurrentContextSlot(v8::Isolate* isolate, ContextSlot slot) {
  void* state = GetContextSlot(isolate->GetCurrentContext(), slot);
  if (state == nullptr) {
    std::fprintf(stderr, "fatal: a native ran in a context without the state of slot %d\n", slot);
    std::abort();
  }
  return state;
}

}  // namespace engine
