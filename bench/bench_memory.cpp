// Memory of a streamed extraction: peak resident memory against the input
// size, and how much of it is the graph.
//
//   diplograph_memory_bench [--dense | --sparse] [--size N[K|M|G]] [--threads N] [--no-graph]
//
// The corpus is generated on the fly (never held whole) and handed to the
// BatchExtractor line by line, as `diplograph extract` reads a file. At the
// end it prints the input size, the documents and events, the peak resident
// memory (VmHWM) and the heap the graph holds (heap in use before and after
// destroying it, from mallinfo2). With --no-graph each document's events are
// dropped once extracted (one thread): the memory the pipeline needs beyond
// the graph, which must not grow with the input.
#include <malloc.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

#include "corpus_gen.h"
#include "diplograph/batch.h"
#include "diplograph/input.h"

namespace {

double PeakRssMb() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line))
    if (line.rfind("VmHWM:", 0) == 0) return std::strtod(line.c_str() + 6, nullptr) / 1024.0;  // kB
  return -1;
}

double HeapMb() { return static_cast<double>(mallinfo2().uordblks) / (1024.0 * 1024.0); }

}  // namespace

int main(int argc, char** argv) {
  using namespace diplograph;
  bench::CorpusOptions corpus;
  corpus.bytes = 100u << 20;
  unsigned threads = 1;
  bool keep_graph = true;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--dense") corpus.density = 0.30;
    else if (a == "--sparse") corpus.density = 0.03;
    else if (a == "--size" && i + 1 < argc && bench::ParseSize(argv[i + 1], &corpus.bytes)) ++i;
    else if (a == "--threads" && i + 1 < argc) threads = static_cast<unsigned>(std::atoi(argv[++i]));
    else if (a == "--no-graph") keep_graph = false;
    else {
      std::fprintf(stderr, "usage: diplograph_memory_bench [--dense|--sparse] [--size N[K|M|G]] [--threads N] [--no-graph]\n");
      return 2;
    }
  }
  Result<Extractor> extractor = Extractor::Create({});
  if (!extractor.ok()) {
    std::fprintf(stderr, "%s\n", extractor.status().ToString().c_str());
    return 1;
  }
  const double start_rss = PeakRssMb();
  auto t0 = std::chrono::steady_clock::now();
  std::uint64_t lines = 0, bytes = 0, events = 0;
  double graph_mb = 0;
  if (keep_graph) {
    auto graph = std::make_unique<Graph>();
    {
      BatchExtractor::Options o;
      o.threads = threads;
      BatchExtractor batch(*extractor, graph.get(), o);
      bench::GenerateCorpus(corpus, [&](const std::string& line) {
        bytes += line.size() + 1;
        Result<Document> d = ParseJsonlLine(line, "generated", ++lines);
        if (d.ok()) batch.Add(std::move(d).value());
      });
      batch.Finish();
      events = batch.stats().events;
    }
    const double with_graph = HeapMb();
    graph.reset();
    graph_mb = with_graph - HeapMb();
  } else {
    bench::GenerateCorpus(corpus, [&](const std::string& line) {
      bytes += line.size() + 1;
      Result<Document> d = ParseJsonlLine(line, "generated", ++lines);
      if (d.ok()) events += extractor->Extract(*d, nullptr).events.size();
    });
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  const double peak = PeakRssMb();
  std::printf("input %.1f MB, %llu documents, %llu document events, %.1f s, %u thread(s)%s\n",
              static_cast<double>(bytes) / 1048576.0, static_cast<unsigned long long>(lines),
              static_cast<unsigned long long>(events), seconds, keep_graph ? threads : 1u, keep_graph ? "" : ", no graph");
  // The graph's heap counts capacity reserved but never touched, which is not
  // resident: with a large graph it can exceed the peak RSS. It is an upper
  // bound of the graph's share, not an exact one.
  std::printf("peak RSS %.1f MB (%.1f MB once the lexicon and rules are loaded)", peak, start_rss);
  if (keep_graph) std::printf(", graph heap %.1f MB (allocated, an upper bound of its resident share)", graph_mb);
  std::printf("\n");
  return 0;
}
