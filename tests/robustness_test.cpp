// The bad-input matrix (docs/robustness.md): one test per row. Each hostile
// input gives a clear, located error or warning, nothing else is lost, and the
// reader's counts reconcile with the input (lines == read + rejected).
// CLI-level rows (missing files, unwritable output, summary line) are in
// tests/cli/bad_input.sh.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "diplograph/input.h"
#include "diplograph/lexicon.h"
#include "diplograph/load.h"
#include "test_support.h"

using namespace diplograph;

namespace {

namespace fs = std::filesystem;

// A fresh directory under the system temp dir, removed at the end of the test.
class TempDir {
 public:
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "diplograph-robustness-XXXXXX").string();
    if (!::mkdtemp(tmpl.data())) throw std::runtime_error("mkdtemp failed");
    path_ = tmpl;
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  std::string File(const std::string& name, const std::string& bytes) const {
    std::string p = (path_ / name).string();
    std::ofstream(p, std::ios::binary) << bytes;
    return p;
  }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

struct Read {
  std::vector<Document> docs;
  std::vector<Status> problems;  // errors and warnings, in order
  ReadStats stats;
  Status status;
  std::vector<std::string> Messages() const {
    std::vector<std::string> out;
    for (const Status& p : problems) out.push_back(p.ToString());
    return out;
  }
  std::size_t Errors() const {
    std::size_t n = 0;
    for (const Status& p : problems) n += p.code() == StatusCode::kParseError;
    return n;
  }
};

Read ReadStream(std::istream& in, const std::string& origin, const ReadOptions& options = {}) {
  Read r;
  r.status = ReadJsonl(
      in, origin, [&](Document d) { r.docs.push_back(std::move(d)); },
      [&](const Status& p) { r.problems.push_back(p); }, &r.stats, options);
  // Row 19 for every stream: the counts reconcile, and every rejected line was reported.
  CHECK(r.stats.lines == r.stats.read + r.stats.rejected);
  CHECK(r.stats.read == r.docs.size());
  CHECK(r.stats.rejected == r.Errors());
  return r;
}

Read ReadString(const std::string& bytes, const std::string& origin = "bad.jsonl") {
  std::istringstream in(bytes);
  return ReadStream(in, origin);
}

std::string Line(const std::string& id, const std::string& text, const std::string& published = "2024-03-18") {
  return "{\"id\": \"" + id + "\", \"text\": \"" + text + "\", \"published\": \"" + published + "\"}";
}

// Code points [begin, end) of UTF-8 `s` (the unit of evidence offsets).
std::string CodePoints(const std::string& s, std::size_t begin, std::size_t end) {
  std::size_t cp = 0, b = std::string::npos, e = s.size();
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) continue;
    if (cp == begin && b == std::string::npos) b = i;
    if (cp == end) {
      e = i;
      break;
    }
    ++cp;
  }
  return b == std::string::npos ? std::string() : s.substr(b, e - b);
}

bool ValidUtf8(const std::string& s) {
  // RepairUtf8-free check: every lead byte has its continuation bytes, no overlongs or surrogates.
  for (std::size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    std::size_t n = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    if (!n || i + n > s.size()) return false;
    for (std::size_t k = 1; k < n; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    auto c1 = static_cast<unsigned char>(s[i + (n > 1)]);
    if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 >= 0xA0) || (c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 >= 0x90))
      return false;
    i += n;
  }
  return true;
}

// Extracts `doc` with the mini lexicon; every mention's offsets must slice its
// sentence out of the document text.
Graph ExtractChecked(const Document& doc) {
  Graph g;
  DocumentReport report = testing::MiniExtractor().Extract(doc, &g);
  for (const Event& e : g.events())
    for (const Mention& m : e.mentions) {
      INFO("mention [" << m.begin << ", " << m.end << ") of " << m.document);
      CHECK(CodePoints(doc.text, m.begin, m.end) == m.sentence);
    }
  return g;
}

const std::string kU = "\xEF\xBF\xBD";  // U+FFFD

}  // namespace

