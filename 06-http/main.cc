/// \file
/// Stage 06, HTTP: an incremental HTTP/1.1 parser in C++ (parser/), exposed
/// to JavaScript as Node's `http_parser` binding, and `http` in JavaScript
/// on top of `net`.
///
/// The life of the process is stage 05's, step for step (05-modules/main.cc
/// lists the steps, 05-modules/program.cc runs them): this stage adds no
/// step, only layers. Its bindings come after 05's, its lib/ is searched
/// before 05's, and the code cache made at build time covers both.
#include <csignal>

#include "binding_registry.h"
#include "builtins.h"
#include "program.h"
#include "stage.h"

int main(int argc, char** argv) {
  // A write to a socket the peer has closed raises SIGPIPE, whose default
  // kills the process; ignored, the write fails with EPIPE and the stream
  // reports it, as in Node. TLS makes it common: a client that refuses the
  // server's certificate closes while the server is still writing.
  signal(SIGPIPE, SIG_IGN);
  std::vector<engine::StageInfo::Flag> flags = modules::ModulesFlags();
  flags.push_back({"--insecure-http-parser",
                   "accept what the HTTP parser rejects by default (its lenient flags)"});
  const engine::StageInfo stage{
      "06-http",
      "Stage 06: HTTP. Adds an incremental HTTP/1.1 parser, as the http_parser binding,\n"
      "and http in JavaScript on top of net.",
      flags};
  return modules::RunProgram(
      argc, argv, stage,
      {{bindings::kStage04Bindings, bindings::kStage05Bindings, bindings::kStage06Bindings},
       {modules::kStage06Builtins, modules::kStage05Builtins},
       {modules::kStage06CodeCache}});
}
