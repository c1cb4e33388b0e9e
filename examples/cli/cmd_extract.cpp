// diplograph extract: articles in, JSON-LD graph out.
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "command.h"
#include "graph_io.h"
#include "huge_pages.h"
#include "diplograph/batch.h"
#include "diplograph/export.h"
#include "diplograph/extractor.h"
#include "diplograph/input.h"
#include "diplograph/load.h"
#include "log.h"
#include "summary.h"

namespace diplograph::cli {
namespace {

const char kUsage[] =
    "usage: diplograph extract [options] INPUT...\n"
    "\n"
    "Reads news articles and writes the graph of diplomatic events they report.\n"
    "INPUT is a .jsonl file (one article a line: id, text, published, title, url, source),\n"
    "a .txt file (one article; give its date with --published), a folder of such files,\n"
    "or - for JSONL on standard input.\n"
    "\n"
    "options:\n"
    "  -o, --output FILE       where to write the graph (default: graph.jsonld); written atomically\n"
    "  --format NAME           output format (default: jsonld)\n"
    "  --published YYYY-MM-DD  publication date for articles that carry none\n"
    "  --lexicon FILE          add a lexicon file to the default one (repeatable)\n"
    "  --only-lexicon FILE     use this lexicon instead of the default one (repeatable)\n"
    "  --asserted-only         leave planned, negated and hedged events out of the graph\n"
    "  --into GRAPH.jsonld     add the articles to this existing graph (loaded first; -o defaults to it)\n"
    "  --max-document-bytes N  reject articles (JSONL lines, .txt files) over N bytes (default: 33554432,\n"
    "                          32 MiB; suffixes K, M, G; 0: no limit)\n"
    "  --threads N             worker threads (default: all cores); the graph is the same for any N\n"
    "  --stats                 print bytes, documents, sentences, events, seconds and MB/s per stage on stderr\n"
    "  --progress / --no-progress  a progress line on stderr (default: only when stderr is a terminal)\n"
    "  --quiet                 no summary table on stderr\n"
    "  --log-level LEVEL       debug, info, warning (default) or error\n"
    "  -h, --help              this text\n"
    "\n"
    "exit codes: 0 all read, 1 some input lines or files were rejected (the rest is in the graph),\n"
    "            2 usage error, 3 the output could not be written or the lexicon could not be loaded\n";

using SteadyClock = std::chrono::steady_clock;

double SecondsSince(SteadyClock::time_point t) { return std::chrono::duration<double>(SteadyClock::now() - t).count(); }

std::uint64_t FileSize(const std::string& p) {
  struct stat st;
  return ::stat(p.c_str(), &st) == 0 && S_ISREG(st.st_mode) ? static_cast<std::uint64_t>(st.st_size) : 0;
}

// The progress line: articles, MB, MB/s and, when the input size is known, ETA.
class Progress {
 public:
  Progress(bool on, std::uint64_t total_bytes) : on_(on), total_(total_bytes) {}
  void Update(std::size_t docs, std::uint64_t bytes, bool last = false) {
    if (!on_) return;
    double t = SecondsSince(start_);
    if (!last && t - shown_ < 0.25) return;
    shown_ = t;
    double mb = static_cast<double>(bytes) / 1e6, rate = t > 0 ? mb / t : 0;
    std::fprintf(stderr, "\r%zu articles, %.1f MB, %.1f MB/s", docs, mb, rate);
    if (total_ && rate > 0 && !last) {
      double left = static_cast<double>(total_ > bytes ? total_ - bytes : 0) / 1e6 / rate;
      std::fprintf(stderr, ", ETA %d:%02d", static_cast<int>(left) / 60, static_cast<int>(left) % 60);
    }
    std::fputs(last ? "          \n" : "   ", stderr);
    std::fflush(stderr);
  }

