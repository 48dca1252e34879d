/// \file
/// BaseObject: a C++ object tied to a JavaScript object, and the rules of
/// ownership across a garbage collector. (Node: src/base_object.h.)
///
/// A native class such as TCP has two halves: the JS object a script holds,
/// and this C++ object with the real state. The JS object holds the C++ one
/// in internal field 0 (a raw pointer V8 never reads); the C++ object holds
/// the JS one in a v8::Global, weak (MakeWeak: the GC may collect the JS
/// object, and WeakCallback() deletes the C++ one) or strong (the default:
/// the C++ object keeps the JS one alive and is deleted explicitly, when its
/// handle is closed or its request completes). An object dies by the GC or
/// by an explicit delete, never both: the destructor cancels the weak
/// callback and clears the internal field. The Realm (realm.h) ends every
/// BaseObject still alive when the program ends.
///
/// Why each rule, and the life cycle of each kind of wrap with its picture,
/// are told once, in the chapter: 04-bindings/README.md, "Who owns whom".
#pragma once

#include <v8.h>

#include <list>

namespace bindings {

class Realm;

class BaseObject {
 public:
  /// The internal field that points to the C++ object.
  static constexpr int kSlot = 0;
  /// What a wrapped class's instance template needs (SetInternalFieldCount).
  static constexpr int kInternalFieldCount = 1;

  /// Ties this C++ object to `object` (an instance of a template with
  /// kInternalFieldCount fields): strongly, until MakeWeak().
  BaseObject(Realm& realm, v8::Local<v8::Object> object);
  /// Clears the internal field (if the JS object is still alive) and resets
  /// the Global, which cancels the weak callback.
  virtual ~BaseObject();

  BaseObject(const BaseObject&) = delete;
  BaseObject& operator=(const BaseObject&) = delete;

  /// The JS object; empty once the GC has collected it.
  v8::Local<v8::Object> object() const;
  v8::Isolate* isolate() const { return isolate_; }
  /// The realm this object lives in; nullptr once the realm has ended, when
  /// an object still waits for libuv to let it go (see OnRealmTeardown()).
  Realm* realm() const { return realm_; }

  /// Lets the GC collect the JS object; the C++ object is then deleted.
  void MakeWeak();
  /// Keeps the JS object alive again (for as long as C++ needs it).
  void ClearWeak();
  bool IsWeak() const { return object_.IsWeak(); }

  /// The C++ object behind `object`, or nullptr when it has none (it was
  /// closed, or it is not a wrapper at all). The caller must know the type:
  /// a v8::Signature on the method, or FunctionTemplate::HasInstance(),
  /// guarantees that `object` was made from T's template.
  template <typename T>
  static T* Unwrap(v8::Local<v8::Object> object) {
    return static_cast<T*>(FromObject(object));
  }
  static BaseObject* FromObject(v8::Local<v8::Object> object);

  /// The realm is ending and this object is still alive. The default deletes
  /// it; a handle must first be closed by libuv (HandleWrap overrides this).
  virtual void OnRealmTeardown() { delete this; }

 protected:
  /// Leaves the realm's list without dying: for objects that end later, when
  /// libuv has let them go, after the realm is gone.
  void DetachFromRealm();

 private:
  /// V8's weak callback: the JS object is being collected. It runs in the
  /// middle of a garbage collection and may not call into V8, except to
  /// Reset() the handle; deleting a C++ object is fine.
  static void WeakCallback(const v8::WeakCallbackInfo<BaseObject>& info);

  v8::Isolate* isolate_;
  Realm* realm_;
  v8::Global<v8::Object> object_;
  std::list<BaseObject*>::iterator position_;  ///< this object's entry in the realm's list

  friend class Realm;
};

}  // namespace bindings
