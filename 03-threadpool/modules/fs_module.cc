#include "modules/fs_module.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "engine.h"
#include "modules/fs_calls.h"

namespace pool {
namespace {

// fs.existsSync(path): true or false, never an exception.
void ExistsSync(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::TryCatch try_catch(isolate);
  std::string path;
  if (!ValidatePath(isolate, info[0], "path", &path)) {
    info.GetReturnValue().Set(false);
    return;
  }
  info.GetReturnValue().Set(access(path.c_str(), F_OK) == 0);
}

v8::Local<v8::Object> Constants(v8::Local<v8::Context> context) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Object> constants = v8::Object::New(isolate);
  struct Constant {
    const char* name;
    int value;
  };
  static const Constant kConstants[] = {
      {"F_OK", F_OK},         {"R_OK", R_OK},         {"W_OK", W_OK},         {"X_OK", X_OK},
      {"O_RDONLY", O_RDONLY}, {"O_WRONLY", O_WRONLY}, {"O_RDWR", O_RDWR},     {"O_CREAT", O_CREAT},
      {"O_EXCL", O_EXCL},     {"O_TRUNC", O_TRUNC},   {"O_APPEND", O_APPEND}, {"O_SYNC", O_SYNC},
      {"S_IFMT", S_IFMT},     {"S_IFREG", S_IFREG},   {"S_IFDIR", S_IFDIR},   {"S_IFLNK", S_IFLNK},
      {"S_IFIFO", S_IFIFO},   {"S_IFSOCK", S_IFSOCK}, {"S_IFCHR", S_IFCHR},   {"S_IFBLK", S_IFBLK},
  };
  for (const Constant& constant : kConstants) {
    constants
        ->CreateDataProperty(context, engine::ToV8String(isolate, constant.name),
                             v8::Integer::New(isolate, constant.value))
        .Check();
  }
  return constants;
}

}  // namespace

v8::Local<v8::Object> FsModule::CreateExports(v8::Local<v8::Context> context) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Object> fs = v8::Object::New(isolate);
  v8::Local<v8::Object> promises = v8::Object::New(isolate);

  // Each operation in its three forms: fs.x (callback), fs.xSync, fs.promises.x.
  struct Operation {
    const char* name;
    JobMaker make_job;
    bool has_promise_form;
  };
  static const Operation kOperations[] = {
      {"readFile", MakeReadFile, true},
      {"writeFile", MakeWriteFile, true},
      {"appendFile", MakeAppendFile, true},
      {"stat", MakeStat, true},
      {"lstat", MakeLstat, true},
      {"fstat", MakeFstat, false},
      {"readdir", MakeReaddir, true},
      {"mkdir", MakeMkdir, true},
      {"rm", MakeRm, true},
      {"rmdir", MakeRmdir, true},
      {"unlink", MakeUnlink, true},
      {"rename", MakeRename, true},
      {"access", MakeAccess, true},
      {"open", MakeOpen, true},
      {"close", MakeClose, false},
      {"read", MakeRead, false},
      {"write", MakeWrite, false},
  };
  for (const Operation& operation : kOperations) {
    SetPoolMethod(context, fs, operation.name, Form::kCallback, operation.make_job);
    SetPoolMethod(context, fs, (std::string(operation.name) + "Sync").c_str(), Form::kSync,
                  operation.make_job);
    if (operation.has_promise_form) {
      SetPoolMethod(context, promises, operation.name, Form::kPromise, operation.make_job);
    }
  }
  SetMethod(context, fs, "existsSync", ExistsSync);

  v8::Local<v8::Object> file_handle = handles_.Install(context);
  SetPoolMethod(context, file_handle, "read", Form::kPromise, MakeHandleRead);
  SetPoolMethod(context, file_handle, "write", Form::kPromise, MakeHandleWrite);
  SetPoolMethod(context, file_handle, "stat", Form::kPromise, MakeHandleStat);
  SetPoolMethod(context, file_handle, "readFile", Form::kPromise, MakeHandleReadFile);
  SetPoolMethod(context, file_handle, "writeFile", Form::kPromise, MakeHandleWriteFile);
  SetPoolMethod(context, file_handle, "close", Form::kPromise, MakeHandleClose);

  objects_.Install(context, fs);
  v8::Local<v8::Object> constants = Constants(context);
  for (const char* name : {"F_OK", "R_OK", "W_OK", "X_OK"}) {
    v8::Local<v8::String> key = engine::ToV8String(isolate, name);
    fs->CreateDataProperty(context, key, constants->Get(context, key).ToLocalChecked()).Check();
  }
  fs->CreateDataProperty(context, engine::ToV8String(isolate, "constants"), constants).Check();
  promises->CreateDataProperty(context, engine::ToV8String(isolate, "constants"), constants)
      .Check();
  fs->CreateDataProperty(context, engine::ToV8String(isolate, "promises"), promises).Check();
  return fs;
}

}  // namespace pool
