// gen_corpus: writes a deterministic news-like JSONL corpus to stdout.
//
//   gen_corpus --density 0.30 --size 5M --seed 42 > dense-5M.jsonl
//   gen_corpus --sparse --size 1G > sparse-1G.jsonl
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "corpus_gen.h"

namespace {

const char kUsage[] =
    "usage: gen_corpus [--size N[K|M|G]] [--density D | --dense | --sparse] [--seed S] [--prefix ID]\n"
    "Writes news-like JSONL articles to stdout; the same options give the same bytes.\n"
    "  --size     about this many bytes (default 5M)\n"
    "  --density  share of sentences that report a diplomatic event (--dense 0.30, default; --sparse 0.03)\n"
    "  --seed     random seed (default 42)\n"
    "  --prefix   article id prefix (default gen)\n";

}  // namespace

int main(int argc, char** argv) {
  diplograph::bench::CorpusOptions o;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    bool has_value = i + 1 < argc;
    if (a == "--dense") o.density = 0.30;
    else if (a == "--sparse") o.density = 0.03;
    else if (a == "--density" && has_value) o.density = std::atof(argv[++i]);
    else if (a == "--seed" && has_value) o.seed = std::strtoull(argv[++i], nullptr, 10);
    else if (a == "--prefix" && has_value) o.id_prefix = argv[++i];
    else if (a == "--size" && has_value) {
      if (!diplograph::bench::ParseSize(argv[++i], &o.bytes)) {
        std::fprintf(stderr, "gen_corpus: bad --size '%s'\n", argv[i]);
        return 2;
      }
    } else {
      std::fputs(kUsage, a == "-h" || a == "--help" ? stdout : stderr);
      return a == "-h" || a == "--help" ? 0 : 2;
    }
  }
  std::string buf;
  buf.reserve(1 << 20);
  diplograph::bench::GenerateCorpus(o, [&](const std::string& line) {
    buf += line;
    buf += '\n';
    if (buf.size() > (1u << 20) - 65536) {
      std::fwrite(buf.data(), 1, buf.size(), stdout);
      buf.clear();
    }
  });
  std::fwrite(buf.data(), 1, buf.size(), stdout);
  return std::fflush(stdout) == 0 ? 0 : 3;
}
