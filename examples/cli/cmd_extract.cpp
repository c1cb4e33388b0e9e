// diplograph extract: articles in, JSON-LD graph out.
#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "command.h"
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
    "  --quiet                 no summary table on stderr\n"
    "  --log-level LEVEL       debug, info, warning (default) or error\n"
    "  -h, --help              this text\n"
    "\n"
    "exit codes: 0 all read, 1 some input lines or files were rejected (the rest is in the graph),\n"
    "            2 usage error, 3 the output could not be written or the lexicon could not be loaded\n";

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
  bool quiet = false, asserted_only = false, output_given = false;
  std::string into;
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
    } else if (a == "--quiet") {
      quiet = true;
    } else if (a == "--asserted-only") {
      asserted_only = true;
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
  Result<Extractor> extractor = Extractor::Create(std::move(options));
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
  ReadStats total;
  std::size_t processed = 0, files_rejected = 0;
  auto on_doc = [&](Document d) {
    extractor->Extract(d, &graph);
    ++processed;
  };
  auto on_problem = [&](const Status& s) { std::fprintf(stderr, "%s\n", s.ToString().c_str()); };

  std::vector<std::string> files;
  for (const std::string& in : inputs) {
    if (in != "-" && IsDir(in)) {
      std::vector<std::string> listed = ListDir(in);
      files.insert(files.end(), listed.begin(), listed.end());
    } else {
      files.push_back(in);
    }
  }
  for (const std::string& f : files) {
    if (f == "-" || EndsWith(f, ".jsonl") || EndsWith(f, ".json")) {
      ReadStats st;
      Status s;
      if (f == "-") {
        s = ReadJsonl(std::cin, "<stdin>", on_doc, on_problem, &st);
      } else {
        std::ifstream in(f, std::ios::binary);
        if (!in) {
          std::fprintf(stderr, "%s: cannot open: %s\n", f.c_str(), std::strerror(errno));
          ++files_rejected;
          continue;
        }
        s = ReadJsonl(in, f, on_doc, on_problem, &st);
      }
      if (!s.ok()) std::fprintf(stderr, "%s\n", s.ToString().c_str());
      total.lines += st.lines;
      total.read += st.read;
      total.rejected += st.rejected;
      total.repaired += st.repaired;
    } else {
      ++total.lines;
      Result<Document> d = ReadTextFile(f, published);
      if (!d.ok()) {
        std::fprintf(stderr, "%s\n", d.status().ToString().c_str());
        ++total.rejected;
        continue;
      }
      ++total.read;
      on_doc(std::move(d).value());
    }
  }

  Status w = WriteFileAtomically(output, [&](std::ostream& out) { return exporter->Write(graph, out); });
  if (!w.ok()) {
    std::fprintf(stderr, "diplograph extract: %s\n", w.ToString().c_str());
    return kExitIo;
  }
  if (!quiet) PrintSummary(graph, stderr);
  std::fprintf(stderr, "read %zu, processed %zu, rejected %zu%s; %zu events, %zu actors -> %s\n", total.lines, processed,
               total.rejected + files_rejected,
               total.repaired ? (", repaired " + std::to_string(total.repaired)).c_str() : "", graph.events().size(),
               graph.actors().size(), output.c_str());
  return (total.rejected + files_rejected) ? kExitSomeRejected : kExitOk;
}

}  // namespace

DIPLOGRAPH_COMMAND("extract", "read articles, write the event graph (JSON-LD)", RunExtract);

}  // namespace diplograph::cli
