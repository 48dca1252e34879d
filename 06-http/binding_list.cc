/// \file
/// This stage's bindings: what `internalBinding(name)` adds in stage 06 to
/// those of stages 04 and 05. main() hands the Realm the three lists.
#include "binding_registry.h"
#include "stage.h"

namespace bindings {

// clang-format off
#define STAGE_06_BINDINGS(V)                                                                  \
  V(http_parser)  /* HTTPParser, ConnectionsList: parser/ for _http_common (http_parser_binding.cc) */ \
  V(tls_wrap)     /* SecureContext, TLSWrap: an SSL over memory BIOs (tls/tls_wrap.cc) */
// clang-format on

BINDING_LIST(kStage06Bindings, STAGE_06_BINDINGS);

}  // namespace bindings
