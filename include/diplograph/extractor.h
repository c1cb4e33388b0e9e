// diplograph/extractor.h: from news articles to the event graph.
//
// The Extractor runs the pipeline on one document at a time: normalise,
// split into sentences and tokens, recognise actors, actions and dates, build
// events, and add them to a Graph.
//
//   diplograph::Result<diplograph::Extractor> ex = diplograph::Extractor::Create({});
//   if (!ex.ok()) { /* ex.status().ToString() */ }
//   diplograph::Graph graph;
//   diplograph::Document doc{"a1", "Chinese President Xi Jinping congratulated Vladimir Putin on Monday ...",
//                            diplograph::CivilDate{2024, 3, 18}};
//   diplograph::DocumentReport r = ex->Extract(doc, &graph);
//
// Thread safety: an Extractor is immutable after Create(); Extract() may be
// called from several threads at once, each with its own Graph (or with
// Analyze(), which touches no graph).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diplograph/document.h"
#include "diplograph/graph.h"
#include "diplograph/lexicon.h"
#include "diplograph/status.h"

namespace diplograph {

enum class LogLevel { kDebug, kInfo, kWarning, kError };
// Receives diagnostics (a sink for spdlog or anything else). Default: none.
using LogFunction = std::function<void(LogLevel, std::string_view)>;

// Time spent in each pipeline stage, in nanoseconds (filled only when
// Extractor::Options::time_stages is set). Sums over documents with +=.
struct StageTimes {
  std::uint64_t normalize = 0;  // UTF-8 repair and normalisation
  std::uint64_t split = 0;      // sentences
  std::uint64_t tokenize = 0;
  std::uint64_t actors = 0;     // actor recognition
  std::uint64_t actions = 0;    // trigger rules
  std::uint64_t dates = 0;      // temporal tagging
  std::uint64_t events = 0;     // roles, factuality, per-document merging, actor records
  std::uint64_t graph = 0;      // adding the document to the Graph
  std::uint64_t total() const { return normalize + split + tokenize + actors + actions + dates + events + graph; }
  StageTimes& operator+=(const StageTimes& o) {
    normalize += o.normalize, split += o.split, tokenize += o.tokenize, actors += o.actors;
    actions += o.actions, dates += o.dates, events += o.events, graph += o.graph;
    return *this;
  }
};

// What extracting one document found.
struct DocumentReport {
  std::string document;
  std::size_t bytes = 0;
  std::size_t sentences = 0;
  std::size_t boilerplate_lines = 0;
  std::size_t actor_mentions = 0;
  std::size_t triggers = 0;
  std::vector<Event> events;   // this document's events (before merging with other documents)
  std::vector<Actor> actors;   // the actors those events name
  std::vector<std::string> warnings;
  std::optional<CivilDate> published;  // the date used: the document's, or Options::default_published
  StageTimes times;                    // zero unless Options::time_stages
};

class Extractor {
 public:
  struct Options {
    // The lexicon of actors. Default (empty): the lexicon compiled into the library.
    std::optional<Lexicon> lexicon;
    // Publication date for documents that carry none. Default: none (relative
    // dates in such documents stay unresolved and events get no date).
    std::optional<CivilDate> default_published;
    // Keep planned, negated and hedged events in the graph (marked with their
    // factuality). Default: true.
    bool keep_unasserted = true;
    // Diagnostics. Default: discarded.
    LogFunction log;
    // The least level `log` wants: messages below it are neither built nor
    // sent (a debug line per document is several strings to format).
    // Default: every level.
    LogLevel log_level = LogLevel::kDebug;
    // Measure the time of every stage into DocumentReport::times (costs a
    // clock read per stage and sentence). Default: false.
    bool time_stages = false;
    // Threads Create may use: with two, the action rules are compiled while
    // the lexicon loads (Create takes about 0.1 s instead of 0.17 s). Extract
    // always runs on the calling thread (see BatchExtractor for several).
    // 0: one per core. Default: 0.
    unsigned threads = 0;
  };

  static Result<Extractor> Create(Options options);

  Extractor(Extractor&&) noexcept;
  Extractor& operator=(Extractor&&) noexcept;
  ~Extractor();

  // Extracts one document: events, actors and the document record go into
  // `graph` (which may be null to only analyse). Never fails: problems with
  // the text are reported as warnings.
  DocumentReport Extract(const Document& document, Graph* graph) const;

  const Lexicon& lexicon() const;

 private:
  struct Impl;
  explicit Extractor(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace diplograph
