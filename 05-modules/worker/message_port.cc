#include "worker/message_port.h"

#include <map>
#include <string>
#include <vector>

#include "engine.h"
#include "realm.h"
#include "runtime.h"

namespace modules {
namespace {

/// Where a realm keeps the MessagePort constructor, to make ports from C++.
class PortClassData : public bindings::BindingData {
 public:
  static constexpr const char* kBindingName = "MessagePort class";
  explicit PortClassData(bindings::Realm&) {}
  v8::Global<v8::FunctionTemplate> klass;
  v8::Global<v8::Function> constructor;
  /// Set while C++ makes a port: what NewFromJs() wraps. Without it,
  /// `new MessagePort()` from a script is refused, as in Node.
  std::shared_ptr<PortData> pending;
};

/// The broadcast groups of the process: name -> members. Its mutex is never
/// held together with a PortData's.
struct Groups {
  std::mutex mutex;
  std::map<std::string, std::vector<std::weak_ptr<PortData>>> members;
};
Groups& groups() {
  static Groups* groups = new Groups();  // never destroyed: workers may outlive main()'s statics
  return *groups;
}

}  // namespace

// ---- PortData: the thread-safe half ----

std::pair<std::shared_ptr<PortData>, std::shared_ptr<PortData>> PortData::NewChannel() {
  auto one = std::make_shared<PortData>();
  auto two = std::make_shared<PortData>();
  one->peer_ = two;
  two->peer_ = one;
  return {one, two};
}

std::shared_ptr<PortData> PortData::JoinGroup(const std::string& name) {
  auto member = std::make_shared<PortData>();
  member->group_ = name;
  std::lock_guard<std::mutex> lock(groups().mutex);
  groups().members[name].push_back(member);
  return member;
}

void PortData::LeaveGroup() {
  std::lock_guard<std::mutex> lock(groups().mutex);
  auto found = groups().members.find(group_);
  if (found == groups().members.end()) return;
  std::vector<std::weak_ptr<PortData>>& members = found->second;
  for (size_t i = 0; i < members.size();) {
    std::shared_ptr<PortData> member = members[i].lock();
    if (member == nullptr || member.get() == this) {
      members.erase(members.begin() + i);
    } else {
      i++;
    }
  }
  if (members.empty()) groups().members.erase(found);
}

bool PortData::Push(std::unique_ptr<SerializedMessage> message) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (closed_) return false;
  // Only the first message into an empty queue wakes the reader: it takes
  // everything that waits when it wakes (and wakes itself again when it
  // stops early). Fewer uv_async_send() calls, and fewer turns in which
  // libuv 1.44's uv__async_io spins while a sender is still inside one.
  bool was_empty = queue_.empty();
  queue_.push_back(std::move(message));
  if (was_empty) Wake();
  return true;
}

void PortData::PostToPeer(std::unique_ptr<SerializedMessage> message) {
  if (in_group()) {
    // Who is in the group now; then each gets its copy, one lock at a time.
    std::vector<std::shared_ptr<PortData>> readers;
    {
      std::lock_guard<std::mutex> lock(groups().mutex);
      for (const std::weak_ptr<PortData>& weak : groups().members[group_]) {
        std::shared_ptr<PortData> member = weak.lock();
        if (member != nullptr && member.get() != this) readers.push_back(std::move(member));
      }
    }
    for (const std::shared_ptr<PortData>& reader : readers) reader->Push(message->Copy());
    return;
  }
  std::shared_ptr<PortData> peer = peer_.lock();
  if (peer == nullptr) return;  // the other end is gone: nobody can read it
  peer->Push(std::move(message));
}

std::unique_ptr<SerializedMessage> PortData::Take() {
  std::lock_guard<std::mutex> lock(mutex_);
  if (queue_.empty()) return nullptr;
  std::unique_ptr<SerializedMessage> message = std::move(queue_.front());
  queue_.pop_front();
  return message;
}

bool PortData::empty() {
  std::lock_guard<std::mutex> lock(mutex_);
  return queue_.empty();
}

size_t PortData::size() {
  std::lock_guard<std::mutex> lock(mutex_);
  return queue_.size();
}

bool PortData::closed() {
  std::lock_guard<std::mutex> lock(mutex_);
  return closed_;
}

