// GoogleTest for the native helpers of stage 05's JavaScript loader: the
// `builtins` binding (the library as lib/internal/bootstrap/realm.js sees
// it), `contextify` (a user's file compiled as a function) and
// `process_methods` (cwd, chdir, pid, ...), called as the built-ins call them.
#include <gtest/gtest.h>
#include <unistd.h>

#include <climits>
#include <string>

#include "modules_test.h"

namespace modules_test {
namespace {

using LoaderBindingsTest = test_support::ModulesTest;

TEST_F(LoaderBindingsTest, TheBootstrapTakesInternalBindingAwayFromTheGlobal) {
  EXPECT_EQ(Eval("typeof internalBinding"), "undefined");
  EXPECT_EQ(Eval("typeof binding('builtins').compileFunction"), "function");
}

TEST_F(LoaderBindingsTest, BuiltinIdsAreTheLoadersIds) {
  std::string ids;
  for (std::string_view id : loader().Ids()) ids += (ids.empty() ? "" : ",") + std::string(id);
  EXPECT_EQ(Eval("binding('builtins').builtinIds.join()"), ids);
  EXPECT_EQ(Eval("binding('builtins').exposeInternals"), "false");
}

TEST_F(LoaderBindingsTest, CompileFunctionGivesTheModuleFunction) {
  EXPECT_EQ(Eval("const f = binding('builtins').compileFunction('path');"
                 "typeof f + ' ' + f.length"),
            "function 5");
  // Called as realm.js calls it, it fills module.exports.
  EXPECT_EQ(Eval("(() => { const module = { exports: {} };"
                 "  binding('builtins').compileFunction('internal/path/segments')("
                 "    module.exports, null, module, process, binding);"
                 "  return Object.keys(module.exports).join(); })()"),
            "formatPath,normalizeSegments");
}

TEST_F(LoaderBindingsTest, CompileFunctionRejectsWhatIsNoBuiltin) {
  EXPECT_EQ(Eval("binding('builtins').compileFunction('no-such')"),
            "throws Error: No such built-in module: no-such");
  EXPECT_EQ(Eval("binding('builtins').compileFunction(42)"),
            "throws TypeError: The \"id\" argument must be of type string");
}

TEST_F(LoaderBindingsTest, GetCacheUsageListsWhatTheBootstrapCompiled) {
  // The fixture's loader has no cache: everything was compiled from source.
  EXPECT_EQ(Eval("const u = binding('builtins').getCacheUsage();"
                 "[u.compiledWithCache.length, u.compiledInSnapshot.length,"
                 " u.compiledWithoutCache.includes('internal/bootstrap/realm'),"
                 " u.compiledWithoutCache.includes('events')].join()"),
            "0,0,true,true");
  EXPECT_EQ(loader().cache_usage().without_cache.front(), "internal/bootstrap/realm");
}

TEST_F(LoaderBindingsTest, ContextifyCompilesAFileAsAFunctionOfItsParameters) {
  EXPECT_EQ(Eval("const { function: f } = binding('contextify').compileFunction("
                 "  'return a + b', 'sum.js', 0, 0, undefined, false, undefined, [], ['a', 'b']);"
                 "f(2, 3)"),
            "5");
  // Line and column offsets place the code in the file, for stack traces.
  EXPECT_EQ(Eval("binding('contextify').compileFunction('return new Error().stack', "
                 "  'at.js', 4, 0)"
                 "  .function().split('\\n')[1].trim()"),
            "at Object.function (at.js:5:8)");
}

TEST_F(LoaderBindingsTest, ContextifyValidatesItsArguments) {
  const std::string compile = "binding('contextify').compileFunction";
  EXPECT_EQ(Eval(compile + "(1, 'x.js', 0, 0)"),
            "throws TypeError [ERR_INVALID_ARG_TYPE]: The \"code\" argument must be of type "
            "string. Received type number (1)");
  EXPECT_EQ(Eval(compile + "('', 42, 0, 0)"),
            "throws TypeError [ERR_INVALID_ARG_TYPE]: The \"filename\" argument must be of type "
            "string. Received type number (42)");
  EXPECT_EQ(Eval(compile + "('', 'x.js', 0.5, 0)").substr(0, 44),
            "throws RangeError [ERR_OUT_OF_RANGE]: The va");
  EXPECT_EQ(Eval(compile + "('', 'x.js', 0, 0, undefined, false, undefined, [], 'a')"),
            "throws TypeError [ERR_INVALID_ARG_TYPE]: The \"params\" argument must be an "
            "instance of Array. Received type string ('a')");
  EXPECT_EQ(Eval(compile + "('', 'x.js', 0, 0, undefined, false, undefined, [], [1])"),
            "throws TypeError [ERR_INVALID_ARG_TYPE]: The \"params\" argument must be an Array "
            "of strings. Received type number (1)");
  // A syntax error in the user's file is V8's SyntaxError, thrown as is.
  EXPECT_EQ(Eval(compile + "('let = ;', 'bad.js', 0, 0)"),
            "throws SyntaxError: Unexpected token ';'");
}

TEST_F(LoaderBindingsTest, ProcessMethodsAreTheProcesssOwn) {
  char cwd[PATH_MAX];
  ASSERT_NE(getcwd(cwd, sizeof cwd), nullptr);
  EXPECT_EQ(Eval("binding('process_methods').cwd()"), cwd);
  EXPECT_EQ(Eval("binding('process_methods').pid"), std::to_string(getpid()));
  EXPECT_EQ(Eval("binding('process_methods').ppid"), std::to_string(getppid()));
  EXPECT_EQ(Eval("binding('process_methods').execPath.startsWith('/')"), "true");
}

TEST_F(LoaderBindingsTest, ChdirChangesTheDirectoryAndReportsFailuresAsUvErrors) {
  char cwd[PATH_MAX];
  ASSERT_NE(getcwd(cwd, sizeof cwd), nullptr);
  EXPECT_EQ(Eval("binding('process_methods').chdir('/'); binding('process_methods').cwd()"), "/");
  EXPECT_EQ(Eval("try { binding('process_methods').chdir('/no/such/dir') }"
                 "catch (e) { [e.code, e.syscall, e.path, e.dest].join() }"),
            "ENOENT,chdir,/,/no/such/dir");
  EXPECT_EQ(Eval("binding('process_methods').chdir(7)"),
            "throws TypeError [ERR_INVALID_ARG_TYPE]: The \"directory\" argument must be of "
            "type string. Received type number (7)");
  ASSERT_EQ(chdir(cwd), 0);
}

}  // namespace
}  // namespace modules_test
