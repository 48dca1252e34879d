// GoogleTest for the ES module records of stage 05 (05-modules/module_wrap.cc),
// driven as lib/internal/modules/esm/loader.js drives them: compile, list the
// requests, link each to another record, instantiate, evaluate, read the
// namespace. Modules without top-level await finish evaluating inside
// evaluate(), so every answer here is there when the call returns.
#include <gtest/gtest.h>

#include <string>

#include "modules_test.h"

namespace modules_test {
namespace {

class ModuleRecordsTest : public test_support::ModulesTest {
 protected:
  ModuleRecordsTest() {
    Eval(
        "globalThis.MW = binding('module_wrap').ModuleWrap;"
        "globalThis.status = binding('module_wrap');"
        "globalThis.source = (url, text) => new MW(url, undefined, text, 0, 0);");
  }
};

TEST_F(ModuleRecordsTest, ASourceModuleKnowsItsRequestsBeforeItIsLinked) {
  EXPECT_EQ(Eval("source('file:///a.mjs', `import x from './b.mjs';"
                 "  export * from 'node:fs'; import('./lazy.mjs');`)"
                 "  .getModuleRequests().map((r) => r.specifier).join()"),
            "./b.mjs,node:fs");  // import() is not a static request
  EXPECT_EQ(Eval("const m = source('file:///s.mjs', 'export const s = 1;');"
                 "m.getStatus() === status.kUninstantiated"),
            "true");
}

TEST_F(ModuleRecordsTest, ASyntaxErrorIsThrownWhenTheRecordIsMade) {
  EXPECT_EQ(Eval("source('file:///bad.mjs', 'export const = 1;')"),
            "throws SyntaxError: Unexpected token '='");
}

TEST_F(ModuleRecordsTest, LinkedRecordsShareLiveBindings) {
  EXPECT_EQ(Eval("const counter = source('file:///counter.mjs',"
                 "  'export let n = 1; export function inc() { n++; }');"
                 "const main = source('file:///main.mjs',"
                 "  `import { n, inc } from './counter.mjs';"
                 "   export const before = n; inc(); export const after = n;`);"
                 "counter.link([], []);"
                 "main.link(['./counter.mjs'], [counter]);"
                 "main.instantiate();"
                 "const states = [main.getStatus() === status.kInstantiated];"
                 "main.evaluate();"
                 "states.push(main.getStatus() === status.kEvaluated,"
                 "            counter.getStatus() === status.kEvaluated);"
                 "const ns = main.getNamespace();"
                 "counter.getNamespace().inc();"
                 "[...states, ns.before, ns.after, counter.getNamespace().n].join()"),
            "true,true,true,1,2,3");
}

TEST_F(ModuleRecordsTest, ACycleIsInstantiatedAsOneGraph) {
  EXPECT_EQ(Eval("const a = source('file:///a.mjs',"
                 "  `import { b } from './b.mjs'; export function a() { return 'a' + b(); }`);"
                 "const b = source('file:///b.mjs',"
                 "  `import { a } from './a.mjs'; export function b() { return 'b'; }"
                 "   export const early = typeof a;`);"
                 "a.link(['./b.mjs'], [b]); b.link(['./a.mjs'], [a]);"
                 "a.instantiate(); a.evaluate();"
                 "[a.getNamespace().a(), b.getNamespace().early].join()"),
            "ab,function");  // function declarations are bound before any body runs
}

TEST_F(ModuleRecordsTest, AnImportWithoutItsExportFailsAtInstantiation) {
  EXPECT_EQ(Eval("const lib = source('file:///lib.mjs', 'export const here = 1;');"
                 "const user = source('file:///user.mjs', `import { missing } from './lib.mjs';`);"
                 "lib.link([], []); user.link(['./lib.mjs'], [lib]);"
                 "user.instantiate()"),
            "throws SyntaxError: The requested module './lib.mjs' does not provide an export "
            "named 'missing'");
}

TEST_F(ModuleRecordsTest, AThrowingBodyLeavesTheRecordErrored) {
  EXPECT_EQ(Eval("const m = source('file:///throws.mjs', `throw new RangeError('in the body');`);"
                 "m.link([], []); m.instantiate(); m.evaluate();"
                 "[m.getStatus() === status.kErrored, m.getError().message].join()"),
            "true,in the body");
}

TEST_F(ModuleRecordsTest, ASyntheticModuleGetsItsValuesFromItsEvaluationSteps) {
  EXPECT_EQ(Eval("const wrap = new MW('node:answer', undefined, ['default', 'answer'],"
                 "  function () { this.setExport('answer', 42); this.setExport('default', 'd'); });"
                 "wrap.link([], []); wrap.instantiate(); wrap.evaluate();"
                 "const ns = wrap.getNamespace(); [ns.default, ns.answer].join()"),
            "d,42");
  EXPECT_EQ(Eval("new MW('node:x', undefined, [1], () => {})"),
            "throws TypeError [ERR_INVALID_ARG_TYPE]: The \"exportNames\" argument must be an "
            "Array of strings. Received type number (1)");
}

TEST_F(ModuleRecordsTest, TheNamespaceNeedsAnInstantiatedRecord) {
  EXPECT_EQ(Eval("source('file:///early.mjs', 'export const x = 1;').getNamespace()"),
            "throws Error: cannot get namespace, module not instantiated");
  EXPECT_EQ(Eval("MW('file:///x.mjs')"),
            "throws TypeError [ERR_CONSTRUCT_CALL_REQUIRED]: "
            "Class constructor ModuleWrap cannot be invoked "
            "without 'new'");
}

}  // namespace
}  // namespace modules_test
