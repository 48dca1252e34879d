// GoogleTest for stage 03's modules as a whole: require(), and scripts that
// try to break the natives from JavaScript. A script may redefine what it
// likes (setters on Object.prototype, a throwing Error.prepareStackTrace):
// the runtime must go on, never abort. Node's own behaviour in these cases
// depends on its JavaScript internals, so they are not script tests.
#include "modules.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "modules/crypto_module.h"
#include "modules/fs_module.h"
#include "pool_test.h"
#include "runtime.h"

namespace {

using ModulesTest = test_support::PoolTest;

TEST_F(ModulesTest, RequireMakesEachModuleOnceAndNamesTheOnesItLacks) {
  EXPECT_EQ(RunProgram("log.push(require('fs') === require('node:fs'),"
                       "         require('fs/promises') === require('fs').promises,"
                       "         typeof require('zlib').gzipSync);"
                       "try { require('path'); } catch (e) { log.push(e.code); }"
                       "try { require('node:path'); } catch (e) { log.push(e.code); }"),
            0);
  EXPECT_EQ(Log(), "true true function MODULE_NOT_FOUND ERR_UNKNOWN_BUILTIN_MODULE");
}

TEST_F(ModulesTest, TheModulesKeepThemselvesInTheirContextBesideTheRuntime) {
  pool::BuiltinModules* modules = pool::BuiltinModules::GetCurrent(context());
  EXPECT_EQ(modules, modules_.get());
  EXPECT_EQ(&pool::BuiltinModules::GetCurrent(isolate()), modules_.get());
  EXPECT_EQ(loop::Runtime::GetCurrent(context()), runtime_.get());
  ASSERT_NE(modules, nullptr);
  // What a pool function finds there: the pool, and its module by name.
  EXPECT_EQ(&modules->pool(), pool_.get());
  EXPECT_EQ(modules->module<pool::FsModule>().name(), "fs");
  EXPECT_EQ(modules->module<pool::CryptoModule>().name(), "crypto");
  // Natives that use them: require(), a pool function, a Hash method.
  EXPECT_EQ(Eval("require('fs').statSync('/').isDirectory()"), "true");
  EXPECT_EQ(Eval("require('crypto').createHash('sha1').update('x').digest('hex')"),
            "11f6ad8ec52a2984abaafd7c3b516503785c2072");

  pool_->Shutdown(0);
  modules_.reset();
  EXPECT_EQ(pool::BuiltinModules::GetCurrent(context()), nullptr);
  EXPECT_EQ(loop::Runtime::GetCurrent(context()), runtime_.get());
}

TEST_F(ModulesTest, SettersOnPrototypesDoNotBreakTheResults) {
  // Every name a native sets on a result or an error now has a throwing
  // setter up the prototype chain; the natives define their own properties
  // instead of assigning, so nothing here can throw or abort.
  EXPECT_EQ(RunProgram(R"(
    for (const name of ['address', 'family', 'errno', 'code', 'syscall', 'path', 'dest', 'info',
                        'bytesRead', 'bytesWritten', 'buffer', 'dev', 'mode', 'size', 'atime',
                        'name', 'parentPath', 'hostname', 'message', 'requireStack',
                        'constants', 'promises', 'F_OK']) {
      Object.defineProperty(Object.prototype, name, { set() { throw new Error('setter ' + name); },
                                                      configurable: true });
    }
    const fs = require('fs'), dns = require('dns'), zlib = require('zlib');
    fs.stat('no-such-file', (err) => log.push('stat error ' + err.code + ' ' + err.errno));
    fs.stat('.', (err, stats) => log.push('stat ' + stats.isDirectory()));
    fs.readdir('.', { withFileTypes: true }, (err, list) => log.push('dirents ' + (list.length > 0)));
    fs.rm('.', (err) => log.push('rm ' + err.code));
    dns.lookup('127.0.0.1', (err, address) => log.push('lookup ' + address));
    zlib.gunzip(new Uint8Array(10), (err) => log.push('gunzip ' + err.code));
    try { require('path'); } catch (e) { log.push('require ' + e.code); }
  )"),
            0);
  std::string log = Log();
  for (const char* entry :
       {"stat error ENOENT -2", "stat true", "dirents true", "rm ERR_FS_EISDIR", "lookup 127.0.0.1",
        "gunzip Z_DATA_ERROR", "require MODULE_NOT_FOUND"}) {
    EXPECT_NE(log.find(entry), std::string::npos) << entry << " missing from: " << log;
  }
}

TEST_F(ModulesTest, ClassesGivenHostileValuesThrowInsteadOfAborting) {
  EXPECT_EQ(RunProgram(R"(
    const fs = require('fs');
    const trap = new Proxy({}, { defineProperty() { throw new Error('trap'); } });
    try { fs.Stats.call(trap, 1); } catch (e) { log.push(e.message); }
    try { fs.Dirent.call(trap, 'a', 1, 'p'); } catch (e) { log.push(e.message); }
    try { new fs.Stats(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, { valueOf() { throw new Error('valueOf'); } }); }
    catch (e) { log.push(e.message); }
    const hash = require('crypto').createHash('sha1');
    try { hash.update.call(trap, 'x'); } catch (e) { log.push(e.name); }
  )"),
            0);
  EXPECT_EQ(Log(), "trap trap valueOf TypeError");
}

TEST_F(ModulesTest, AThrowingPrepareStackTraceDoesNotStopNodesErrors) {
  EXPECT_EQ(RunProgram("Error.prepareStackTrace = () => { throw new Error('no stacks'); };"
                       "try { require('fs').readFileSync(42.5); }"
                       "catch (e) { log.push(e.code); }"),
            0);
  EXPECT_EQ(Log(), "ERR_INVALID_ARG_TYPE");
}

TEST_F(ModulesTest, GettersThatThrowInOptionsBecomeTheCallsException) {
  EXPECT_EQ(RunProgram("const options = { get encoding() { throw new Error('getter'); } };"
                       "try { require('fs').readFile('x', options, () => {}); }"
                       "catch (e) { log.push(e.message); }"
                       "require('fs').promises.readFile('x', options)"
                       "  .catch((e) => log.push('rejected ' + e.message));"),
            0);
  EXPECT_EQ(Log(), "getter rejected getter");
}

TEST_F(ModulesTest, ProcessExitInsideAnOptionsGetterEndsTheProgram) {
  EXPECT_EQ(
      RunProgram("const fs = require('fs');"
                 "fs.readFile('x', { get flag() { process.exit(4); } }, () => log.push('no'));"
                 "log.push('not reached');"),
      4);  // the main script was terminated by process.exit(4)
  EXPECT_EQ(runtime_->exit_requested().value_or(-1), 4);
  EXPECT_EQ(Log(), "");
}

}  // namespace
