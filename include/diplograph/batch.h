// diplograph/batch.h: extracting a stream of documents on several threads.
//
// A BatchExtractor takes documents one at a time (from a reader, in input
// order) and hands them to worker threads through a short bounded queue; the
// workers extract, and the calling thread adds each result to your graph in
// input order, in its calls to Add() and Finish(). The graph is therefore
// built exactly as a one-thread run builds it, and exports byte for byte the
// same whatever the number of threads.
//
//   diplograph::Graph graph;
//   diplograph::BatchExtractor batch(*extractor, &graph, {.threads = 4});
//   diplograph::ReadJsonl(in, "corpus.jsonl", [&](diplograph::Document d) { batch.Add(std::move(d)); },
//                         on_problem, &read_stats);
//   batch.Finish();                       // graph now holds every document
//   const diplograph::BatchStats& s = batch.stats();
//
// Memory: documents go to the workers in runs of up to 16 (or 256 KB); at
// most about `queue_limit` documents wait besides the runs the workers hold,
// and only the results that finished ahead of an earlier, slower run wait to
// be added; documents are dropped once extracted.
//
// Thread safety: one thread calls Add() and Finish(); the extractor and the
// graph must outlive the BatchExtractor, and nobody else may touch the graph
// before Finish() returns. Never throws.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>

#include "diplograph/document.h"
#include "diplograph/extractor.h"
#include "diplograph/graph.h"

namespace diplograph {

// Counters over every document extracted so far.
struct BatchStats {
  std::size_t documents = 0;
  std::size_t bytes = 0;            // of document text
  std::size_t sentences = 0;
  std::size_t boilerplate_lines = 0;
  std::size_t actor_mentions = 0;
  std::size_t triggers = 0;
  std::size_t events = 0;           // per-document events, before merging across documents
  std::size_t warnings = 0;
  StageTimes times;                 // per stage, summed over threads (set Extractor::Options::time_stages)
  double seconds = 0;               // wall time from construction to the end of Finish()
  double merge_seconds = 0;         // of which Finish(): the last documents extracted and added
  BatchStats& operator+=(const BatchStats& o);
};

class BatchExtractor {
 public:
  struct Options {
    // Worker threads. 0: one per core (std::thread::hardware_concurrency).
    // 1: extract on the calling thread, no worker, no queue.
    unsigned threads = 0;
    // Documents waiting in the queue before Add() blocks. 0: 64 per thread.
    std::size_t queue_limit = 0;
  };

  BatchExtractor(const Extractor& extractor, Graph* graph, Options options);
  BatchExtractor(const Extractor& extractor, Graph* graph);  // default Options
  ~BatchExtractor();  // finishes if Finish() was not called
  BatchExtractor(const BatchExtractor&) = delete;
  BatchExtractor& operator=(const BatchExtractor&) = delete;

  // Queues one document (blocks while the queue is full). Ignored after Finish().
  void Add(Document document);
  // Waits for every queued document and adds the last results to the graph.
  // Calling it again does nothing.
  void Finish();

  unsigned threads() const;
  // Documents handed to Add() so far, and bytes of their text.
  std::size_t added_documents() const;
  std::size_t added_bytes() const;
  // Complete after Finish().
  const BatchStats& stats() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace diplograph
