// diplograph/export.h: writing a Graph in the formats other tools read.
//
// Every format is one small class behind the Exporter interface; pick one by
// name:
//
//   std::unique_ptr<diplograph::Exporter> ex = diplograph::MakeExporter("jsonld");
//   diplograph::Status s = diplograph::WriteFileAtomically("graph.jsonld",
//       [&](std::ostream& out) { return ex->Write(graph, out); });
//
// Formats that offer several views of the graph take ExportOptions:
//
//   diplograph::ExportOptions opts;
//   opts.view = "events";   // GraphML/DOT/GEXF/Cytoscape: "actors" (default), "weighted" or "events"
//   ex->Write(graph, out, opts);
//
// "jsonld" is the reference format: JSON-LD 1.1 with an embedded @context
// (no network needed), vocabulary https://w3id.org/diplograph/ns#, schema.org,
// SEM, PROV-O and Web Annotation selectors (docs/jsonld.md). The output is
// deterministic: the same graph gives the same bytes.
//
// Thread safety: exporters are stateless; Write() may run concurrently.
#pragma once

#include <functional>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "diplograph/graph.h"
#include "diplograph/status.h"

namespace diplograph {

// How to write: which view of the graph, for formats that have several.
struct ExportOptions {
  std::string view;  // empty: the format's default view (see Exporter::views())
  // Threads that may serialise at once, for formats that can (JSON-LD); the
  // bytes written are the same for any number.
  unsigned threads = 1;
};

class Exporter {
 public:
  virtual ~Exporter() = default;
  virtual std::string_view name() const = 0;       // "jsonld"
  virtual std::string_view extension() const = 0;  // ".jsonld"
  // Writes the whole graph. Fails only if the stream fails.
  virtual Status Write(const Graph& graph, std::ostream& out) const = 0;
  // The views this format offers, default first; empty if it has one only.
  virtual std::vector<std::string> views() const { return {}; }
  // Writes the chosen view. kInvalidArgument for a view the format lacks.
  virtual Status Write(const Graph& graph, std::ostream& out, const ExportOptions& options) const {
    if (!options.view.empty())
      return Status(StatusCode::kInvalidArgument, "the " + std::string(name()) + " format has no view '" + options.view + "'");
    return Write(graph, out);
  }
};

// The exporter for `format` ("jsonld", ...), or nullptr if there is none.
std::unique_ptr<Exporter> MakeExporter(std::string_view format);
// The names MakeExporter accepts.
std::vector<std::string> ExportFormats();

// Registers another format (used by the library's own exporters; users may
// add theirs). Returns false if the name is taken.
bool RegisterExporter(std::string name, std::function<std::unique_ptr<Exporter>()> factory);

// Writes `path` through `write`, into a temporary file beside it that is
// renamed over `path` only when everything succeeded: readers never see a
// partial file, and a failure leaves no file behind. A `path` that is a device
// or a pipe ("/dev/null", "/dev/stdout", a FIFO) is written in place.
Status WriteFileAtomically(const std::string& path, const std::function<Status(std::ostream&)>& write);

// IRIs used in the exports.
std::string ActorIri(std::string_view actor_id);
std::string EventIri(std::string_view event_id);
std::string DocumentIri(std::string_view document_id);
inline constexpr std::string_view kVocabulary = "https://w3id.org/diplograph/ns#";

}  // namespace diplograph
