/// \file
/// FileHandle: what fs.promises.open() resolves to. (Node:
/// lib/internal/fs/promises.js and the FileHandle class of node_file.cc.)
///
/// The callback API passes file descriptors around as plain numbers; the
/// promise API wraps the descriptor in an object whose methods are the
/// operations on it:
///
///     const file = await fs.promises.open('log.txt', 'a');
///     await file.write('one line\n');
///     const { size } = await file.stat();
///     await file.close();            // file.fd is -1 from now on
///
/// The descriptor lives in an internal field; `fd` is a getter. After
/// close(), every method rejects with Node's "file closed" error (code
/// EBADF) and a second close() does nothing. The methods themselves are pool
/// functions defined by the fs module (fs_module.cc).
///
/// Node also closes a FileHandle that the garbage collector finds still
/// open (with a warning). This one does not: a handle that is never closed
/// keeps its descriptor until exit. A weak handle could do it, as the Hash
/// of crypto_module.cc frees its OpenSSL context when collected; the close
/// itself would have to go to the pool, from a weak callback that may not
/// call JavaScript (the chapter's exercise 6).
#pragma once

#include <v8.h>

namespace pool {

class FileHandles {
 public:
  /// Creates the FileHandle class; returns its prototype, for the methods.
  v8::Local<v8::Object> Install(v8::Local<v8::Context> context);

  /// A new FileHandle for `fd`.
  v8::Local<v8::Object> New(v8::Local<v8::Context> context, int fd);

  /// Whether `value` is a FileHandle.
  bool Is(v8::Isolate* isolate, v8::Local<v8::Value> value) const {
    return class_.Get(isolate)->HasInstance(value);
  }

  /// The descriptor of the FileHandle `value`. Throws (and returns false)
  /// when `value` is not a FileHandle, or, naming `syscall`, when it is
  /// closed. (`syscall` nullptr: a closed handle gives *fd = -1.)
  bool FdOf(v8::Local<v8::Context> context, v8::Local<v8::Value> value, const char* syscall,
            int* fd);

  /// Marks the handle closed: `fd` reads -1 from now on.
  void MarkClosed(v8::Local<v8::Value> value);

 private:
  static void GetFd(const v8::FunctionCallbackInfo<v8::Value>& info);

  v8::Global<v8::FunctionTemplate> class_;
};

}  // namespace pool