// Row 1.
TEST_CASE("robustness: invalid UTF-8 in a JSONL article is repaired with a located warning", "[robustness]") {
  // Overlong '/', overlong 3-byte '/', a lone continuation byte, a UTF-16 surrogate, a truncated sequence.
  const std::string bad = "x \xC0\xAF \xE0\x80\xAF \x80 \xED\xA0\x80 \xE2\x82";
  Read r = ReadString(Line("a", "Biden won.") + "\n" +
                      Line("b", "Noise " + bad + " end. Xi Jinping met Vladimir Putin on Monday.") + "\n");
  REQUIRE(r.docs.size() == 2);
  CHECK(r.stats.repaired == 1);
  REQUIRE(r.problems.size() == 1);
  CHECK(r.problems[0].code() == StatusCode::kInvalidArgument);
  // {"id": "b", "text": "Noise x <C0>: 21 + 8 code points before the first bad byte.
  CHECK(r.problems[0].ToString() == "bad.jsonl:2:30: warning: 11 invalid UTF-8 sequence(s) replaced with U+FFFD");
  const Document& d = r.docs[1];
  CHECK(ValidUtf8(d.text));
  CHECK(d.text.rfind("Noise x " + kU + kU + " " + kU + kU + kU + " " + kU + " " + kU + kU + kU + " " + kU + kU +
                         " end.",
                     0) == 0);
  Graph g = ExtractChecked(d);
  REQUIRE(g.events().size() == 1);
  CHECK(g.events()[0].mentions[0].sentence == "Xi Jinping met Vladimir Putin on Monday.");
  CHECK(g.events()[0].mentions[0].begin == 29);  // "Noise x " 8, 11 U+FFFD, 4 spaces, " end. " 6
}

TEST_CASE("robustness: invalid UTF-8 in a .txt article is repaired with a file:line:column warning", "[robustness]") {
  TempDir dir;
  std::string path = dir.File("bad.txt", "First line.\nSecond \xED\xA0\x80 line. Xi Jinping met Vladimir Putin.\n");
  std::vector<Status> warnings;
  Result<Document> d =
      ReadTextFile(path, CivilDate{2024, 3, 18}, {}, [&](const Status& w) { warnings.push_back(w); });
  REQUIRE(d.ok());
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].ToString() == path + ":2:8: warning: 3 invalid UTF-8 sequence(s) replaced with U+FFFD");
  CHECK(ValidUtf8(d->text));
  Graph g = ExtractChecked(*d);
  REQUIRE(g.events().size() == 1);
  CHECK(g.events()[0].mentions[0].sentence == "Xi Jinping met Vladimir Putin.");
}

// Row 2.
TEST_CASE("robustness: NUL bytes", "[robustness]") {
  SECTION("escaped in JSONL: kept, the article is processed") {
    Read r = ReadString(Line("a", "Xi Jinping met\\u0000 Vladimir Putin on Monday.") + "\n");
    REQUIRE(r.docs.size() == 1);
    CHECK(r.docs[0].text.find('\0') == 14);
    Graph g = ExtractChecked(r.docs[0]);
    CHECK(testing::Describe(g) == std::vector<std::string>{"meet vladimir_putin+xi_jinping 2024-03-18 asserted"});
  }
  SECTION("raw in JSONL: not JSON; that line is rejected at the NUL, the next is read") {
    Read r = ReadString(Line("a", std::string("Xi met\0 Putin.", 14)) + "\n" + Line("b", "ok") + "\n");
    CHECK(r.stats.rejected == 1);
    REQUIRE(r.docs.size() == 1);
    CHECK(r.docs[0].id == "b");
    REQUIRE_FALSE(r.problems.empty());
    CHECK(r.problems[0].ToString().rfind("bad.jsonl:1:28: invalid JSON: control character U+0000 (NUL)", 0) == 0);
  }
  SECTION("in a .txt article: processed, offsets right") {
    TempDir dir;
    std::string path = dir.File("nul.txt", std::string("Xi Jinping met\0 Vladimir Putin on Monday.\n\nJoe Biden\0 phoned Putin.", 67));
    Result<Document> d = ReadTextFile(path, CivilDate{2024, 3, 18});
    REQUIRE(d.ok());
    CHECK(d->text.size() == 67);
    Graph g = ExtractChecked(*d);
    CHECK(g.events().size() == 2);
  }
}

