// The parallel driver: workers take documents from a bounded queue and
// extract them; the calling thread adds their results to the graph in input
// order, between reading documents, exactly as a one-thread run does.
#include "diplograph/batch.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <string>
#include <system_error>
#include <thread>
#include <map>
#include <utility>
#include <vector>

#include "util/parallel.h"

namespace diplograph {

BatchStats& BatchStats::operator+=(const BatchStats& o) {
  documents += o.documents;
  bytes += o.bytes;
  sentences += o.sentences;
  boilerplate_lines += o.boilerplate_lines;
  actor_mentions += o.actor_mentions;
  triggers += o.triggers;
  events += o.events;
  warnings += o.warnings;
  times += o.times;
  return *this;
}

namespace {

using Clock = std::chrono::steady_clock;

// A run is handed over at this many bytes of text even if it is short of
// documents (long documents: keep the memory in flight bounded).
constexpr std::size_t kRunBytes = 256 * 1024;

std::uint64_t NanosSince(Clock::time_point t) {
  return static_cast<std::uint64_t>(std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - t).count());
}

void Count(const DocumentReport& r, BatchStats* s) {
  ++s->documents;
  s->bytes += r.bytes;
  s->sentences += r.sentences;
  s->boilerplate_lines += r.boilerplate_lines;
  s->actor_mentions += r.actor_mentions;
  s->triggers += r.triggers;
  s->events += r.events.size();
  s->warnings += r.warnings.size();
  s->times += r.times;
}

}  // namespace

struct BatchExtractor::Impl {
  // One extracted document, waiting to be added to the graph in input order.
  struct Done {
    DocumentRecord record;
    DocumentReport report;
  };
  // Documents travel in runs of consecutive input positions: one lock and one
  // wake-up per run instead of per document (news articles are a few KB, and
  // handing them over one by one cost more than a tenth of a worker's time).
  using Run = std::vector<Document>;

  const Extractor& extractor;
  Graph* graph;
  unsigned threads = 1;
  std::size_t run_documents = 16;  // documents per run
  std::size_t queue_runs = 8;      // runs waiting before Add() blocks
  Clock::time_point start = Clock::now();
  bool finished = false;
  std::size_t added = 0, added_bytes = 0;
  BatchStats stats;  // counted on the calling thread, in input order

  Run pending;                     // the run being filled by Add()
  std::uint64_t pending_first = 0; // input position of its first document
  std::size_t pending_bytes = 0;

  std::mutex mu;
  std::condition_variable not_empty;  // workers wait for runs
  std::condition_variable progress;   // the caller waits for queue space or a result
  std::deque<std::pair<std::uint64_t, Run>> queue;
  std::map<std::uint64_t, std::vector<Done>> done;  // extracted runs by first position, not yet in the graph
  std::uint64_t next_to_add = 0;  // input position of the next document for the graph
  bool closed = false;
  std::vector<std::thread> workers;

  Impl(const Extractor& e, Graph* g) : extractor(e), graph(g) {}

  void Work() {
    for (;;) {
      std::pair<std::uint64_t, Run> item;
      {
        std::unique_lock<std::mutex> lock(mu);
        not_empty.wait(lock, [&] { return closed || !queue.empty(); });
        if (queue.empty()) return;
        item = std::move(queue.front());
        queue.pop_front();
      }
      progress.notify_one();
      std::vector<Done> results;
      results.reserve(item.second.size());
      for (Document& d : item.second) {
        DocumentReport r = extractor.Extract(d, nullptr);
        results.push_back(Done{DocumentRecord{std::move(d.id), r.published, std::move(d.title), std::move(d.url),
                                              std::move(d.source)},
                               std::move(r)});
      }
      {
        std::lock_guard<std::mutex> lock(mu);
        done.emplace(item.first, std::move(results));
      }
      progress.notify_one();
    }
  }

  // Counts a document and adds it to the graph, taking its events over (an
  // extraction into the graph itself would copy every event and its mentions).
  void AddToGraph(const DocumentRecord& record, DocumentReport* report) {
    Clock::time_point t = Clock::now();
    graph->AddDocument(record);
    for (const Actor& a : report->actors) graph->AddActor(a);
    Count(*report, &stats);
    graph->AddDocumentEvents(std::move(report->events));
    stats.times.graph += NanosSince(t);
  }

