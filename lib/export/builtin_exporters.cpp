#include <mutex>

#include "export/exporters.h"

namespace diplograph {

void RegisterBuiltinExporters() {
  static std::once_flag once;
  std::call_once(once, [] {
    RegisterExporter("jsonld", internal::MakeJsonLdExporter);
  });
}

}  // namespace diplograph
