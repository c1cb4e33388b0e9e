// A deterministic generator of news-like articles for benchmarks and scale
// tests: seeded, so the same options always give the same bytes.
//
//   diplograph::bench::CorpusOptions opts;
//   opts.density = 0.30;          // share of sentences that report a diplomatic event
//   opts.bytes = 5 << 20;         // stop after about this many bytes of JSONL
//   diplograph::bench::GenerateCorpus(opts, [](const std::string& jsonl_line) { ... });
//
// Articles have a headline, a publication date, 8-40 sentences in paragraphs,
// real leader names with their titles (a built-in list of people the default
// lexicon knows, in office on the generated dates), surname-only and "he/she"
// follow-ups, relative and absolute dates, and plain filler text.
//
// Thread safety: GenerateCorpus keeps no state between calls.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

namespace diplograph::bench {

struct CorpusOptions {
  std::uint64_t seed = 42;
  double density = 0.30;           // share of sentences with an event (0.30 dense, 0.03 sparse)
  std::uint64_t bytes = 5u << 20;  // stop once this many bytes of JSONL were produced
  std::string id_prefix = "gen";
};

// A size as the benchmark tools take it: "5M", "1.5G", "200K", "1000" (bytes;
// K, M, G are powers of 1024, either case). False for anything else or <= 0.
bool ParseSize(const char* text, std::uint64_t* out);

// Calls `line` with every JSONL line (no trailing newline). Returns the
// number of articles.
std::uint64_t GenerateCorpus(const CorpusOptions& options, const std::function<void(const std::string&)>& line);

}  // namespace diplograph::bench