void PortData::SetWake(uv_async_t* wake) {
  std::lock_guard<std::mutex> lock(mutex_);
  wake_ = wake;
  if (!queue_.empty() || closed_) Wake();
}

void PortData::Close() {
  std::deque<std::unique_ptr<SerializedMessage>> dropped;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    closed_ = true;
    dropped.swap(queue_);
  }
  dropped.clear();  // outside the lock: a dropped message closes the ports it carried
  if (in_group()) {
    LeaveGroup();
    return;
  }
  if (std::shared_ptr<PortData> peer = peer_.lock()) {
    std::lock_guard<std::mutex> lock(peer->mutex_);
    peer->closed_ = true;  // messages already queued there are still delivered
    peer->Wake();
  }
}

void PortData::Wake() {
  if (wake_ != nullptr) uv_async_send(wake_);
}

// ---- MessagePort: the JavaScript object on one loop ----

MessagePort::MessagePort(bindings::Realm& realm, v8::Local<v8::Object> object,
                         std::shared_ptr<PortData> data)
    : HandleWrap(realm, object, reinterpret_cast<uv_handle_t*>(&async_)), data_(std::move(data)) {
  uv_async_init(realm.uv_loop(), &async_, OnWake);
  async_.data = static_cast<HandleWrap*>(this);
  uv_unref(handle());  // until someone listens (JavaScript refs it then)
  data_->SetWake(&async_);
}

MessagePort::~MessagePort() {
  if (data_ != nullptr) data_->SetWake(nullptr);
}

void MessagePort::OnRealmTeardown() {
  if (data_ != nullptr) data_->SetWake(nullptr);
  HandleWrap::OnRealmTeardown();
}

std::shared_ptr<PortData> MessagePort::TakeData() {
  std::shared_ptr<PortData> data = std::move(data_);
  if (data != nullptr) data->SetWake(nullptr);
  return data;
}

std::shared_ptr<PortData> MessagePort::Detach() {
  std::shared_ptr<PortData> data = TakeData();
  Close();
  return data;
}

v8::MaybeLocal<v8::Object> MessagePort::New(bindings::Realm& realm,
                                            std::shared_ptr<PortData> data) {
  PortClassData& classes = realm.binding_data<PortClassData>();
  if (classes.constructor.IsEmpty()) {
    v8::Local<v8::Object> exports;
    if (!realm.GetBinding("worker").ToLocal(&exports)) return {};  // initializes the class
  }
  classes.pending = std::move(data);
  v8::MaybeLocal<v8::Object> port =
      classes.constructor.Get(realm.isolate())->NewInstance(realm.context(), 0, nullptr);
  classes.pending.reset();
  return port;
}

MessagePort* MessagePort::FromValue(bindings::Realm& realm, v8::Local<v8::Value> value) {
  PortClassData& classes = realm.binding_data<PortClassData>();
  if (classes.klass.IsEmpty() || !classes.klass.Get(realm.isolate())->HasInstance(value)) {
    return nullptr;
  }
  MessagePort* port = Unwrap<MessagePort>(value.As<v8::Object>());
  return port != nullptr && port->IsOpen() ? port : nullptr;
}

void MessagePort::NewFromJs(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  bindings::Realm& realm = bindings::Realm::GetCurrent(info);
  PortClassData& classes = realm.binding_data<PortClassData>();
  if (!info.IsConstructCall() || classes.pending == nullptr) {
    isolate->ThrowException(v8::Exception::TypeError(realm.Name("Illegal constructor")));
    return;
  }
  new MessagePort(realm, info.This(), std::move(classes.pending));  // owned by its handle
}

