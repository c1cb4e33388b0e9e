// The built-in exporters, one class per format (see diplograph/export.h).
#pragma once

#include <memory>

#include "diplograph/export.h"

namespace diplograph::internal {

std::unique_ptr<Exporter> MakeJsonLdExporter();

}  // namespace diplograph::internal
