// diplograph/document.h: one news article as the pipeline receives it.
//
//   diplograph::Document doc;
//   doc.id = "a1";
//   doc.text = "Russian President Vladimir Putin met ...";
//   doc.published = diplograph::CivilDate{2024, 4, 9};
//
// Offsets everywhere in diplograph point into `text` exactly as given here.
#pragma once

#include <optional>
#include <string>

#include "diplograph/date.h"

namespace diplograph {

struct Document {
  std::string id;                      // unique within a corpus; becomes schema:identifier
  std::string text;                    // UTF-8 (repaired by the readers if it was not)
  std::optional<CivilDate> published;  // relative dates need it; without it they stay unresolved
  std::string title;                   // optional metadata, carried into the graph
  std::string url;
  std::string source;
};

}  // namespace diplograph