// Row 3.
TEST_CASE("robustness: a UTF-8 byte order mark is dropped from JSONL and .txt", "[robustness]") {
  Read r = ReadString("\xEF\xBB\xBF" + Line("a", "x") + "\n" + Line("b", "y") + "\n");
  REQUIRE(r.docs.size() == 2);
  CHECK(r.docs[0].id == "a");
  CHECK(r.problems.empty());
  // A BOM before a bad first line does not shift its column.
  Read bad = ReadString("\xEF\xBB\xBF{\"id\": 1}\n");
  REQUIRE(bad.problems.size() == 1);
  CHECK(bad.problems[0].ToString() == "bad.jsonl:1:2: \"id\" must be a string, not number");

  TempDir dir;
  Result<Document> d = ReadTextFile(dir.File("bom.txt", "\xEF\xBB\xBFXi Jinping met Vladimir Putin."), CivilDate{2024, 3, 18});
  REQUIRE(d.ok());
  CHECK(d->text == "Xi Jinping met Vladimir Putin.");
  Graph g = ExtractChecked(*d);
  REQUIRE(g.events().size() == 1);
  CHECK(g.events()[0].mentions[0].begin == 0);
}

// Row 4.
TEST_CASE("robustness: CRLF line endings in JSONL and in a .txt article", "[robustness]") {
  Read r = ReadString(Line("a", "x") + "\r\n" + Line("b", "y") + "\r\n\r\n" + "{\"id\": 5}\r\n" + Line("c", "z") + "\r\n");
  CHECK(r.stats.lines == 4);
  REQUIRE(r.docs.size() == 3);
  CHECK(r.docs[2].id == "c");
  REQUIRE(r.problems.size() == 1);
  CHECK(r.problems[0].ToString() == "bad.jsonl:4:2: \"id\" must be a string, not number");

  TempDir dir;
  Result<Document> d = ReadTextFile(
      dir.File("crlf.txt", "Xi Jinping met Vladimir Putin on Monday.\r\n\r\nJoe Biden phoned Vladimir Putin.\r\n"),
      CivilDate{2024, 3, 18});
  REQUIRE(d.ok());
  Graph g = ExtractChecked(*d);  // offsets count the CRs: they slice the text as given
  CHECK(testing::Describe(g) == std::vector<std::string>{"meet vladimir_putin+xi_jinping 2024-03-18 asserted",
                                                        "phone_call joe_biden+vladimir_putin 2024-03-18 asserted"});
}

// Row 4 (CRLF): the normaliser drops '\r'; the quoted sentence must not keep it.
TEST_CASE("robustness: evidence quoted from a CRLF article has no trailing CR", "[robustness]") {
  Document d{"crlf", "Xi Jinping met Vladimir Putin on Monday.\r\nJoe Biden phoned Vladimir Putin.\r\n",
             CivilDate{2024, 3, 18}};
  Graph g = ExtractChecked(d);
  REQUIRE(g.events().size() == 2);
  for (const Event& e : g.events()) {
    const Mention& m = e.mentions[0];
    CHECK(m.sentence.find('\r') == std::string::npos);
    CHECK(m.sentence.back() == '.');
    CHECK(m.end - m.begin == m.sentence.size());  // ASCII: code points are bytes
    CHECK(d.text.substr(m.begin, m.end - m.begin) == m.sentence);
  }
}