// postMessage(value, transferList, makeCloneError): the JavaScript side
// (lib/internal/worker/io.js) has checked that the list holds only
// ArrayBuffers and MessagePorts; the ports' own rules are checked here.
// Each transferred port leaves its MessagePort (JavaScript closes that
// handle next) and travels, with its queue, inside the message.
void MessagePort::PostMessage(const v8::FunctionCallbackInfo<v8::Value>& info) {
  MessagePort* port = Unwrap<MessagePort>(info.This());
  v8::Isolate* isolate = info.GetIsolate();
  bindings::Realm& realm = bindings::Realm::GetCurrent(info);
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Function> make_clone_error = info[2].As<v8::Function>();
  auto refuse = [&](const char* why) {
    v8::Local<v8::Value> args[] = {realm.Name(why)};
    v8::Local<v8::Value> error;
    if (make_clone_error->Call(context, v8::Undefined(isolate), 1, args).ToLocal(&error)) {
      isolate->ThrowException(error);
    }
  };
  std::vector<v8::Local<v8::ArrayBuffer>> transfer;
  SerializedMessage::Ports ports;
  ports.port_class = realm.binding_data<PortClassData>().klass.Get(isolate);
  std::vector<MessagePort*> moving;
  if (info[1]->IsArray()) {
    v8::Local<v8::Array> list = info[1].As<v8::Array>();
    for (uint32_t i = 0; i < list->Length(); i++) {
      v8::Local<v8::Value> item = list->Get(context, i).ToLocalChecked();
      if (item->IsArrayBuffer()) {
        transfer.push_back(item.As<v8::ArrayBuffer>());
      } else if (ports.port_class->HasInstance(item)) {
        MessagePort* other = Unwrap<MessagePort>(item.As<v8::Object>());
        if (other == port) return refuse("Transfer list contains source port");
        for (MessagePort* seen : moving) {
          if (seen == other) return refuse("Transfer list contains duplicate MessagePort");
        }
        if (other == nullptr || !other->IsOpen() || other->data_ == nullptr) {
          return refuse("MessagePort in transfer list is already detached");
        }
        moving.push_back(other);
        ports.objects.push_back(item.As<v8::Object>());
      }
    }
  }
  auto message = std::make_unique<SerializedMessage>();
  if (!message->Serialize(context, info[0], transfer, make_clone_error, ports)) return;
  for (MessagePort* other : moving) message->AddPort(other->TakeData());
  // A closed or detached port still serializes (so DataCloneError is
  // thrown, and buffers are detached, as in Node) but sends nothing.
  if (port != nullptr && port->data_ != nullptr && port->IsOpen()) {
    port->data_->PostToPeer(std::move(message));
  }
}

void MessagePort::Start(const v8::FunctionCallbackInfo<v8::Value>& info) {
  MessagePort* port = Unwrap<MessagePort>(info.This());
  if (port == nullptr || !port->IsOpen()) return;
  port->started_ = true;
  uv_async_send(&port->async_);  // what waited before start() comes now
}

// drain(): delivers, now, what is waiting (a worker's last messages before
// its 'exit').
void MessagePort::Drain(const v8::FunctionCallbackInfo<v8::Value>& info) {
  MessagePort* port = Unwrap<MessagePort>(info.This());
  if (port != nullptr && port->IsOpen() && port->data_ != nullptr) port->Deliver(SIZE_MAX);
}

// receive(): the oldest waiting message wrapped as { message }, or
// undefined (receiveMessageOnPort()).
void MessagePort::Receive(const v8::FunctionCallbackInfo<v8::Value>& info) {
  MessagePort* port = Unwrap<MessagePort>(info.This());
  if (port == nullptr || port->data_ == nullptr) return;
  std::unique_ptr<SerializedMessage> message = port->data_->Take();
  if (message == nullptr) return;
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Value> value;
  if (!message->Deserialize(context, port->PortMaker()).ToLocal(&value)) return;
  v8::Local<v8::Object> wrapper = v8::Object::New(isolate);
  wrapper->CreateDataProperty(context, engine::ToV8String(isolate, "message"), value).Check();
  info.GetReturnValue().Set(wrapper);
}

// closeChannel(): this end closes the channel; the JavaScript side then
// closes the handle and emits 'close'.
void MessagePort::CloseChannel(const v8::FunctionCallbackInfo<v8::Value>& info) {
  MessagePort* port = Unwrap<MessagePort>(info.This());
  if (port == nullptr || port->data_ == nullptr) return;
  port->close_reported_ = true;
  port->data_->Close();
  port->data_->SetWake(nullptr);
}

