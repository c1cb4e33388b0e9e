// JSON-LD: the reference export (docs/jsonld.md). Terms come from the
// embedded context (lib/data/jsonld/context.json), so any JSON-LD processor
// reads the file offline.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <condition_variable>
#include <cstring>
#include <mutex>

#include "actions/action_rules.h"
#include "export/exporters.h"
#include "util/embedded_data.h"
#include "util/parallel.h"
#include "util/utf8.h"

namespace diplograph::internal {
namespace {

using nlohmann::json;

// JSON nodes written straight into one buffer: compact, keys in byte
// order, strings escaped as nlohmann::json::dump escapes them (so the output
// is what dumping a parsed copy of it would give; a test checks every line).
// The keys of each object below are written in sorted order by hand.
//
// Each piece is written through a pointer into room made beforehand (for a
// string, room for the worst case of its escapes): appending piece by piece
// to a std::string checked the capacity and called memcpy for every quote
// and comma, and that was most of the export's instructions.
class NodeWriter {
 public:
  // Starts the next node: what was written before it needs no comma.
  void Begin() { fresh_ = true; }
  // What has been written since the last Clear().
  std::string_view text() const { return {buf_.data(), size_}; }
  // Empties the text, keeping its memory for the next.
  void Clear() { size_ = 0; }
  // Text between nodes, as it is.
  void Raw(std::string_view s) { Done(Copy(Room(s.size()), s)); }
  // `k` is one of this file's literal keys, which need no escaping.
  template <std::size_t N>
  void Key(const char (&k)[N]) {
    char* p = Room(N + 3);  // the N - 1 characters, a comma, two quotes and a colon
    if (!fresh_) *p++ = ',';
    *p++ = '"';
    p = Copy(p, std::string_view(k, N - 1));
    *p++ = '"';
    *p++ = ':';
    Done(p);
    fresh_ = true;
  }
  void Open(char c) {
    Sep();
    Put(c);
    fresh_ = true;
  }
  void Close(char c) {
    Put(c);
    fresh_ = false;
  }
  void Str(std::string_view v) {
    Sep();
    String({}, v);
  }
  // The string prefix + v, without building it; `prefix` needs no escaping.
  void PrefixedStr(std::string_view prefix, std::string_view v) {
    Sep();
    String(prefix, v);
  }
  void Num(std::size_t v) {
    Sep();
    constexpr std::size_t kDigits = 20;  // of the largest 64-bit number
    char* p = Room(kDigits);
    Done(std::to_chars(p, p + kDigits, v).ptr);
  }
  void Bool(bool v) {
    Sep();
    Raw(v ? "true" : "false");
  }
  template <std::size_t N>
  void Field(const char (&key)[N], std::string_view value) {
    Key(key);
    Str(value);
  }
  // The IRI prefix + id (see WriteIri), which needs no escaping.
  void Iri(std::string_view prefix, std::string_view id) {
    Sep();
    char* p = Room(prefix.size() + 3 * id.size() + 2);
    *p++ = '"';
    p = WriteIri(p, prefix, id);
    *p++ = '"';
    Done(p);
  }
  template <std::size_t N>
  void IriField(const char (&key)[N], std::string_view prefix, std::string_view id) {
    Key(key);
    Iri(prefix, id);
  }
  void IriArray(const std::vector<std::string>& ids, std::string_view prefix) {
    Open('[');
    for (const auto& id : ids) Iri(prefix, id);
    Close(']');
  }

