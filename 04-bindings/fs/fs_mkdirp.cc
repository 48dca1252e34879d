/// \file
/// mkdir(path, mode, true): `mkdir -p`, the one fs native that is several
/// system calls. It answers with the topmost directory it made (or
/// undefined when `path` was there already), which fs.mkdirSync returns.
///
/// The walk keeps a stack of directories still to make: `path` first, and
/// each time mkdir() says a parent is missing (ENOENT), that parent on top.
/// A directory that exists already is fine; a file in the way is not.
///
/// Node runs the queued form as a chain of uv_fs_mkdir requests on the
/// loop, one trip to the pool per directory. Here the whole walk is one job
/// on a worker (FsReq::QueueWork), with libuv's calls in their synchronous
/// form: fewer trips, and the same code for both forms.
#include <sys/stat.h>
#include <uv.h>

#include <string>
#include <vector>

#include "fs/fs_binding.h"

namespace bindings {
namespace fs {
namespace {

/// A synchronous uv_fs call's request, cleaned up at the end of its scope.
struct SyncRequest {
  uv_fs_t req;
  ~SyncRequest() { uv_fs_req_cleanup(&req); }
};

}  // namespace

int MakeDirectories(const std::string& path, int mode, std::string* first_created) {
  std::vector<std::string> pending = {path};
  while (!pending.empty()) {
    const std::string directory = pending.back();
    SyncRequest mkdir;
    int err = uv_fs_mkdir(nullptr, &mkdir.req, directory.c_str(), mode, nullptr);
    if (err == 0) {
      if (first_created->empty()) *first_created = directory;
      pending.pop_back();
      continue;
    }
    if (err == UV_ENOENT) {
      size_t slash = directory.find_last_of('/');
      if (slash == std::string::npos || slash == 0) return err;
      pending.push_back(directory.substr(0, slash));
      continue;
    }
    if (err == UV_EACCES || err == UV_ENOSPC || err == UV_ENOTDIR || err == UV_EPERM) return err;
    // It exists (or could not be made): fine if it is a directory already.
    SyncRequest stat;
    int stat_err = uv_fs_stat(nullptr, &stat.req, directory.c_str(), nullptr);
    if (stat_err < 0) return stat_err;
    if (!S_ISDIR(stat.req.statbuf.st_mode)) {
      // A file where a parent should be is "not a directory"; a file at the
      // path itself "already exists".
      return pending.size() > 1 ? UV_ENOTDIR : UV_EEXIST;
    }
    pending.pop_back();
  }
  return 0;
}

}  // namespace fs
}  // namespace bindings
