/// \file
/// BaseObject: a C++ object tied to a JavaScript object, and the rules of
/// ownership across a garbage collector. (Node: src/base_object.h.)
///
/// A native class such as TCP has two halves: the JS object a script holds,
/// and a C++ object with the real state (a uv_tcp_t, counters). They point
/// at each other:
///
///     JS object  ── internal field 0 ──>  C++ object   a raw pointer, in a slot
///                                                      V8 reserves and never reads
///     JS object  <── v8::Global ───────   C++ object   a handle the GC knows about
///
/// The internal field is declared on the class's template
/// (SetInternalFieldCount) and is invisible to scripts. The Global is either
/// **strong** (the C++ side keeps the JS object alive) or **weak** (it does
/// not; when the GC collects the JS object, V8 calls us back).
///
/// Who owns whom, and when each side dies:
///
///     weak (MakeWeak)          the JS object owns the C++ object. When the
///                              script drops the last reference, the GC
///                              collects the JS object, V8 calls
///                              WeakCallback(), and that deletes the C++ object.
///     strong (the default)     the C++ object keeps the JS object alive, as
///                              it must while libuv may still call back into
///                              it: an open handle, a request in flight. It
///                              dies *explicitly*: `delete this` when the
///                              handle is closed or the request completes.
///
/// **Never both.** The explicit path Reset()s the Global in the destructor,
/// which cancels any weak callback; and it clears the internal field, so the
/// JS object left behind is an empty shell whose methods find no C++ object
/// (they report EBADF or do nothing) instead of touching freed memory. The
/// GC path, conversely, runs only once the JS object is unreachable, when no
/// script can call close() on it any more.
///
/// A third way to die is the end of the program: V8 runs no weak callbacks
/// when an isolate is disposed, so the Realm (realm.h) keeps a list of every
/// BaseObject alive and ends each with OnRealmTeardown().
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