// Row 5.
TEST_CASE("robustness: empty files", "[robustness]") {
  Read r = ReadString("");
  CHECK(r.stats.lines == 0);
  REQUIRE(r.problems.size() == 1);
  CHECK(r.problems[0].ToString() == "bad.jsonl: warning: empty input, no articles in it");
  Read blank = ReadString("\n  \n\t\n");
  CHECK(blank.stats.lines == 0);
  CHECK(blank.problems.size() == 1);

  TempDir dir;
  for (const char* bytes : {"", "\xEF\xBB\xBF", " \r\n\n"}) {
    std::string path = dir.File("empty.txt", bytes);
    Result<Document> d = ReadTextFile(path, std::nullopt);
    REQUIRE_FALSE(d.ok());
    CHECK(d.status().ToString() == path + ": empty file, no article in it");
  }
}

// Row 6.
TEST_CASE("robustness: a binary file given as JSONL or as .txt is one clear error", "[robustness]") {
  std::mt19937 rng(6);
  std::string random(3000, '\0');
  for (char& c : random) c = static_cast<char>(rng());
  const std::string png("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1F\x15\xC4\x89", 33);
  const std::string gzip("\x1F\x8B\x08\0\0\0\0\0\0\x03\xCB\x48\xCD\xC9\xC9\xE7\x02\0", 18);
  const std::string utf16("\xFF\xFE{\0\"\0i\0d\0\"\0", 12);
  const std::pair<std::string, std::string> cases[] = {
      {random, "binary data"}, {png, "a PNG image"}, {gzip, "gzip-compressed data"}, {utf16, "UTF-16 text"}};
  TempDir dir;
  for (const auto& [bytes, what] : cases) {
    INFO(what);
    Read r = ReadString(bytes + "\n" + Line("after", "x") + "\n");
    CHECK(r.docs.empty());  // the whole file is skipped: what follows binary data is not trusted
    CHECK(r.stats.lines == 1);
    CHECK(r.stats.rejected == 1);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].ToString() == "bad.jsonl:1:1: not UTF-8 JSONL: this looks like " + what + "; the file is skipped");

    std::string path = dir.File("binary.txt", bytes);
    Result<Document> d = ReadTextFile(path, std::nullopt);
    REQUIRE_FALSE(d.ok());
    CHECK(d.status().ToString() == path + ": not a UTF-8 text article: this looks like " + what);
  }
  // Not binary: text with a few stray NULs or in a legacy 8-bit encoding (repaired instead).
  CHECK(LooksBinary(std::string("Xi Jinping met\0 Vladimir Putin on Monday in Moscow, officials said.", 68)).empty());
  CHECK(LooksBinary("Le pr\xE9sident fran\xE7" "ais a rencontr\xE9 le chancelier allemand \xE0 Berlin.").empty());
}

// Row 7.
TEST_CASE("robustness: a 100 MB line between good lines is rejected, the next lines are read", "[robustness][slow]") {
  TempDir dir;
  std::string path = (dir.path() / "huge.jsonl").string();
  const std::size_t kText = 100u << 20;
  {
    std::ofstream out(path, std::ios::binary);
    out << Line("before", "Xi Jinping met Vladimir Putin.") << "\n{\"id\": \"huge\", \"text\": \"";
    std::string chunk(1 << 20, 'a');
    for (std::size_t i = 0; i < kText / chunk.size(); ++i) out << chunk;
    out << "\"}\n" << Line("after", "Joe Biden phoned Vladimir Putin.") << "\n";
    REQUIRE(out.good());
  }
  const std::size_t huge_line = kText + std::string("{\"id\": \"huge\", \"text\": \"\"}").size();
  std::ifstream in(path, std::ios::binary);
  Read r = ReadStream(in, "huge.jsonl");
  CHECK(kDefaultMaxDocumentBytes == std::size_t{32} << 20);
  REQUIRE(r.docs.size() == 2);
  CHECK(r.docs[0].id == "before");
  CHECK(r.docs[1].id == "after");
  CHECK(r.docs[1].text == "Joe Biden phoned Vladimir Putin.");
  CHECK(r.stats.lines == 3);
  CHECK(r.stats.rejected == 1);
  REQUIRE(r.problems.size() == 1);
  CHECK(r.problems[0].ToString() ==
        "huge.jsonl:2:1: document is " + std::to_string(huge_line) + " bytes, over the limit of 33554432 bytes");
}

