// diplograph lexicon: check a lexicon file, or build one from Wikidata results.
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "command.h"
#include "diplograph/export.h"
#include "diplograph/lexicon.h"

namespace diplograph::cli {
namespace {

const char kUsage[] =
    "usage: diplograph lexicon check [--alone] FILE...\n"
    "       diplograph lexicon import-wikidata RESULTS.json [-o OUT.json]\n"
    "\n"
    "check            loads FILE(s) on top of the built-in lexicon (or alone with --alone) and reports\n"
    "                 errors (duplicate ids, reversed role dates, bad JSON) and warnings (overlapping\n"
    "                 terms, roles naming unknown countries, shared short names) as file:line:column.\n"
    "                 Exit 0: no errors; 1: errors.\n"
    "import-wikidata  turns the JSON results of the SPARQL query in docs/lexicon.md into a lexicon file\n"
    "                 (people with dated roles). Writes OUT.json atomically (default: stdout).\n";

int Check(const std::vector<std::string>& files, bool alone) {
  Lexicon lex;
  if (!alone) {
    Result<Lexicon> def = Lexicon::Default();
    if (!def.ok()) {
      std::fprintf(stderr, "%s\n", def.status().ToString().c_str());
      return kExitIo;
    }
    lex = *def;
  }
  std::size_t before = lex.Warnings().size();
  int errors = 0;
  for (const std::string& f : files) {
    Status s = lex.AddFile(f);
    if (!s.ok()) {
      // "file:line:column: error: what is wrong", the form editors jump to.
      Status located = s.where().file.empty() ? s.WithFile(f) : s;
      std::string where = located.ToString();
      where.resize(where.size() - located.message().size());
      std::printf("%serror: %s\n", where.c_str(), located.message().c_str());
      ++errors;
    }
  }
  std::vector<std::string> warnings = lex.Warnings();
  std::size_t shown = 0;
  for (std::size_t i = alone ? 0 : before; i < warnings.size(); ++i, ++shown) std::printf("warning: %s\n", warnings[i].c_str());
  std::printf("%zu file(s), %zu entries, %d error(s), %zu warning(s)\n", files.size(), lex.entries().size(), errors, shown);
  return errors ? kExitSomeRejected : kExitOk;
}

int Import(const std::string& in, const std::string& out) {
  std::ifstream f(in, std::ios::binary);
  if (!f) {
    std::fprintf(stderr, "%s: cannot open\n", in.c_str());
    return kExitIo;
  }
  std::string text((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
  Result<std::string> lex = LexiconFromWikidataResults(text, in);
  if (!lex.ok()) {
    std::fprintf(stderr, "%s\n", lex.status().ToString().c_str());
    return kExitSomeRejected;
  }
  if (out.empty()) {
    std::fputs(lex->c_str(), stdout);
    return kExitOk;
  }
  Status s = WriteFileAtomically(out, [&](std::ostream& o) {
    o << *lex;
    return o ? Status::Ok() : Status(StatusCode::kIoError, "write failed");
  });
  if (!s.ok()) {
    std::fprintf(stderr, "%s\n", s.ToString().c_str());
    return kExitIo;
  }
  return kExitOk;
}

int RunLexicon(int argc, char** argv) {
  if (argc < 2 || std::string(argv[1]) == "--help" || std::string(argv[1]) == "-h") {
    std::fputs(kUsage, argc < 2 ? stderr : stdout);
    return argc < 2 ? kExitUsage : kExitOk;
  }
  std::string sub = argv[1];
  if (sub == "check") {
    std::vector<std::string> files;
    bool alone = false;
    for (int i = 2; i < argc; ++i) {
      std::string a = argv[i];
      if (a == "--alone") alone = true;
      else files.push_back(a);
    }
    if (files.empty()) {
      std::fputs(kUsage, stderr);
      return kExitUsage;
    }
    return Check(files, alone);
  }
  if (sub == "import-wikidata") {
    std::string in, out;
    for (int i = 2; i < argc; ++i) {
      std::string a = argv[i];
      if ((a == "-o" || a == "--output") && i + 1 < argc) out = argv[++i];
      else if (in.empty()) in = a;
      else {
        std::fputs(kUsage, stderr);
        return kExitUsage;
      }
    }
    if (in.empty()) {
      std::fputs(kUsage, stderr);
      return kExitUsage;
    }
    return Import(in, out);
  }
  std::fprintf(stderr, "diplograph lexicon: unknown subcommand '%s'\n%s", sub.c_str(), kUsage);
  return kExitUsage;
}

}  // namespace

DIPLOGRAPH_COMMAND("lexicon", "check a lexicon file, or import one from Wikidata query results", RunLexicon);

}  // namespace diplograph::cli