 private:
  bool on_;
  std::uint64_t total_;
  SteadyClock::time_point start_ = SteadyClock::now();
  double shown_ = -1;
};

void PrintStats(const BatchStats& s, std::uint64_t input_bytes, double setup_seconds, double read_seconds,
                double group_seconds, double write_seconds, double total_seconds, unsigned threads) {
  auto mbps = [](double bytes, double sec) { return sec > 0 ? bytes / 1e6 / sec : 0.0; };
  std::fprintf(stderr, "stats: %llu input bytes, %zu documents (%zu text bytes), %zu sentences, %zu actor mentions, "
               "%zu triggers, %zu document events; %u thread%s\n",
               static_cast<unsigned long long>(input_bytes), s.documents, s.bytes, s.sentences, s.actor_mentions,
               s.triggers, s.events, threads, threads == 1 ? "" : "s");
  std::fprintf(stderr, "  %-10s %10s %12s\n", "stage", "seconds", "MB/s");
  auto row = [&](const char* name, double sec, double bytes) {
    std::fprintf(stderr, "  %-10s %10.3f %12.1f\n", name, sec, mbps(bytes, sec));
  };
  double text = static_cast<double>(s.bytes);
  std::fprintf(stderr, "  %-10s %10.3f %12s\n", "setup", setup_seconds, "-");
  row("read", read_seconds, static_cast<double>(input_bytes));
  const std::pair<const char*, std::uint64_t> stages[] = {
      {"normalize", s.times.normalize}, {"split", s.times.split},   {"tokenize", s.times.tokenize},
      {"actors", s.times.actors},       {"actions", s.times.actions}, {"dates", s.times.dates},
      {"events", s.times.events},       {"graph", s.times.graph}};
  for (const auto& [name, ns] : stages) row(name, static_cast<double>(ns) / 1e9, text);
  row("extract", static_cast<double>(s.times.total()) / 1e9, text);
  if (threads > 1) row("finish", s.merge_seconds, text);
  row("group", group_seconds, text);
  row("write", write_seconds, text);
  row("wall", total_seconds, static_cast<double>(input_bytes));
  std::fprintf(stderr,
               "  (stage seconds: time in the stage summed over threads; 'setup': building the rules and the\n"
               "   lexicon, before the run; 'finish': waiting for the last documents; 'group': merging reports\n"
               "   across documents; 'write': the export; 'wall': all of the run after setup)\n");
  const std::string heap = HeapTunables();
  std::fprintf(stderr, "  heap: %s\n",
               heap.empty() ? "glibc defaults (4 KB pages)" : ("GLIBC_TUNABLES=" + heap).c_str());
}

// "33554432", "32M", "64K", "1G" (binary units); false if malformed.
bool ParseByteCount(const std::string& text, std::size_t* out) {
  char* end = nullptr;
  errno = 0;
  unsigned long long n = std::strtoull(text.c_str(), &end, 10);
  if (end == text.c_str() || errno || text[0] == '-') return false;
  std::string unit = end;
  int shift = unit.empty() ? 0 : unit == "K" || unit == "k" ? 10 : unit == "M" ? 20 : unit == "G" ? 30 : -1;
  if (shift < 0 || n > (~0ULL >> shift)) return false;
  *out = static_cast<std::size_t>(n << shift);
  return true;
}

// Why `path` cannot be the output, or empty: checked before any article is read,
// so that a long run does not end in an unwritable path. (The write itself is
// still atomic and checked; this is only the early warning.)
std::string OutputProblem(const std::string& path) {
  struct stat st;
  if (::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) return "is a directory";
  std::string dir = path.find('/') == std::string::npos ? "." : path.substr(0, path.find_last_of('/'));
  if (dir.empty()) dir = "/";
  // (Appended, not "..." + dir + ...: GCC 12 warns, wrongly, about the latter.)
  auto cannot = [&](const char* why) {
    std::string m = "cannot write into ";
    m += dir;
    m += ": ";
    m += why;
    return m;
  };
  if (::stat(dir.c_str(), &st) != 0) return cannot(std::strerror(errno));
  if (!S_ISDIR(st.st_mode)) return cannot("not a directory");
  if (::access(dir.c_str(), W_OK) != 0) return cannot(std::strerror(errno));
  return {};
}

bool IsDir(const std::string& p) {
  struct stat st;
  return ::stat(p.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

bool EndsWith(const std::string& s, const char* suffix) {
  std::size_t n = std::strlen(suffix);
  return s.size() >= n && s.compare(s.size() - n, n, suffix) == 0;
}

std::vector<std::string> ListDir(const std::string& dir) {
  std::vector<std::string> out;
  if (DIR* d = ::opendir(dir.c_str())) {
    while (dirent* e = ::readdir(d)) {
      std::string n = e->d_name;
      if (EndsWith(n, ".jsonl") || EndsWith(n, ".txt")) out.push_back(dir + "/" + n);
    }
    ::closedir(d);
  }
  std::sort(out.begin(), out.end());
  return out;
}

int RunExtract(int argc, char** argv) {
  std::string output = "graph.jsonld", format = "jsonld";
  std::optional<CivilDate> published;
  std::vector<std::string> inputs, add_lexicons, only_lexicons;
  bool quiet = false, asserted_only = false, output_given = false, want_stats = false;
  int progress_mode = -1;  // -1: if stderr is a terminal
  unsigned threads = 0;
  std::string into;
  ReadOptions read_options;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&](const char* what) -> const char* {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "diplograph extract: %s needs a value\n", what);
        return nullptr;
      }
      return argv[++i];
    };
    if (a == "-h" || a == "--help") {
      std::fputs(kUsage, stdout);
      return kExitOk;
    } else if (a == "-o" || a == "--output") {
      const char* v = value("-o");
      if (!v) return kExitUsage;
      output = v;
      output_given = true;
    } else if (a == "--format") {
      const char* v = value("--format");
      if (!v) return kExitUsage;
      format = v;
    } else if (a == "--published") {
      const char* v = value("--published");
      if (!v) return kExitUsage;
      published = CivilDate::Parse(v);
      if (!published) {
        std::fprintf(stderr, "diplograph extract: --published: expected a date YYYY-MM-DD, got '%s'\n", v);
        return kExitUsage;
      }
    } else if (a == "--lexicon") {
      const char* v = value("--lexicon");
      if (!v) return kExitUsage;
      add_lexicons.push_back(v);
    } else if (a == "--only-lexicon") {
      const char* v = value("--only-lexicon");
      if (!v) return kExitUsage;
      only_lexicons.push_back(v);
    } else if (a == "--log-level") {
      const char* v = value("--log-level");
      if (!v) return kExitUsage;
      if (!SetLogLevel(v)) {
        std::fprintf(stderr, "diplograph extract: --log-level: expected debug, info, warning or error\n");
        return kExitUsage;
      }
    } else if (a == "--threads" || a == "-j") {
      const char* v = value("--threads");
      if (!v) return kExitUsage;
      char* end = nullptr;
      long n = std::strtol(v, &end, 10);
      if (end == v || *end || n < 1 || n > 1024) {
        std::fprintf(stderr, "diplograph extract: --threads: expected a number from 1 to 1024, got '%s'\n", v);
        return kExitUsage;
      }
      threads = static_cast<unsigned>(n);
    } else if (a == "--stats") {
      want_stats = true;
    } else if (a == "--progress" || a == "--no-progress") {
      progress_mode = a == "--progress";
    } else if (a == "--quiet") {
      quiet = true;
    } else if (a == "--asserted-only") {
      asserted_only = true;
    } else if (a == "--max-document-bytes") {
      const char* v = value("--max-document-bytes");
      if (!v) return kExitUsage;
      if (!ParseByteCount(v, &read_options.max_document_bytes)) {
        std::fprintf(stderr, "diplograph extract: --max-document-bytes: expected a number of bytes (e.g. 33554432 or 32M), got '%s'\n", v);
        return kExitUsage;
      }
    } else if (a == "--into") {
      const char* v = value("--into");
      if (!v) return kExitUsage;
      into = v;
    } else if (a.size() > 1 && a[0] == '-' ) {
      std::fprintf(stderr, "diplograph extract: unknown option '%s'\n%s", a.c_str(), kUsage);
      return kExitUsage;
    } else {
      inputs.push_back(a);
    }
  }
  if (inputs.empty()) {
    std::fprintf(stderr, "diplograph extract: no input\n%s", kUsage);
    return kExitUsage;
  }
  std::unique_ptr<Exporter> exporter = MakeExporter(format);
  if (!exporter) {
    std::fprintf(stderr, "diplograph extract: unknown format '%s'\n", format.c_str());
    return kExitUsage;
  }

