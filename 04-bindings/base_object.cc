#include "base_object.h"

#include "realm.h"

namespace bindings {

BaseObject::BaseObject(Realm& realm, v8::Local<v8::Object> object)
    : isolate_(realm.isolate()), realm_(&realm), object_(realm.isolate(), object) {
  object->SetAlignedPointerInInternalField(kSlot, this);
  position_ = realm.Track(this);
}

BaseObject::~BaseObject() {
  if (realm_ != nullptr) realm_->Untrack(position_);
  if (object_.IsEmpty()) return;  // collected: there is no JS object to clear
  v8::HandleScope handle_scope(isolate_);
  object()->SetAlignedPointerInInternalField(kSlot, nullptr);
  object_.Reset();  // also cancels the weak callback, if there was one
}

v8::Local<v8::Object> BaseObject::object() const { return object_.Get(isolate_); }

void BaseObject::MakeWeak() {
  object_.SetWeak(this, WeakCallback, v8::WeakCallbackType::kParameter);
}

void BaseObject::ClearWeak() { object_.ClearWeak(); }

BaseObject* BaseObject::FromObject(v8::Local<v8::Object> object) {
  if (object->InternalFieldCount() <= kSlot) return nullptr;
  return static_cast<BaseObject*>(object->GetAlignedPointerFromInternalField(kSlot));
}

void BaseObject::DetachFromRealm() {
  if (realm_ == nullptr) return;
  realm_->Untrack(position_);
  realm_ = nullptr;
}

void BaseObject::WeakCallback(const v8::WeakCallbackInfo<BaseObject>& info) {
  BaseObject* self = info.GetParameter();
  self->object_.Reset();  // V8 requires this first; the destructor then skips the JS side
  delete self;
}

}  // namespace bindings
