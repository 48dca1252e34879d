/// \file
/// Stage 06, HTTP: an incremental HTTP/1.1 parser in C++ (parser/), exposed
/// to JavaScript as Node's `http_parser` binding, and `http` in JavaScript
/// on top of `net`.
///
/// The life of the process is stage 05's, step for step (05-modules/main.cc
/// lists the steps, 05-modules/program.cc runs them): this stage adds no
/// step, only layers. Its bindings come after 05's, its lib/ is searched
/// before 05's, and the code cache made at build time covers both.
#include "binding_registry.h"
#include "builtins.h"
#include "program.h"
#include "stage.h"

int main(int argc, char** argv) {
  std::vector<engine::StageInfo::Flag> flags = modules::ModulesFlags();
  flags.push_back({"--insecure-http-parser",
                   "accept what the HTTP parser rejects by default (its lenient flags)"});
  flags.push_back({"--max-http-header-size",
                   "the most bytes a message's start line and headers may take\n"
                   "                        (16384 by default; http.maxHeaderSize)",
                   {engine::StageInfo::Flag::kNumber}});
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