 private:
  // Where to write n more bytes; Done() is then told where the writing ended.
  char* Room(std::size_t n) {
    if (size_ + n > buf_.size()) Grow(n);
    return buf_.data() + size_;
  }
  // Apart from Room, which is called for every piece and should stay small enough to inline.
  void Grow(std::size_t n) { buf_.resize(std::max(2 * buf_.size(), size_ + n)); }
  void Done(const char* end) { size_ = static_cast<std::size_t>(end - buf_.data()); }
  static char* Copy(char* p, std::string_view s) {
    if (!s.empty()) std::memcpy(p, s.data(), s.size());
    return p + s.size();
  }
  void Put(char c) {
    char* p = Room(1);
    *p = c;
    Done(p + 1);
  }
  // A comma before every value but the first of an object or array (a value
  // right after its key has none).
  void Sep() {
    if (!fresh_) Put(',');
    fresh_ = false;
  }
  static bool NeedsCare(unsigned char c) { return c < 0x20 || c == '"' || c == '\\' || c >= 0x80; }
  // Whether any of the 8 bytes in `w` needs care (exact: the borrows of the
  // subtractions only ever follow a byte that does).
  static bool AnyNeedsCare(std::uint64_t w) {
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
    const std::uint64_t quote = w ^ (kOnes * '"'), backslash = w ^ (kOnes * '\\');
    const std::uint64_t control = w - kOnes * 0x20;
    return ((w | (control & ~w) | ((quote - kOnes) & ~quote) | ((backslash - kOnes) & ~backslash)) & kHigh) != 0;
  }
  // Index of the first byte of s that needs care (s.size() if none), eight bytes at a time.
  static std::size_t FirstNeedingCare(std::string_view s) {
    std::size_t i = 0;
    for (std::uint64_t w; i + 8 <= s.size(); i += 8) {
      std::memcpy(&w, s.data() + i, 8);
      if (AnyNeedsCare(w)) break;
    }
    while (i < s.size() && !NeedsCare(static_cast<unsigned char>(s[i]))) ++i;
    return i;
  }
  void String(std::string_view prefix, std::string_view s) {
    // Most strings are plain ASCII: one scan finds that and they are copied whole.
    std::size_t i = FirstNeedingCare(s);
    // s[0, i) is ASCII, so the UTF-8 check may start at i.
    if (i < s.size() && FirstInvalidUtf8(s.substr(i)) != std::string_view::npos) {
      // rare: let nlohmann replace the bad bytes as it always did
      std::string whole(prefix);
      whole += s;
      Raw(json(whole).dump(-1, ' ', false, json::error_handler_t::replace));
      return;
    }
    static constexpr char kHex[] = "0123456789abcdef";
    // The quotes, the prefix, the plain start, and at worst six bytes
    // ("\u00XX") for each byte after it.
    char* p = Room(2 + prefix.size() + i + 6 * (s.size() - i));
    *p++ = '"';
    p = Copy(p, prefix);
    p = Copy(p, s.substr(0, i));
    for (; i < s.size(); ++i) {
      const auto c = static_cast<unsigned char>(s[i]);
      if (c >= 0x20 && c != '"' && c != '\\') {
        *p++ = static_cast<char>(c);
        continue;
      }
      *p++ = '\\';
      switch (c) {
        case '"': *p++ = '"'; break;
        case '\\': *p++ = '\\'; break;
        case '\b': *p++ = 'b'; break;
        case '\f': *p++ = 'f'; break;
        case '\n': *p++ = 'n'; break;
        case '\r': *p++ = 'r'; break;
        case '\t': *p++ = 't'; break;
        default:
          p = Copy(p, "u00");
          *p++ = kHex[c >> 4];
          *p++ = kHex[c & 15];
      }
    }
    *p++ = '"';
    Done(p);
  }
  // The text is buf_[0, size_); the rest of buf_ is room, kept across Clear().
  std::string buf_;
  std::size_t size_ = 0;
  bool fresh_ = true;
};

std::string_view ActorType(ActorKind k) {
  switch (k) {
    case ActorKind::kPerson: return "schema:Person";
    case ActorKind::kCountry: return "schema:Country";
    case ActorKind::kOrganization: return "schema:Organization";
  }
  return "schema:Thing";
}

// sem:hasTimeStamp with the precision in its datatype, where XML Schema has one.
void TimeStamp(const DateSpan& d, NodeWriter* w) {
  std::string value = d.earliest.ToString();
  std::string_view type;
  switch (d.granularity) {
    case Granularity::kDay: type = "xsd:date"; break;
    case Granularity::kMonth: value.resize(7); type = "xsd:gYearMonth"; break;
    case Granularity::kYear: value.resize(4); type = "xsd:gYear"; break;
    default: return;
  }
  w->Key("timestamp");
  w->Open('{');
  w->Field("@type", type);
  w->Field("@value", value);
  w->Close('}');
}

// One event node, with its evidence.
void WriteEvent(const Event& e, const ActionRules& rules, NodeWriter& w) {
  const ActionType* type = rules.Find(e.action);
  w.Open('{');
  w.IriField("@id", kEventIriPrefix, e.id);
  w.Key("@type");
  w.Open('[');
  w.PrefixedStr("dg:", type ? std::string_view(type->klass) : std::string_view("Event"));
  w.Str("sem:Event");
  w.Close(']');
  w.Field("action", e.action);
  if (!e.agents.empty()) {
    w.Key("agent");
    w.IriArray(e.agents, kActorIriPrefix);
  }
  if (type) {
    w.Field("cameo", type->cameo);
    if (!type->cameo_label.empty()) w.Field("cameoLabel", type->cameo_label);
  }
  if (e.date) w.Field("earliest", e.date->earliest.ToString());
  if (type) {
    w.Key("eventType");
    w.Open('[');
    w.PrefixedStr("https://w3id.org/diplograph/cameo/", type->cameo);
    w.PrefixedStr("https://w3id.org/diplograph/plover/", type->plover);
    w.Close(']');
  }
  w.Key("evidence");
  w.Open('[');
  for (const Mention& m : e.mentions) {
    w.Open('{');
    w.Field("@type", "oa:SpecificResource");
    if (!m.report_agents.empty()) {
      w.Key("reportAgent");
      w.IriArray(m.report_agents, kActorIriPrefix);
    }
    w.Field("rule", m.rule);
    w.Key("selector");
    w.Open('[');
    w.Open('{');
    w.Field("@type", "oa:TextQuoteSelector");
    w.Field("exact", m.sentence);
    w.Close('}');
    w.Open('{');
    w.Field("@type", "oa:TextPositionSelector");
    w.Key("end");
    w.Num(m.end);
    w.Key("start");
    w.Num(m.begin);
    w.Close('}');
    w.Close(']');
    w.IriField("source", kDocumentIriPrefix, m.document);
    if (m.date) {
      w.Field("statedEarliest", m.date->earliest.ToString());
      w.Field("statedGranularity", GranularityName(m.date->granularity));
      w.Field("statedLatest", m.date->latest.ToString());
      w.Field("statedTimex", m.date->value);
    }
    w.Field("trigger", m.trigger);
    if (m.undated_report) {
      w.Key("undatedReport");
      w.Bool(true);
    }
    w.Close('}');
  }
  w.Close(']');
  w.Field("factuality", FactualityName(e.factuality));
  if (e.date) {
    w.Field("granularity", GranularityName(e.date->granularity));
    w.Field("latest", e.date->latest.ToString());
  }
  if (!e.participants.empty()) {
    w.Key("participant");
    w.IriArray(e.participants, kActorIriPrefix);
  }
  if (type) {
    w.Field("plover", type->plover);
    if (!type->plover_mode.empty()) w.Field("ploverMode", type->plover_mode);
  }
  if (!e.recipients.empty()) {
    w.Key("recipient");
    w.IriArray(e.recipients, kActorIriPrefix);
  }
  if (e.date) {
    TimeStamp(*e.date, &w);
    w.Field("timex", e.date->value);
  }
  w.Close('}');
}

class JsonLdExporter final : public Exporter {
 public:
  std::string_view name() const override { return "jsonld"; }
  std::string_view extension() const override { return ".jsonld"; }

