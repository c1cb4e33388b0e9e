// The parallel driver: a bounded queue of documents, one Graph per worker,
// merged at the end. Actor and document records carry the input position of
// the document that wrote them, so that the last one in input order wins as
// it does when one thread adds documents in order.
#include "diplograph/batch.h"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <string>
#include <system_error>
#include <thread>
#include <unordered_map>
#include <utility>
#include <vector>

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

template <typename T>
using Latest = std::unordered_map<std::string, std::pair<std::uint64_t, T>>;  // id -> (input position, record)

template <typename T>
void KeepLatest(Latest<T>* into, const std::string& id, std::uint64_t seq, const T& value) {
  auto [it, inserted] = into->try_emplace(id, seq, value);
  if (!inserted && it->second.first < seq) it->second = {seq, value};
}

}  // namespace

struct BatchExtractor::Impl {
  struct Worker {
    Graph graph;
    Latest<Actor> actors;
    Latest<DocumentRecord> documents;
    BatchStats stats;
    std::thread thread;
  };

  const Extractor& extractor;
  Graph* graph;
  unsigned threads = 1;
  std::size_t queue_limit = 4;
  Clock::time_point start = Clock::now();
  bool finished = false;
  std::size_t added = 0, added_bytes = 0;
  BatchStats stats;  // one thread: counted here directly; several: summed at Finish

  std::mutex mu;
  std::condition_variable not_empty, not_full;
  std::deque<std::pair<std::uint64_t, Document>> queue;
  bool closed = false;
  std::vector<std::unique_ptr<Worker>> workers;

  Impl(const Extractor& e, Graph* g) : extractor(e), graph(g) {}

  void Run(Worker* w) {
    for (;;) {
      std::pair<std::uint64_t, Document> item;
      {
        std::unique_lock<std::mutex> lock(mu);
        not_empty.wait(lock, [&] { return closed || !queue.empty(); });
        if (queue.empty()) return;
        item = std::move(queue.front());
        queue.pop_front();
      }
      not_full.notify_one();
      DocumentReport r = extractor.Extract(item.second, nullptr);
      Clock::time_point t = Clock::now();
      const Document& d = item.second;
      KeepLatest(&w->documents, d.id, item.first, DocumentRecord{d.id, r.published, d.title, d.url, d.source});
      for (const Actor& a : r.actors) KeepLatest(&w->actors, a.id, item.first, a);
      w->graph.AddDocumentEvents(r.events);
      r.times.graph += NanosSince(t);
      Count(r, &w->stats);
    }
  }

  void Finish() {
    if (finished) return;
    finished = true;
    if (workers.empty()) {
      stats.seconds = std::chrono::duration<double>(Clock::now() - start).count();
      return;
    }
    {
      std::lock_guard<std::mutex> lock(mu);
      closed = true;
    }
    not_empty.notify_all();
    for (auto& w : workers) w->thread.join();
    Clock::time_point t = Clock::now();
    Latest<Actor> actors;
    Latest<DocumentRecord> documents;
    for (auto& w : workers) {
      graph->Merge(w->graph);
      w->graph = Graph();
      for (auto& [id, v] : w->actors) KeepLatest(&actors, id, v.first, v.second);
      for (auto& [id, v] : w->documents) KeepLatest(&documents, id, v.first, v.second);
      w->actors.clear();
      w->documents.clear();
      stats += w->stats;
    }
    // Merge() let each worker's records overwrite; put back the latest in input order.
    for (const auto& [id, v] : documents) graph->AddDocument(v.second);
    for (const auto& [id, v] : actors) graph->AddActor(v.second);
    stats.merge_seconds = std::chrono::duration<double>(Clock::now() - t).count();
    stats.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  }
};

BatchExtractor::BatchExtractor(const Extractor& extractor, Graph* graph)
    : BatchExtractor(extractor, graph, Options()) {}

BatchExtractor::BatchExtractor(const Extractor& extractor, Graph* graph, Options options)
    : impl_(std::make_unique<Impl>(extractor, graph)) {
  unsigned n = options.threads ? options.threads : std::thread::hardware_concurrency();
  impl_->threads = n ? n : 1;
  impl_->queue_limit = options.queue_limit ? options.queue_limit : 4 * static_cast<std::size_t>(impl_->threads);
  if (impl_->threads > 1) {
    for (unsigned i = 0; i < impl_->threads; ++i) {
      auto w = std::make_unique<Impl::Worker>();
      try {
        w->thread = std::thread([m = impl_.get(), p = w.get()] { m->Run(p); });
      } catch (const std::system_error&) {
        break;  // no more threads to be had: run with those we got
      }
      impl_->workers.push_back(std::move(w));
    }
    if (impl_->workers.size() < 2) {  // one worker is no better than the calling thread
      impl_->closed = true;           // it has nothing queued: let it end
      impl_->not_empty.notify_all();
      for (auto& w : impl_->workers) w->thread.join();
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
    DocumentReport r = m.extractor.Extract(document, m.graph);
    Count(r, &m.stats);
    return;
  }
  {
    std::unique_lock<std::mutex> lock(m.mu);
    m.not_full.wait(lock, [&] { return m.queue.size() < m.queue_limit; });
    m.queue.emplace_back(seq, std::move(document));
  }
  m.not_empty.notify_one();
}

void BatchExtractor::Finish() { impl_->Finish(); }
unsigned BatchExtractor::threads() const { return impl_->threads; }
std::size_t BatchExtractor::added_documents() const { return impl_->added; }
std::size_t BatchExtractor::added_bytes() const { return impl_->added_bytes; }
const BatchStats& BatchExtractor::stats() const { return impl_->stats; }

}  // namespace diplograph
