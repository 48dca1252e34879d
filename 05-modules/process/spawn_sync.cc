/// \file
/// The `spawn_sync` binding: run a child to its end and return what it
/// wrote, for spawnSync, execSync and execFileSync. (Node:
/// src/spawn_sync.cc, SyncProcessRunner.)
///
///     const { spawn } = internalBinding('spawn_sync');
///     result = spawn({ file, args, cwd, envPairs, detached, uid, gid,
///                      timeout, maxBuffer, killSignal,
///                      stdio: [{ type: 'pipe', readable, writable, input },
///                              { type: 'inherit' | 'fd', fd }, { type: 'ignore' }, ...] })
///     result = { pid, status, signal, output: [null, Buffer, Buffer], error }
///                 status    the exit code, or null when a signal ended it
///                 signal    the signal's number, or null (the script names it)
///                 output[i] what the child wrote on fd i, if it was an output pipe
///                 error     a negative uv error: the spawn failed, or the run
///                           was cut short (UV_ETIMEDOUT, UV_ENOBUFS)
///
/// **Its own loop.** The script must not run while the child does, yet the
/// child's pipes still need a loop to be read and written: a full pipe
/// would stall a child that writes more than 64 KiB. So the runner makes a
/// private uv_loop_t, spawns on it, writes `input` and reads the outputs
/// there, and runs it until the child has exited and every pipe is at its
/// end. The program's own loop does not turn meanwhile: no timer or I/O
/// callback of the script can run, which is what "sync" means.
///
/// **Cut short.** `timeout` (ms) starts a timer on the private loop; output
/// beyond `maxBuffer` bytes stops reading. Either one kills the child with
/// `killSignal` and closes the pipes (a grandchild holding them open must
/// not keep us waiting), and records the error.
#include <uv.h>
#include <v8.h>

#include <cmath>
#include <csignal>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "binding_registry.h"
#include "process/spawn_options.h"
#include "realm.h"
#include "support/bytes.h"

namespace modules {
namespace {

using bindings::Realm;

class SyncRunner;

/// One pipe to the child: we write `input` into it (the child reads), or
/// read what the child writes into `output`.
struct StdioPipe {
  uv_pipe_t pipe;
  uv_write_t write_req;
  uv_shutdown_t shutdown_req;
  SyncRunner* runner = nullptr;
  bool child_reads = false;   ///< Node's `readable`: we write input
  bool child_writes = false;  ///< Node's `writable`: we read output
  bool closing = false;
  std::string input;
  std::string output;
};

class SyncRunner {
 public:
  SyncRunner() {
    uv_loop_init(&loop_);
    uv_timer_init(&loop_, &timer_);
    timer_.data = this;
  }

  ~SyncRunner() {
    // Whatever is still open (after a spawn that failed, or options that
    // were wrong halfway through) is closed; the loop then lets it all go.
    uv_walk(
        &loop_,
        [](uv_handle_t* handle, void*) {
          if (!uv_is_closing(handle)) uv_close(handle, nullptr);
        },
        nullptr);
    uv_run(&loop_, UV_RUN_DEFAULT);
    uv_loop_close(&loop_);
  }

  /// Runs the whole child; false with an exception pending if the options
  /// were wrong.
  bool Run(Realm& realm, v8::Local<v8::Object> options) {
    v8::Isolate* isolate = realm.isolate();
    SpawnOptions spawn_options;
    if (!spawn_options.Parse(isolate, options)) return false;
    if (!ParseLimits(realm, options)) return false;
    std::vector<uv_stdio_container_t> stdio;
    if (!ParseStdio(realm, options, &stdio)) return false;

    uv_process_options_t uv = spawn_options.ToUv(OnExit);
    uv.stdio = stdio.data();
    uv.stdio_count = static_cast<int>(stdio.size());
    process_.data = this;
    int err = uv_spawn(&loop_, &process_, &uv);  // initialises process_ even if it fails
    if (err != 0) {
      error_ = err;  // the destructor closes the handles
      return true;
    }
    pid_ = process_.pid;
    StartStdio();
    if (timeout_ms_ > 0) {
      uv_timer_start(&timer_, OnTimeout, static_cast<uint64_t>(timeout_ms_), 0);
    }
    uv_run(&loop_, UV_RUN_DEFAULT);  // until the child is gone and the pipes are done
    return true;
  }