TEST_CASE("robustness: the document size limit is exact and configurable, for JSONL and .txt", "[robustness]") {
  const std::string line = Line("a", "Xi Jinping met Vladimir Putin.");
  for (std::size_t limit : {line.size() - 1, line.size(), std::size_t{0}}) {
    INFO("limit " << limit);
    std::istringstream in(line + "\n" + Line("b", "x") + "\n");
    ReadOptions o;
    o.max_document_bytes = limit;
    Read r = ReadStream(in, "lim.jsonl", o);
    bool over = limit != 0 && line.size() > limit;
    CHECK(r.docs.size() == (over ? 1u : 2u));
    CHECK(r.stats.rejected == (over ? 1u : 0u));
  }
  TempDir dir;
  std::string path = dir.File("big.txt", std::string(1000, 'x'));
  ReadOptions small;
  small.max_document_bytes = 999;
  Result<Document> d = ReadTextFile(path, std::nullopt, small);
  REQUIRE_FALSE(d.ok());
  CHECK(d.status().ToString() == path + ": document is 1000 bytes, over the limit of 999 bytes");
  small.max_document_bytes = 1000;
  CHECK(ReadTextFile(path, std::nullopt, small).ok());
}

// Row 8.
TEST_CASE("robustness: a 1 MB sentence without punctuation is processed", "[robustness][slow]") {
  const char* words[] = {"the", "minister", "said", "that", "talks", "would", "continue", "and", "officials"};
  const char* caps[] = {"Paris", "Berlin", "Smith", "Jones", "Council", "Ministry", "Ocean", "River", "Company"};
  std::mt19937 rng(8);
  Document d;
  d.id = "long";
  d.published = CivilDate{2024, 1, 1};
  while (d.text.size() < (1u << 20)) {
    d.text += rng() % 3 == 0 ? caps[rng() % 9] : words[rng() % 9];
    d.text += ' ';
  }
  d.text += "Xi Jinping met Vladimir Putin";  // one event at the very end, no final full stop
  Graph g;
  DocumentReport report = testing::MiniExtractor().Extract(d, &g);
  CHECK(report.bytes == d.text.size());
  CHECK(report.sentences >= 1);
  REQUIRE(g.documents().size() == 1);
  for (const Event& e : g.events())
    for (const Mention& m : e.mentions) {
      CHECK(m.end <= d.text.size());
      CHECK(m.begin < m.end);
    }
}

// Rows 9-12, 19: every kind of bad line in one stream; each reported where it is, the rest read.
TEST_CASE("robustness: bad lines are each located, the good ones read, the counts reconcile", "[robustness]") {
  const std::string text =
      Line("ok1", "x") + "\n" +                                                         // 1
      "{\"id\": 7, \"text\": \"x\"}\n" +                                                // 2 id a number
      "{\"id\": \"t\", \"text\": [\"x\", \"y\"]}\n" +                                   // 3 text an array
      "{\"id\": \"p\", \"text\": \"x\", \"published\": \"2023-13-40\"}\n" +             // 4 no such date
      "{\"id\": \"m\", \"title\": \"no text\"}\n" +                                     // 5 missing text
      Line("ok1", "again") + "\n" +                                                     // 6 duplicate id
      "\n" +                                                                            // 7 blank: not a line
      Line("ok2", "y") + "\n" +                                                         // 8
      "[1, 2]\n" +                                                                      // 9 not an object
      "{\"id\": \"trunc\", \"text\": \"no closing brace";                               // 10 truncated, no newline
  Read r = ReadString(text, "c.jsonl");
  CHECK(r.stats.lines == 9);
  CHECK(r.stats.read == 2);
  CHECK(r.stats.rejected == 7);
  REQUIRE(r.docs.size() == 2);
  CHECK(r.docs[0].text == "x");  // the first ok1 is kept
  CHECK(r.docs[1].id == "ok2");
  std::vector<std::string> expected = {
      "c.jsonl:2:2: \"id\" must be a string, not number",
      "c.jsonl:3:13: \"text\" must be a string, not array",
      "c.jsonl:4:26: \"published\" must be a date YYYY-MM-DD, got \"2023-13-40\"",
      "c.jsonl:5:1: missing \"text\" (a string)",
      "c.jsonl:6:2: duplicate id \"ok1\" (the first one, line 1, is kept)",
      "c.jsonl:9:1: expected a JSON object with \"id\" and \"text\"",
  };
  std::vector<std::string> got = r.Messages();
  REQUIRE(got.size() == 7);
  CHECK(std::vector<std::string>(got.begin(), got.begin() + 6) == expected);
  CHECK(got[6].rfind("c.jsonl:10:", 0) == 0);
  CHECK(got[6].find("invalid JSON") != std::string::npos);
}