  // Adds the extracted runs that are next in input order to the graph (the
  // lock is released while adding, so workers can go on).
  void AddReady(std::unique_lock<std::mutex>& lock) {
    for (auto it = done.find(next_to_add); it != done.end(); it = done.find(next_to_add)) {
      std::vector<Done> run = std::move(it->second);
      done.erase(it);
      next_to_add += run.size();
      lock.unlock();
      for (Done& d : run) AddToGraph(d.record, &d.report);
      lock.lock();
    }
  }

  // Hands the pending run to the workers, adding finished runs to the graph
  // while the queue is full.
  void Push() {
    if (pending.empty()) return;
    {
      std::unique_lock<std::mutex> lock(mu);
      for (;;) {
        AddReady(lock);
        if (queue.size() < queue_runs) break;
        progress.wait(lock);
      }
      queue.emplace_back(pending_first, std::move(pending));
    }
    not_empty.notify_one();
    pending = Run();
    pending_first = added;
    pending_bytes = 0;
  }

  void Finish() {
    if (finished) return;
    finished = true;
    if (workers.empty()) {
      stats.seconds = std::chrono::duration<double>(Clock::now() - start).count();
      return;
    }
    Clock::time_point t = Clock::now();
    Push();
    {
      std::unique_lock<std::mutex> lock(mu);
      closed = true;
      not_empty.notify_all();
      for (;;) {
        AddReady(lock);
        if (next_to_add == added) break;
        progress.wait(lock);
      }
    }
    for (auto& w : workers) w.join();
    stats.merge_seconds = std::chrono::duration<double>(Clock::now() - t).count();
    stats.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  }
};

BatchExtractor::BatchExtractor(const Extractor& extractor, Graph* graph)
    : BatchExtractor(extractor, graph, Options()) {}

BatchExtractor::BatchExtractor(const Extractor& extractor, Graph* graph, Options options)
    : impl_(std::make_unique<Impl>(extractor, graph)) {
  impl_->threads = internal::ThreadsOrCores(options.threads);
  // Documents in flight: waiting in the queue, in runs of up to 16.
  const std::size_t limit = options.queue_limit ? options.queue_limit : 64 * static_cast<std::size_t>(impl_->threads);
  impl_->run_documents = std::clamp<std::size_t>(limit / 4, 1, 16);
  impl_->queue_runs = std::max<std::size_t>(1, limit / impl_->run_documents);
  if (impl_->threads > 1) {
    for (unsigned i = 0; i < impl_->threads; ++i) {
      try {
        impl_->workers.emplace_back([m = impl_.get()] { m->Work(); });
      } catch (const std::system_error&) {
        break;  // no more threads to be had: run with those we got
      }
    }
    if (impl_->workers.size() < 2) {  // one worker is no better than the calling thread
      {
        std::lock_guard<std::mutex> lock(impl_->mu);
        impl_->closed = true;  // it has nothing queued: let it end
      }
      impl_->not_empty.notify_all();
      for (auto& w : impl_->workers) w.join();
      impl_->workers.clear();
      impl_->closed = false;
    }
    impl_->threads = impl_->workers.empty() ? 1 : static_cast<unsigned>(impl_->workers.size());
  }
}

BatchExtractor::~BatchExtractor() { Finish(); }

void BatchExtractor::Add(Document document) {
  Impl& m = *impl_;
  if (m.finished) return;
  std::uint64_t seq = m.added++;
  m.added_bytes += document.text.size();
  if (m.workers.empty()) {
    DocumentReport r = m.extractor.Extract(document, nullptr);
    m.AddToGraph(DocumentRecord{std::move(document.id), r.published, std::move(document.title),
                                std::move(document.url), std::move(document.source)},
                 &r);
    return;
  }
  if (m.pending.empty()) m.pending_first = seq;
  m.pending_bytes += document.text.size();
  m.pending.push_back(std::move(document));
  if (m.pending.size() >= m.run_documents || m.pending_bytes >= kRunBytes) m.Push();
}

void BatchExtractor::Finish() { impl_->Finish(); }
unsigned BatchExtractor::threads() const { return impl_->threads; }
std::size_t BatchExtractor::added_documents() const { return impl_->added; }
std::size_t BatchExtractor::added_bytes() const { return impl_->added_bytes; }
const BatchStats& BatchExtractor::stats() const { return impl_->stats; }

}  // namespace diplograph