  Extractor::Options options;
  options.default_published = published;
  options.keep_unasserted = !asserted_only;
  if (!only_lexicons.empty() || !add_lexicons.empty()) {
    Lexicon lex;
    if (only_lexicons.empty()) {
      Result<Lexicon> def = Lexicon::Default();
      if (!def.ok()) {
        std::fprintf(stderr, "diplograph extract: %s\n", def.status().ToString().c_str());
        return kExitIo;
      }
      lex = *def;
    }
    for (const auto* list : {&only_lexicons, &add_lexicons})
      for (const std::string& f : *list) {
        Status s = lex.AddFile(f);
        if (!s.ok()) {
          std::fprintf(stderr, "diplograph extract: lexicon: %s\n", s.ToString().c_str());
          return kExitIo;
        }
      }
    options.lexicon = lex;
  }
  options.log = CliLog();
  options.log_level = CliLogLevel();
  options.time_stages = want_stats;
  options.threads = threads;  // the rules compile while the lexicon loads
  SteadyClock::time_point setup_start = SteadyClock::now();
  Result<Extractor> extractor = Extractor::Create(std::move(options));
  const double setup_seconds = SecondsSince(setup_start);
  if (!extractor.ok()) {
    std::fprintf(stderr, "diplograph extract: %s\n", extractor.status().ToString().c_str());
    return kExitIo;
  }