// Rows 13-15: the lexicon loader.
TEST_CASE("robustness: a lexicon with a duplicate id is refused, nothing half-added", "[robustness][lexicon]") {
  Lexicon lex;
  Status s = lex.AddJson("{\"people\": [\n {\"id\": \"a\", \"name\": \"A\"},\n {\"id\": \"b\", \"name\": \"B\"},\n"
                         " {\"id\": \"a\", \"name\": \"C\"}\n]}",
                         "dup.json");
  REQUIRE_FALSE(s.ok());
  CHECK(s.message() == "duplicate id 'a' (first defined in dup.json:2:3)");
  CHECK(s.where().file == "dup.json");
  CHECK(lex.entries().empty());
  // Across files the location is the second file's entry.
  Lexicon two;
  REQUIRE(two.AddJson("{\"people\": [{\"id\": \"a\", \"name\": \"A\"}]}", "one.json").ok());
  Status t = two.AddJson("{\"people\": [\n\n  {\"id\": \"a\", \"name\": \"B\"}]}", "two.json");
  REQUIRE_FALSE(t.ok());
  CHECK(t.ToString() == "two.json:3:4: duplicate id 'a' (first defined in one.json:1:14)");
  CHECK(two.entries().size() == 1);
}

TEST_CASE("robustness: a duplicate id within one file is located at the duplicate", "[robustness][lexicon]") {
  Lexicon lex;
  Status s = lex.AddJson("{\"people\": [\n {\"id\": \"a\", \"name\": \"A\"},\n {\"id\": \"a\", \"name\": \"B\"}\n]}", "dup.json");
  REQUIRE_FALSE(s.ok());
  CHECK(s.ToString() == "dup.json:3:3: duplicate id 'a' (first defined in dup.json:2:3)");
}

TEST_CASE("robustness: overlapping role dates warn, reversed ones are an error at file:line:column", "[robustness][lexicon]") {
  Lexicon lex;
  REQUIRE(lex.AddJson("{\"people\": [\n"
                      "  {\"id\": \"p\", \"name\": \"P Q\", \"roles\": [\n"
                      "    {\"role\": \"president\", \"country\": \"X\", \"from\": \"2010-01-01\", \"to\": \"2015-01-01\"},\n"
                      "    {\"role\": \"president\", \"country\": \"X\", \"from\": \"2014-06-01\"}]}]}",
                      "overlap.json")
              .ok());
  std::vector<std::string> warnings = lex.Warnings();
  CHECK(std::count(warnings.begin(), warnings.end(), "overlap.json:2:4: 'p': overlapping terms of role 'president'") == 1);

  Lexicon rev;
  Status s = rev.AddJson("{\"people\": [\n"
                         "  {\"id\": \"a\", \"name\": \"A B\", \"roles\": [{\"role\": \"president\", \"from\": \"2001-01-01\"}]},\n"
                         "  {\"id\": \"r\", \"name\": \"R S\", \"roles\": [\n"
                         "    {\"role\": \"president\", \"country\": \"X\", \"from\": \"2020-01-01\", \"to\": \"2019-01-01\"}]}]}",
                         "reversed.json");
  REQUIRE_FALSE(s.ok());
  CHECK(s.ToString() == "reversed.json:4:43: 'r': role 'president' ends (2019-01-01) before it starts (2020-01-01)");
  CHECK(rev.entries().empty());
}