void MessagePort::OnWake(uv_async_t* async) {
  auto* port = static_cast<MessagePort*>(static_cast<HandleWrap*>(async->data));
  if (port->realm() == nullptr || !port->IsOpen() || port->data_ == nullptr) return;
  // What waits now is delivered now (at least a slice of 1000); what comes
  // in meanwhile waits for the next turn, so that a busy sender cannot
  // starve the rest of the loop, nor a slow reader let the queue grow.
  constexpr size_t kSlice = 1000;
  size_t waiting = port->data_->size();
  loop::LoopTrace& trace = port->realm()->runtime().trace();
  if (trace.enabled()) {
    const std::string& group = port->data_->group();
    trace.Event(
        loop::LoopTrace::Phase::kPoll,
        "uv_async_t woke " +
            (group.empty() ? std::string("a MessagePort") : "BroadcastChannel '" + group + "'") +
            ": " + std::to_string(waiting) + " message(s) waiting" +
            (port->started_ ? "" : ", not started"));
  }
  if (port->started_) {
    port->Deliver(waiting > kSlice ? waiting : kSlice, trace.enabled());
  } else if (port->data_->closed() && !port->close_reported_) {
    // Nobody reads this port, but it still hears that the channel closed.
    port->close_reported_ = true;
    v8::HandleScope handle_scope(port->realm()->isolate());
    port->realm()->MakeCallback(port->object(), port->realm()->Name("onpeerclose"), 0, nullptr);
  }
}

SerializedMessage::PortMaker MessagePort::PortMaker() {
  bindings::Realm* realm = this->realm();
  return [realm](std::shared_ptr<PortData> data) { return New(*realm, std::move(data)); };
}

bool MessagePort::Deliver(size_t limit, bool traced) {
  bindings::Realm& realm = *this->realm();
  v8::Isolate* isolate = realm.isolate();
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::Context> context = realm.context();
  for (size_t i = 0; i < limit; i++) {
    std::unique_ptr<SerializedMessage> message = data_ != nullptr ? data_->Take() : nullptr;
    if (message == nullptr) break;
    if (i + 1 == limit) uv_async_send(&async_);
    v8::TryCatch try_catch(isolate);
    v8::Local<v8::Value> value;
    v8::Local<v8::Value> argv[1];
    v8::Local<v8::String> callback = realm.Name("emitMessage");
    if (message->Deserialize(context, PortMaker()).ToLocal(&value)) {
      argv[0] = value;
    } else {
      // A message this side cannot read: 'messageerror', as in Node.
      if (try_catch.HasTerminated()) return false;
      argv[0] = try_catch.Exception();
      callback = realm.Name("emitMessageError");
    }
    try_catch.Reset();
    if (traced) {
      realm.runtime().trace().Event(
          loop::LoopTrace::Phase::kPoll,
          "  message " + std::to_string(i + 1) + " -> " + engine::ToUtf8(isolate, callback));
    }
    if (!realm.MakeCallback(object(), callback, 1, argv)) return false;
    if (!IsOpen() || data_ == nullptr) return true;  // a listener closed the port
  }
  if (data_ != nullptr && data_->closed() && data_->empty() && !close_reported_) {
    // The peer closed the channel and everything it sent has been read.
    close_reported_ = true;
    return realm.MakeCallback(object(), realm.Name("onpeerclose"), 0, nullptr);
  }
  return true;
}

void MessagePort::Initialize(bindings::Realm& realm, v8::Local<v8::Object> exports) {
  v8::Local<v8::Context> context = realm.context();
  v8::Local<v8::FunctionTemplate> klass = realm.NewClass("MessagePort", NewFromJs);
  HandleWrap::AddMethods(realm, klass);
  realm.SetProtoMethod(klass, "post", PostMessage, 3);
  realm.SetProtoMethod(klass, "start", Start);
  realm.SetProtoMethod(klass, "drain", Drain);
  realm.SetProtoMethod(klass, "receive", Receive);
  realm.SetProtoMethod(klass, "closeChannel", CloseChannel);
  v8::Local<v8::Function> constructor = klass->GetFunction(context).ToLocalChecked();
  PortClassData& classes = realm.binding_data<PortClassData>();
  classes.klass.Reset(realm.isolate(), klass);
  classes.constructor.Reset(realm.isolate(), constructor);
  exports->CreateDataProperty(context, realm.Name("MessagePort"), constructor).Check();
}

}  // namespace modules