  v8::Local<v8::Object> Result(Realm& realm) {
    v8::Isolate* isolate = realm.isolate();
    v8::Local<v8::Context> context = realm.context();
    v8::Local<v8::Object> result = v8::Object::New(isolate);
    auto set = [&](const char* name, v8::Local<v8::Value> value) {
      result->Set(context, realm.Name(name), value).Check();
    };
    // Node's order of the keys: error (if any), status, signal, output, pid.
    if (error_ != 0) set("error", v8::Integer::New(isolate, error_));
    v8::Local<v8::Value> null = v8::Null(isolate);
    bool exited = exit_status_ >= 0;
    set("status", exited && term_signal_ == 0
                      ? v8::Number::New(isolate, static_cast<double>(exit_status_)).As<v8::Value>()
                      : null);
    set("signal",
        term_signal_ > 0 ? v8::Integer::New(isolate, term_signal_).As<v8::Value>() : null);
    if (pid_ != 0) {
      v8::Local<v8::Array> output = v8::Array::New(isolate, static_cast<int>(pipes_.size()));
      for (size_t i = 0; i < pipes_.size(); i++) {
        v8::Local<v8::Value> item = null;
        if (pipes_[i] && pipes_[i]->child_writes) {
          const std::string& bytes = pipes_[i]->output;
          pool::Bytes memory;
          if (memory.Resize(bytes.size())) {
            if (!bytes.empty()) std::memcpy(memory.data(), bytes.data(), bytes.size());
            item = memory.ToUint8Array(isolate);
          }
        }
        output->Set(context, static_cast<uint32_t>(i), item).Check();
      }
      set("output", output);
    } else {
      set("output", null);
    }
    set("pid", v8::Integer::New(isolate, pid_));
    return result;
  }

 private:
  bool ParseLimits(Realm& realm, v8::Local<v8::Object> options) {
    v8::Isolate* isolate = realm.isolate();
    v8::Local<v8::Context> context = realm.context();
    v8::Local<v8::Value> value;
    if (!options->Get(context, realm.Name("timeout")).ToLocal(&value)) return false;
    if (value->IsNumber()) timeout_ms_ = value.As<v8::Number>()->Value();
    if (!options->Get(context, realm.Name("maxBuffer")).ToLocal(&value)) return false;
    if (value->IsNumber()) max_buffer_ = value.As<v8::Number>()->Value();  // may be Infinity
    int64_t signal;
    if (!GetIntegerField(isolate, options, "killSignal", SIGTERM, &signal)) return false;
    kill_signal_ = static_cast<int>(signal);
    return true;
  }

  bool ParseStdio(Realm& realm, v8::Local<v8::Object> options,
                  std::vector<uv_stdio_container_t>* out) {
    v8::Isolate* isolate = realm.isolate();
    v8::Local<v8::Context> context = realm.context();
    v8::Local<v8::Value> value;
    if (!options->Get(context, realm.Name("stdio")).ToLocal(&value)) return false;
    if (!value->IsArray()) return true;
    v8::Local<v8::Array> entries = value.As<v8::Array>();
    for (uint32_t i = 0; i < entries->Length(); i++) {
      v8::Local<v8::Value> entry_value;
      if (!entries->Get(context, i).ToLocal(&entry_value)) return false;
      uv_stdio_container_t container = {};
      pipes_.emplace_back();
      if (!entry_value->IsObject()) {
        container.flags = UV_IGNORE;
        out->push_back(container);
        continue;
      }
      v8::Local<v8::Object> entry = entry_value.As<v8::Object>();
      std::string type;
      if (!GetStringField(isolate, entry, "type", &type)) return false;
      if (type == "pipe") {
        auto pipe = std::make_unique<StdioPipe>();
        pipe->runner = this;
        v8::Local<v8::Value> flag;
        if (!entry->Get(context, realm.Name("readable")).ToLocal(&flag)) return false;
        pipe->child_reads = flag->IsTrue();
        if (!entry->Get(context, realm.Name("writable")).ToLocal(&flag)) return false;
        pipe->child_writes = flag->IsTrue();
        v8::Local<v8::Value> input;
        if (!entry->Get(context, realm.Name("input")).ToLocal(&input)) return false;
        if (input->IsArrayBufferView()) {
          v8::Local<v8::ArrayBufferView> view = input.As<v8::ArrayBufferView>();
          pipe->input.resize(view->ByteLength());
          view->CopyContents(pipe->input.data(), pipe->input.size());
        }
        uv_pipe_init(&loop_, &pipe->pipe, 0);
        pipe->pipe.data = pipe.get();
        int flags = UV_CREATE_PIPE;
        if (pipe->child_reads) flags |= UV_READABLE_PIPE;
        if (pipe->child_writes) flags |= UV_WRITABLE_PIPE;
        container.flags = static_cast<uv_stdio_flags>(flags);
        container.data.stream = reinterpret_cast<uv_stream_t*>(&pipe->pipe);
        pipes_.back() = std::move(pipe);
      } else if (type == "ignore") {
        container.flags = UV_IGNORE;
      } else {  // 'inherit', 'fd'
        int64_t fd;
        if (!GetIntegerField(isolate, entry, "fd", static_cast<int64_t>(i), &fd)) return false;
        container.flags = UV_INHERIT_FD;
        container.data.fd = static_cast<int>(fd);
      }
      out->push_back(container);
    }
    return true;
  }

