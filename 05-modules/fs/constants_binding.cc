/// \file
/// The `constants` binding's `fs` part: the numbers of open(2), stat(2),
/// access(2) and libuv's file calls, as `fs.constants` shows them. (Node:
/// src/node_constants.cc, whose binding also holds the os, crypto and zlib
/// constants; here the os ones live in the `os` binding.)
///
///     internalBinding('constants').fs   { O_RDONLY, O_CREAT, ..., S_IFMT, ...,
///                                         F_OK, ..., COPYFILE_EXCL, UV_DIRENT_* }
///
/// They come from the system headers at build time, so a script never has to
/// know that O_CREAT is 64 on Linux and 512 on macOS. The order is Node's,
/// which `console.log(fs.constants)` shows.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <uv.h>
#include <v8.h>

#include "binding_registry.h"
#include "realm.h"

namespace modules {
namespace {

using bindings::Realm;

struct Constant {
  const char* name;
  int value;
};

// clang-format off
const Constant kFsConstants[] = {
    {"UV_FS_SYMLINK_DIR", UV_FS_SYMLINK_DIR}, {"UV_FS_SYMLINK_JUNCTION", UV_FS_SYMLINK_JUNCTION},
    {"O_RDONLY", O_RDONLY}, {"O_WRONLY", O_WRONLY}, {"O_RDWR", O_RDWR},
    {"UV_DIRENT_UNKNOWN", UV_DIRENT_UNKNOWN}, {"UV_DIRENT_FILE", UV_DIRENT_FILE},
    {"UV_DIRENT_DIR", UV_DIRENT_DIR}, {"UV_DIRENT_LINK", UV_DIRENT_LINK},
    {"UV_DIRENT_FIFO", UV_DIRENT_FIFO}, {"UV_DIRENT_SOCKET", UV_DIRENT_SOCKET},
    {"UV_DIRENT_CHAR", UV_DIRENT_CHAR}, {"UV_DIRENT_BLOCK", UV_DIRENT_BLOCK},
    // How a file without an extension is loaded (Node's module loader).
    {"EXTENSIONLESS_FORMAT_JAVASCRIPT", 0}, {"EXTENSIONLESS_FORMAT_WASM", 1},
    {"S_IFMT", S_IFMT}, {"S_IFREG", S_IFREG}, {"S_IFDIR", S_IFDIR}, {"S_IFCHR", S_IFCHR},
    {"S_IFBLK", S_IFBLK}, {"S_IFIFO", S_IFIFO}, {"S_IFLNK", S_IFLNK}, {"S_IFSOCK", S_IFSOCK},
    {"O_CREAT", O_CREAT}, {"O_EXCL", O_EXCL}, {"UV_FS_O_FILEMAP", UV_FS_O_FILEMAP},
    {"O_NOCTTY", O_NOCTTY}, {"O_TRUNC", O_TRUNC}, {"O_APPEND", O_APPEND},
    {"O_DIRECTORY", O_DIRECTORY}, {"O_NOATIME", O_NOATIME}, {"O_NOFOLLOW", O_NOFOLLOW},
    {"O_SYNC", O_SYNC}, {"O_DSYNC", O_DSYNC}, {"O_DIRECT", O_DIRECT}, {"O_NONBLOCK", O_NONBLOCK},
    {"S_IRWXU", S_IRWXU}, {"S_IRUSR", S_IRUSR}, {"S_IWUSR", S_IWUSR}, {"S_IXUSR", S_IXUSR},
    {"S_IRWXG", S_IRWXG}, {"S_IRGRP", S_IRGRP}, {"S_IWGRP", S_IWGRP}, {"S_IXGRP", S_IXGRP},
    {"S_IRWXO", S_IRWXO}, {"S_IROTH", S_IROTH}, {"S_IWOTH", S_IWOTH}, {"S_IXOTH", S_IXOTH},
    {"F_OK", F_OK}, {"R_OK", R_OK}, {"W_OK", W_OK}, {"X_OK", X_OK},
    {"UV_FS_COPYFILE_EXCL", UV_FS_COPYFILE_EXCL}, {"COPYFILE_EXCL", UV_FS_COPYFILE_EXCL},
    {"UV_FS_COPYFILE_FICLONE", UV_FS_COPYFILE_FICLONE},
    {"COPYFILE_FICLONE", UV_FS_COPYFILE_FICLONE},
    {"UV_FS_COPYFILE_FICLONE_FORCE", UV_FS_COPYFILE_FICLONE_FORCE},
    {"COPYFILE_FICLONE_FORCE", UV_FS_COPYFILE_FICLONE_FORCE},
};
// clang-format on

void InitializeConstants(Realm& realm, v8::Local<v8::Object> exports) {
  v8::Isolate* isolate = realm.isolate();
  v8::Local<v8::Context> context = realm.context();
  // Null-prototype objects, as Node's: no inherited names among the constants.
  v8::Local<v8::Object> fs = v8::Object::New(isolate, v8::Null(isolate), nullptr, nullptr, 0);
  for (const Constant& constant : kFsConstants) {
    fs->CreateDataProperty(context, realm.Name(constant.name),
                           v8::Integer::New(isolate, constant.value))
        .Check();
  }
  exports->CreateDataProperty(context, realm.Name("fs"), fs).Check();
}

}  // namespace
}  // namespace modules

namespace bindings {
BINDING_REGISTER(constants, modules::InitializeConstants);
}  // namespace bindings