TEST_CASE("robustness: unknown keys in a lexicon", "[robustness][lexicon]") {
  Lexicon lex;
  Status top = lex.AddJson("{\"people\": [],\n \"peopel\": []}", "typo.json");
  REQUIRE_FALSE(top.ok());
  CHECK(top.ToString() ==
        "typo.json:2:2: unknown top-level key 'peopel' (expected countries, organizations, roles, people)");
  // Inside an entry or a role term, an unknown key is an error at that key:
  // a misspelt "form" would otherwise lose the start date without a word.
  Status person = lex.AddJson("{\"people\": [\n  {\"id\": \"c\", \"name\": \"C D\", \"nmae\": \"x\"}]}", "inner.json");
  REQUIRE_FALSE(person.ok());
  CHECK(person.ToString() ==
        "inner.json:2:30: 'c': unknown key 'nmae' in a person (expected id, name, qid, gender, aliases, short, short_in_article, roles)");
  Status term = lex.AddJson(
      "{\"people\": [{\"id\": \"c\", \"name\": \"C D\", \"roles\": [{\"role\": \"president\", "
      "\"country\": \"X\",\n \"form\": \"2010-01-01\"}]}]}",
      "term.json");
  REQUIRE_FALSE(term.ok());
  CHECK(term.ToString() ==
        "term.json:2:2: unknown key 'form' in a role term (expected role, country, org, from, to, approx)");
  CHECK_FALSE(lex.Find("c"));  // nothing of a refused file is added
  Status country = lex.AddJson("{\"countries\": [{\"id\": \"XX\", \"name\": \"X\", \"capital\": [\"Y\"]}]}", "c.json");
  REQUIRE_FALSE(country.ok());
  CHECK(country.message().find("unknown key 'capital' in a country") != std::string::npos);
}

// Row 16 (library side; the CLI side is in tests/cli/bad_input.sh).
TEST_CASE("robustness: schema.org JSON-LD from another tool is refused with its location", "[robustness]") {
  const std::string foreign =
      "{\n  \"@context\": \"https://schema.org\",\n  \"@graph\": [\n"
      "    {\"@id\": \"https://example.org/p/1\", \"@type\": \"Person\", \"name\": \"Ada Lovelace\"},\n"
      "    {\"@id\": \"https://example.org/e/1\", \"@type\": \"Event\", \"name\": \"Summit\"}\n  ]\n}\n";
  Result<Graph> g = LoadGraph(foreign, "other.jsonld");
  REQUIRE_FALSE(g.ok());
  CHECK(g.status().where().line == 2);
  CHECK(g.status().message().find("not a diplograph graph") != std::string::npos);
  // With the diplograph context but foreign nodes: the first foreign node is named.
  Result<Graph> mixed = LoadGraph(
      "{\"@context\": {\"dg\": \"https://w3id.org/diplograph/ns#\"},\n \"@graph\": [\n"
      "  {\"@id\": \"https://example.org/p/1\", \"@type\": \"schema:Person\"}]}",
      "mixed.jsonld");
  REQUIRE_FALSE(mixed.ok());
  CHECK(mixed.status().where().line == 3);
  CHECK(mixed.status().message().find("https://example.org/p/1") != std::string::npos);
}

// Row 17 (library side).
TEST_CASE("robustness: a missing or unreadable input names its path", "[robustness]") {
  Result<Document> d = ReadTextFile("/nonexistent/dir/article.txt", std::nullopt);
  REQUIRE_FALSE(d.ok());
  CHECK(d.status().ToString() == "/nonexistent/dir/article.txt: cannot open: No such file or directory");
  TempDir dir;
  Result<Document> is_dir = ReadTextFile(dir.path().string(), std::nullopt);
  REQUIRE_FALSE(is_dir.ok());
  CHECK(is_dir.status().message().find("is a directory") != std::string::npos);
}