  /// After the spawn: reads start on output pipes; input pipes get their
  /// bytes and then EOF (a shutdown), so that `cat` ends.
  void StartStdio() {
    for (auto& pipe : pipes_) {
      if (!pipe) continue;
      auto* stream = reinterpret_cast<uv_stream_t*>(&pipe->pipe);
      if (pipe->child_writes) uv_read_start(stream, OnAlloc, OnRead);
      if (pipe->child_reads) {
        if (!pipe->input.empty()) {
          uv_buf_t buf = uv_buf_init(pipe->input.data(), static_cast<unsigned>(pipe->input.size()));
          uv_write(&pipe->write_req, stream, &buf, 1, nullptr);
        }
        pipe->shutdown_req.data = pipe.get();
        if (uv_shutdown(&pipe->shutdown_req, stream, OnShutdown) != 0 && !pipe->child_writes) {
          ClosePipe(pipe.get());
        }
      } else if (!pipe->child_writes) {
        ClosePipe(pipe.get());
      }
    }
  }

  void ClosePipe(StdioPipe* pipe) {
    if (pipe->closing) return;
    pipe->closing = true;
    uv_close(reinterpret_cast<uv_handle_t*>(&pipe->pipe), nullptr);
  }

  void CloseStdio() {
    for (auto& pipe : pipes_) {
      if (pipe) ClosePipe(pipe.get());
    }
  }

  /// Ends the run early: kill the child (if it still runs), stop reading.
  void Kill(int error) {
    if (killed_) return;
    killed_ = true;
    if (error_ == 0) error_ = error;
    if (exit_status_ < 0) uv_process_kill(&process_, kill_signal_);
    CloseStdio();
    uv_timer_stop(&timer_);
  }

  static void OnExit(uv_process_t* process, int64_t exit_status, int term_signal) {
    auto* self = static_cast<SyncRunner*>(process->data);
    self->exit_status_ = exit_status;
    self->term_signal_ = term_signal;
    uv_close(reinterpret_cast<uv_handle_t*>(process), nullptr);
    uv_close(reinterpret_cast<uv_handle_t*>(&self->timer_), nullptr);
  }

  static void OnTimeout(uv_timer_t* timer) {
    static_cast<SyncRunner*>(timer->data)->Kill(UV_ETIMEDOUT);
  }

  static void OnAlloc(uv_handle_t*, size_t suggested_size, uv_buf_t* buf) {
    buf->base = new char[suggested_size];
    buf->len = suggested_size;
  }

  static void OnRead(uv_stream_t* stream, ssize_t nread, const uv_buf_t* buf) {
    auto* pipe = static_cast<StdioPipe*>(stream->data);
    SyncRunner* self = pipe->runner;
    if (nread > 0) {
      pipe->output.append(buf->base, static_cast<size_t>(nread));
      self->buffered_ += static_cast<double>(nread);
      if (self->buffered_ > self->max_buffer_) self->Kill(UV_ENOBUFS);
    } else if (nread < 0) {  // UV_EOF, or an error: this pipe is done
      if (nread != UV_EOF && self->error_ == 0) self->error_ = static_cast<int>(nread);
      uv_read_stop(stream);
      if (!pipe->child_reads || pipe->closing) self->ClosePipe(pipe);
    }
    delete[] buf->base;
  }

  static void OnShutdown(uv_shutdown_t* request, int) {
    auto* pipe = static_cast<StdioPipe*>(request->data);
    if (!pipe->child_writes) pipe->runner->ClosePipe(pipe);
  }

  uv_loop_t loop_;
  uv_process_t process_;
  uv_timer_t timer_;
  std::vector<std::unique_ptr<StdioPipe>> pipes_;
  double timeout_ms_ = 0;
  double max_buffer_ = INFINITY;
  double buffered_ = 0;
  int kill_signal_ = SIGTERM;
  bool killed_ = false;
  int error_ = 0;
  int pid_ = 0;
  int64_t exit_status_ = -1;
  int term_signal_ = 0;
};

void Spawn(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Realm& realm = Realm::GetCurrent(info);
  if (!info[0]->IsObject()) {
    info.GetIsolate()->ThrowException(
        v8::Exception::TypeError(realm.Name("options must be an object")));
    return;
  }
  auto runner = std::make_unique<SyncRunner>();
  if (!runner->Run(realm, info[0].As<v8::Object>())) return;
  info.GetReturnValue().Set(runner->Result(realm));
}

void InitializeSpawnSync(Realm& realm, v8::Local<v8::Object> exports) {
  realm.SetMethod(exports, "spawn", Spawn, 1);
}

}  // namespace
}  // namespace modules

namespace bindings {
BINDING_REGISTER(spawn_sync, modules::InitializeSpawnSync);
}  // namespace bindings
