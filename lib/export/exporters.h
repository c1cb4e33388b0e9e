// The built-in exporters, one class per format (see diplograph/export.h).
#pragma once

#include <memory>
#include <string_view>

#include "diplograph/export.h"

namespace diplograph::internal {

std::unique_ptr<Exporter> MakeJsonLdExporter();

// The prefixes of ActorIri, EventIri and DocumentIri.
inline constexpr std::string_view kActorIriPrefix = "https://w3id.org/diplograph/id/actor/";
inline constexpr std::string_view kEventIriPrefix = "https://w3id.org/diplograph/id/event/";
inline constexpr std::string_view kDocumentIriPrefix = "https://w3id.org/diplograph/id/document/";
// Writes prefix + the percent-encoded id at `out`, which has room for
// prefix.size() + 3 * id.size() bytes, and returns the end: what ActorIri and
// the others return, without a string of its own. The id's part is printable
// ASCII without quotes or backslashes.
char* WriteIri(char* out, std::string_view prefix, std::string_view id);

}  // namespace diplograph::internal