  Graph graph;
  if (!into.empty()) {
    Result<Graph> loaded = LoadGraphFile(into);
    if (!loaded.ok()) {
      std::fprintf(stderr, "diplograph extract: --into: %s\n", loaded.status().ToString().c_str());
      return kExitIo;
    }
    graph = std::move(loaded).value();
    if (!output_given) output = into;
  }
  if (std::string why = OutputProblem(output); !why.empty()) {
    std::fprintf(stderr, "diplograph extract: %s: %s; nothing was read\n", output.c_str(), why.c_str());
    return kExitIo;
  }
  std::vector<std::string> files;
  for (const std::string& in : inputs) {
    if (in != "-" && IsDir(in)) {
      std::vector<std::string> listed = ListDir(in);
      files.insert(files.end(), listed.begin(), listed.end());
    } else {
      files.push_back(in);
    }
  }
  std::uint64_t input_bytes = 0;
  for (const std::string& f : files) input_bytes += f == "-" ? 0 : FileSize(f);
  bool stdin_input = std::find(files.begin(), files.end(), "-") != files.end();

  SteadyClock::time_point run_start = SteadyClock::now();
  double in_add_seconds = 0;  // time the reader spent handing documents on (the rest of reading is parsing)
  BatchExtractor::Options batch_options;
  batch_options.threads = threads;
  BatchExtractor batch(*extractor, &graph, batch_options);
  graph.SetThreads(batch.threads());  // the cross-document grouping before export, too
  Progress progress(progress_mode == 1 || (progress_mode == -1 && ::isatty(STDERR_FILENO)),
                    stdin_input ? 0 : input_bytes);
  ReadStats total;
  std::size_t processed = 0, files_rejected = 0;
  auto on_doc = [&](Document d) {
    SteadyClock::time_point t = SteadyClock::now();
    batch.Add(std::move(d));
    in_add_seconds += SecondsSince(t);
    ++processed;
    progress.Update(processed, batch.added_bytes());
  };
  auto on_problem = [&](const Status& s) { std::fprintf(stderr, "%s\n", s.ToString().c_str()); };
  auto on_repaired = [&](const Status& s) {
    ++total.repaired;
    on_problem(s);
  };
  for (const std::string& f : files) {
    if (f == "-" || EndsWith(f, ".jsonl") || EndsWith(f, ".json")) {
      ReadStats st;
      Status s;
      if (f == "-") {
        s = ReadJsonl(std::cin, "<stdin>", on_doc, on_problem, &st, read_options);
      } else {
        std::ifstream in(f, std::ios::binary);
        if (!in || IsDir(f)) {
          std::fprintf(stderr, "%s: cannot open: %s\n", f.c_str(), in ? "is a directory" : std::strerror(errno));
          ++total.lines;  // a file that cannot be read is one rejected input
          ++files_rejected;
          continue;
        }
        s = ReadJsonl(in, f, on_doc, on_problem, &st, read_options);
      }
      if (!s.ok()) std::fprintf(stderr, "%s\n", s.ToString().c_str());
      total.lines += st.lines;
      total.read += st.read;
      total.rejected += st.rejected;
      total.repaired += st.repaired;
    } else {
      ++total.lines;
      Result<Document> d = ReadTextFile(f, published, read_options, on_repaired);
      if (!d.ok()) {
        std::fprintf(stderr, "%s\n", d.status().ToString().c_str());
        ++total.rejected;
        continue;
      }
      ++total.read;
      on_doc(std::move(d).value());
    }
  }

  double read_seconds = SecondsSince(run_start) - in_add_seconds;
  batch.Finish();
  progress.Update(processed, batch.added_bytes(), true);
  SteadyClock::time_point group_start = SteadyClock::now();
  (void)graph.events();  // the cross-document grouping, done on the first read after a change
  double group_seconds = SecondsSince(group_start);
  SteadyClock::time_point write_start = SteadyClock::now();
  ExportOptions export_options;
  export_options.threads = batch.threads();  // the JSON-LD nodes are serialised on as many threads
  Status w = WriteFileAtomically(output, [&](std::ostream& out) { return exporter->Write(graph, out, export_options); });
  double write_seconds = SecondsSince(write_start);
  if (!w.ok()) {
    std::fprintf(stderr, "diplograph extract: %s\n", w.ToString().c_str());
    return kExitIo;
  }
  if (want_stats) PrintStats(batch.stats(), input_bytes ? input_bytes : batch.added_bytes(), setup_seconds, read_seconds,
                             group_seconds, write_seconds, SecondsSince(run_start), batch.threads());
  if (!quiet) PrintSummary(graph, stderr);
  std::fprintf(stderr, "read %zu, processed %zu, rejected %zu%s; %zu events, %zu actors -> %s\n", total.lines, processed,
               total.rejected + files_rejected,
               total.repaired ? (", repaired " + std::to_string(total.repaired)).c_str() : "", graph.events().size(),
               graph.actors().size(), output.c_str());
  KeepUntilExit(std::move(graph));  // the process ends next: no need to free it
  return (total.rejected + files_rejected) ? kExitSomeRejected : kExitOk;
}

}  // namespace

DIPLOGRAPH_COMMAND("extract", "read articles, write the event graph (JSON-LD)", RunExtract);

}  // namespace diplograph::cli
