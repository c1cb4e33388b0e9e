// Reading a diplograph JSON-LD graph back (diplograph/load.h). The reader
// knows the exporter's compact layout (lib/export/jsonld_exporter.cpp) and
// rebuilds the per-document events the graph was made of, so that loaded
// graphs merge exactly like extracted ones.
#include "diplograph/load.h"

#include <algorithm>
#include <map>

#include "diplograph/export.h"
#include "util/json_util.h"

namespace diplograph {
namespace {

using nlohmann::json;

constexpr std::string_view kActorPrefix = "https://w3id.org/diplograph/id/actor/";
constexpr std::string_view kEventPrefix = "https://w3id.org/diplograph/id/event/";
constexpr std::string_view kDocumentPrefix = "https://w3id.org/diplograph/id/document/";
constexpr std::string_view kWikidata = "http://www.wikidata.org/entity/";

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

std::string PercentDecode(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() + 0 && HexValue(s[i + 1]) >= 0 && HexValue(s[i + 2]) >= 0) {
      out.push_back(static_cast<char>(HexValue(s[i + 1]) * 16 + HexValue(s[i + 2])));
      i += 2;
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

std::optional<Granularity> ParseGranularity(std::string_view name) {
  for (Granularity g : {Granularity::kNone, Granularity::kDay, Granularity::kWeek, Granularity::kMonth,
                        Granularity::kSeason, Granularity::kQuarter, Granularity::kHalf, Granularity::kYear,
                        Granularity::kDecade, Granularity::kCentury})
    if (GranularityName(g) == name) return g;
  return std::nullopt;
}

// Collects the first problem and where it is; the loader stops at it.
class Reader {
 public:
  Reader(std::string_view text, std::string_view origin) : text_(text), origin_(origin) {}

  Status Fail(std::string message, std::string_view key = {}, std::string_view value = {}) const {
    std::size_t anchor = Anchor();
    SourceLocation where{std::string(origin_), 0, 0};
    if (!key.empty()) where = internal::LocateField(text_, key, value, origin_, anchor);
    if (where.line == 0 && anchor > 0) where = internal::LocateOffset(text_, anchor, origin_);
    if (where.file.empty()) where.file = std::string(origin_);
    return Status(StatusCode::kParseError, std::move(message), where);
  }

  // Errors inside one node are located from that node's "@id" on (found only
  // when there is an error to report).
  void AnchorAt(std::string iri) { node_iri_ = std::move(iri); }

  // A string member (absent: empty); a wrong type is an error.
  Status String(const json& node, const char* key, std::string* out) const {
    auto it = node.find(key);
    if (it == node.end()) return Status::Ok();
    if (!it->is_string()) return Fail(std::string("\"") + key + "\" should be a string", key);
    *out = it->get<std::string>();
    return Status::Ok();
  }

  Status Date(const json& node, const char* key, std::optional<CivilDate>* out) const {
    std::string s;
    Status st = String(node, key, &s);
    if (!st.ok() || s.empty()) return st;
    *out = CivilDate::Parse(s);
    if (!*out) return Fail(std::string("\"") + key + "\": expected a date YYYY-MM-DD, got '" + s + "'", key, s);
    return Status::Ok();
  }

  Status Iri(const json& node, const char* key, std::string_view prefix, std::string* out) const {
    std::string s;
    Status st = String(node, key, &s);
    if (!st.ok() || s.empty()) return st;
    if (s.compare(0, prefix.size(), prefix) != 0)
      return Fail(std::string("\"") + key + "\": expected an IRI starting with " + std::string(prefix), key, s);
    *out = PercentDecode(std::string_view(s).substr(prefix.size()));
    return Status::Ok();
  }

  Status ActorList(const json& node, const char* key, std::vector<std::string>* out) const {
    auto it = node.find(key);
    if (it == node.end()) return Status::Ok();
    json arr = it->is_array() ? *it : json::array({*it});
    for (const json& v : arr) {
      if (!v.is_string() || v.get<std::string>().compare(0, kActorPrefix.size(), kActorPrefix) != 0)
        return Fail(std::string("\"") + key + "\": expected actor IRIs (" + std::string(kActorPrefix) + "...)", key);
      out->push_back(PercentDecode(v.get<std::string>().substr(kActorPrefix.size())));
    }
    return Status::Ok();
  }

  // A date span from earliest/latest/timex/granularity keys (all or none).
  Status Span(const json& node, const char* earliest, const char* latest, const char* timex, const char* gran,
              std::optional<DateSpan>* out) const {
    std::optional<CivilDate> e, l;
    std::string value, granularity;
    for (Status st : {Date(node, earliest, &e), Date(node, latest, &l), String(node, timex, &value),
                      String(node, gran, &granularity)})
      if (!st.ok()) return st;
    if (!e && !l) return Status::Ok();
    if (!e || !l) return Fail(std::string("a date needs both \"") + earliest + "\" and \"" + latest + "\"", e ? earliest : latest);
    if (*l < *e) return Fail(std::string("\"") + latest + "\" is before \"" + earliest + "\"", latest);
    DateSpan d{*e, *l, Granularity::kDay, value};
    if (!granularity.empty()) {
      auto g = ParseGranularity(granularity);
      if (!g) return Fail("unknown granularity '" + granularity + "'", gran, granularity);
      d.granularity = *g;
    }
    *out = d;
    return Status::Ok();
  }

 private:
  std::string_view text_;
  std::string_view origin_;
  std::string node_iri_;

  std::size_t Anchor() const {
    if (node_iri_.empty()) return 0;
    std::string needle = "\"" + node_iri_ + "\"";
    std::size_t pos = text_.find(needle);
    return pos == std::string_view::npos ? 0 : pos;
  }
};

bool HasType(const json& node, std::string_view type) {
  auto it = node.find("@type");
  if (it == node.end()) return false;
  if (it->is_string()) return *it == type;
  if (it->is_array())
    for (const json& t : *it)
      if (t.is_string() && t == type) return true;
  return false;
}

Status ReadMention(const Reader& r, const json& m, Mention* out) {
  if (!m.is_object()) return r.Fail("an evidence entry should be an object", "evidence");
  Status st = r.Iri(m, "source", kDocumentPrefix, &out->document);
  if (!st.ok()) return st;
  if (out->document.empty()) return r.Fail("an evidence entry has no \"source\" document", "evidence");
  if (Status st2 = r.ActorList(m, "reportAgent", &out->report_agents); !st2.ok()) return st2;
  if (auto u = m.find("undatedReport"); u != m.end()) {
    if (!u->is_boolean()) return r.Fail("\"undatedReport\": expected true or false", "undatedReport");
    out->undated_report = u->get<bool>();
  }
  auto sel = m.find("selector");
  if (sel != m.end()) {
    json arr = sel->is_array() ? *sel : json::array({*sel});
    for (const json& s : arr) {
      if (!s.is_object()) return r.Fail("a selector should be an object", "selector");
      if (HasType(s, "oa:TextQuoteSelector")) {
        if (Status st2 = r.String(s, "exact", &out->sentence); !st2.ok()) return st2;
      } else if (HasType(s, "oa:TextPositionSelector")) {
        auto b = s.find("start"), e = s.find("end");
        if (b == s.end() || e == s.end() || !b->is_number_unsigned() || !e->is_number_unsigned())
          return r.Fail("a TextPositionSelector needs non-negative integers \"start\" and \"end\"", "start");
        out->begin = b->get<std::size_t>();
        out->end = e->get<std::size_t>();
      }
    }
  }
  for (Status st2 : {r.String(m, "trigger", &out->trigger), r.String(m, "rule", &out->rule),
                     r.Span(m, "statedEarliest", "statedLatest", "statedTimex", "statedGranularity", &out->date)})
    if (!st2.ok()) return st2;
  return Status::Ok();
}

// One event node becomes one per-document event for each document among its
// evidence. A document's event has the finest date its mentions state; one
// whose mentions state none took the date from elsewhere in its article, and
// that is the event's own date (undated events never join dated ones).
Status ReadEvent(const Reader& r, const json& n, std::vector<Event>* out) {
  Event e;
  std::string factuality;
  for (Status st : {r.String(n, "action", &e.action), r.String(n, "factuality", &factuality),
                    r.ActorList(n, "agent", &e.agents), r.ActorList(n, "recipient", &e.recipients),
                    r.ActorList(n, "participant", &e.participants),
                    r.Span(n, "earliest", "latest", "timex", "granularity", &e.date)})
    if (!st.ok()) return st;
  if (e.action.empty()) return r.Fail("an event has no \"action\"", "@type");
  if (!factuality.empty()) {
    auto f = ParseFactuality(factuality);
    if (!f) return r.Fail("unknown factuality '" + factuality + "'", "factuality", factuality);
    e.factuality = *f;
  }
  if (e.agents.empty() && e.participants.empty()) return r.Fail("an event has neither \"agent\" nor \"participant\"", "action");
  auto ev = n.find("evidence");
  if (ev == n.end()) return r.Fail("an event has no \"evidence\"", "action");
  json arr = ev->is_array() ? *ev : json::array({*ev});
  // One report per document and per agents reported: a document may tell the
  // occasion twice with different agents ("Putin had no plans to congratulate"
  // beside "Peskov was not aware of any plans"), and each report keeps its own.
  std::map<std::pair<std::string, std::vector<std::string>>, std::vector<Mention>> by_doc;
  for (const json& m : arr) {
    Mention mention;
    if (Status st = ReadMention(r, m, &mention); !st.ok()) return st;
    by_doc[{mention.document, mention.report_agents}].push_back(std::move(mention));
  }
  if (by_doc.empty()) return r.Fail("an event has no evidence mention", "evidence");
  for (auto& [report, mentions] : by_doc) {
    Event per_doc = e;
    per_doc.date.reset();
    // A document that told the event undated stays undated: the graph groups
    // it again with the rest (and sets the flag again).
    // A document whose own report named fewer agents than the event has them
    // back: the graph joins it to the others again, or not, as one extraction would.
    bool undated = false;
    for (Mention& m : mentions) {
      undated = undated || m.undated_report;
      m.undated_report = false;
      if (!m.report_agents.empty()) per_doc.agents = std::move(m.report_agents);
      m.report_agents.clear();
    }
    // Of equally fine dates, the first: mentions of one visit told on several
    // days are one occasion dated by its first day (the action's occasion_days).
    for (const Mention& m : mentions)
      if (m.date && (!per_doc.date || m.date->FinerOrEarlier(*per_doc.date))) per_doc.date = m.date;
    if (!per_doc.date && !undated) per_doc.date = e.date;
    per_doc.mentions = std::move(mentions);
    out->push_back(std::move(per_doc));
  }
  return Status::Ok();
}

Status ReadActor(const Reader& r, const json& n, const std::string& iri, Actor* a) {
  a->id = PercentDecode(std::string_view(iri).substr(kActorPrefix.size()));
  if (HasType(n, "schema:Person")) a->kind = ActorKind::kPerson;
  else if (HasType(n, "schema:Country")) a->kind = ActorKind::kCountry;
  else a->kind = ActorKind::kOrganization;
  std::string same;
  for (Status st : {r.String(n, "name", &a->name), r.String(n, "sameAs", &same), r.String(n, "role", &a->role),
                    r.Iri(n, "country", kActorPrefix, &a->country)})
    if (!st.ok()) return st;
  if (!same.empty()) {
    if (same.compare(0, kWikidata.size(), kWikidata) != 0)
      return r.Fail("\"sameAs\": expected a Wikidata entity IRI", "sameAs", same);
    a->qid = same.substr(kWikidata.size());
  }
  // The exporter leaves out a country that is the actor itself.
  if (a->country.empty() && a->kind == ActorKind::kCountry) a->country = a->id;
  auto in = n.find("inLexicon");
  if (in != n.end()) {
    if (!in->is_boolean()) return r.Fail("\"inLexicon\" should be true or false", "inLexicon");
    a->in_lexicon = in->get<bool>();
  }
  return Status::Ok();
}

}  // namespace

Result<Graph> LoadGraph(std::string_view text, std::string_view origin) {
  Result<json> parsed = internal::ParseJson(text, origin);
  if (!parsed.ok()) return parsed.status();
  const json& doc = *parsed;
  Reader r(text, origin);
  const char* foreign = "not a diplograph graph: expected a JSON-LD object with the diplograph @context "
                        "(\"dg\": \"https://w3id.org/diplograph/ns#\") and an \"@graph\" array";
  if (!doc.is_object()) return r.Fail(foreign);
  auto ctx = doc.find("@context");
  if (ctx == doc.end()) return r.Fail(std::string(foreign) + "; there is no \"@context\"");
  if (!ctx->is_object() || ctx->value("dg", std::string()) != std::string(kVocabulary))
    return r.Fail(std::string(foreign) + "; the \"@context\" is another one", "@context");
  auto nodes = doc.find("@graph");
  if (nodes == doc.end() || !nodes->is_array()) return r.Fail(std::string(foreign) + "; there is no \"@graph\" array", "@context");

  Graph g;
  std::vector<Event> events;
  for (const json& n : *nodes) {
    if (!n.is_object() || !n.contains("@id") || !n["@id"].is_string())
      return r.Fail("every node of \"@graph\" should be an object with an \"@id\"", "@graph");
    std::string iri = n["@id"].get<std::string>();
    r.AnchorAt(iri);
    if (iri.compare(0, kDocumentPrefix.size(), kDocumentPrefix) == 0) {
      DocumentRecord d;
      for (Status st : {r.String(n, "identifier", &d.id), r.Date(n, "datePublished", &d.published),
                        r.String(n, "headline", &d.title), r.String(n, "url", &d.url), r.String(n, "publisher", &d.source)})
        if (!st.ok()) return st;
      if (d.id.empty()) d.id = PercentDecode(std::string_view(iri).substr(kDocumentPrefix.size()));
      g.AddDocument(d);
    } else if (iri.compare(0, kActorPrefix.size(), kActorPrefix) == 0) {
      Actor a;
      if (Status st = ReadActor(r, n, iri, &a); !st.ok()) return st;
      g.AddActor(a);
    } else if (iri.compare(0, kEventPrefix.size(), kEventPrefix) == 0) {
      if (Status st = ReadEvent(r, n, &events); !st.ok()) return st;
    } else {
      return r.Fail("unknown node '" + iri + "': diplograph nodes are documents, actors and events under "
                    "https://w3id.org/diplograph/id/", "@id", iri);
    }
  }
  g.AddDocumentEvents(events);
  return g;
}

Result<Graph> LoadGraphFile(const std::string& path) {
  Result<std::string> text = internal::ReadFile(path);
  if (!text.ok()) return text.status();
  return LoadGraph(*text, path);
}

}  // namespace diplograph