  Status Write(const Graph& g, std::ostream& out) const override { return WriteWith(g, out, 1); }
  Status Write(const Graph& g, std::ostream& out, const ExportOptions& options) const override {
    if (!options.view.empty())
      return Status(StatusCode::kInvalidArgument, "the jsonld format has no view '" + options.view + "'");
    return WriteWith(g, out, options.threads);
  }

 private:
  Status WriteWith(const Graph& g, std::ostream& out, unsigned threads) const {
    // Streamed one node per line, so memory stays that of one node whatever
    // the size of the graph.
    json context = json::parse(EmbeddedData("jsonld/context.json"), nullptr, false);
    if (context.is_discarded()) return Status(StatusCode::kInternal, "embedded JSON-LD context is broken");
    out << "{\"@context\": " << context.dump(-1, ' ', false, json::error_handler_t::replace) << ",\n\"@graph\": [";
    bool first = true;
    NodeWriter w;
    auto emit = [&] {
      out << (first ? "\n" : ",\n");
      const std::string_view node = w.text();
      out.write(node.data(), static_cast<std::streamsize>(node.size()));
      first = false;
      w.Clear();
      w.Begin();
    };
    const ActionRules& rules = ActionRules::Default();

    for (const DocumentRecord& d : g.documents()) {
      w.Open('{');
      w.IriField("@id", kDocumentIriPrefix, d.id);
      w.Field("@type", "schema:NewsArticle");
      if (d.published) w.Field("datePublished", d.published->ToString());
      if (!d.title.empty()) w.Field("headline", d.title);
      w.Field("identifier", d.id);
      if (!d.source.empty()) w.Field("publisher", d.source);
      if (!d.url.empty()) w.Field("url", d.url);
      w.Close('}');
      emit();
    }
    for (const Actor& a : g.actors()) {
      w.Open('{');
      w.IriField("@id", kActorIriPrefix, a.id);
      w.Field("@type", ActorType(a.kind));
      if (!a.country.empty() && a.country != a.id) w.IriField("country", kActorIriPrefix, a.country);
      if (!a.in_lexicon) {
        w.Key("inLexicon");
        w.Bool(false);
      }
      w.Field("name", a.name);
      if (!a.role.empty()) w.Field("role", a.role);
      if (!a.qid.empty()) {
        w.Key("sameAs");
        w.PrefixedStr("http://www.wikidata.org/entity/", a.qid);
      }
      w.Close('}');
      emit();
    }
    // Events, the bulk of the file: serialised in blocks. Each thread takes
    // the next block nobody has taken, serialises it, and writes it when the
    // blocks before it are written: the same bytes for any number of threads,
    // memory of one block per thread, and no thread waits for the others
    // between blocks. (A thread waits only for blocks taken before its own,
    // which threads already running hold, so this cannot deadlock, even
    // when RunPieces runs the pieces one after the other.)
    const std::vector<Event>& events = g.events();
    constexpr std::size_t kBlock = 1024;
    const std::size_t blocks = (events.size() + kBlock - 1) / kBlock;
    const std::size_t workers = std::min<std::size_t>(std::max(1u, threads), std::max<std::size_t>(1, blocks));
    std::mutex mu;
    std::condition_variable written;
    std::size_t taken = 0, next_to_write = 0;
    auto serialise = [&](std::size_t) {
      NodeWriter node;  // each block reuses the memory of the one before
      while (true) {
        std::size_t b;
        {
          std::lock_guard<std::mutex> lock(mu);
          if (taken == blocks) return;
          b = taken++;
        }
        node.Clear();
        const std::size_t from = b * kBlock, to = std::min(events.size(), from + kBlock);
        for (std::size_t i = from; i < to; ++i) {
          node.Raw((first && i == 0) ? "\n" : ",\n");
          node.Begin();
          WriteEvent(events[i], rules, node);
        }
        std::unique_lock<std::mutex> lock(mu);
        written.wait(lock, [&] { return next_to_write == b; });
        const std::string_view t = node.text();
        out.write(t.data(), static_cast<std::streamsize>(t.size()));
        ++next_to_write;
        written.notify_all();
      }
    };
    RunPieces(workers, serialise);  // (one worker: the calling thread, no other)
    out << "\n]}\n";
    if (!out) return Status(StatusCode::kIoError, "write failed");
    return Status::Ok();
  }
};

}  // namespace

std::unique_ptr<Exporter> MakeJsonLdExporter() { return std::make_unique<JsonLdExporter>(); }

}  // namespace diplograph::internal
