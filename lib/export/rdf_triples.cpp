#include "export/rdf_triples.h"

#include <cstdio>

#include "actions/action_rules.h"
#include "diplograph/export.h"

namespace diplograph::internal {
namespace {

const std::string kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
const std::string kXsd = "http://www.w3.org/2001/XMLSchema#";
const std::string kSchema = "http://schema.org/";
const std::string kSem = "http://semanticweb.cs.vu.nl/2009/11/sem/";
const std::string kProv = "http://www.w3.org/ns/prov#";
const std::string kOa = "http://www.w3.org/ns/oa#";
const std::string kDg(kVocabulary);

RdfTerm Iri(std::string v) { return {RdfTerm::Kind::kIri, std::move(v), ""}; }
RdfTerm Blank(std::string v) { return {RdfTerm::Kind::kBlank, std::move(v), ""}; }
RdfTerm Lit(std::string v, std::string type = "") { return {RdfTerm::Kind::kLiteral, std::move(v), std::move(type)}; }

std::string_view ActorClass(ActorKind k) {
  switch (k) {
    case ActorKind::kPerson: return "Person";
    case ActorKind::kCountry: return "Country";
    case ActorKind::kOrganization: return "Organization";
  }
  return "Thing";
}

// JSON-LD drops @id values that are not absolute IRIs; so do we.
bool AbsoluteIri(const std::string& s) {
  auto colon = s.find(':');
  if (colon == std::string::npos || colon == 0) return false;
  for (std::size_t i = 0; i < colon; ++i) {
    char c = s[i];
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.')) return false;
  }
  return s.find_first_of(" <>\"{}|\\^`") == std::string::npos;
}

}  // namespace

std::vector<RdfTriple> GraphTriples(const Graph& g) {
  std::vector<RdfTriple> t;
  auto add = [&](const RdfTerm& s, const std::string& p, RdfTerm o) { t.push_back({s, p, std::move(o)}); };
  const std::string type = kRdf + "type";
  for (const DocumentRecord& d : g.documents()) {
    RdfTerm s = Iri(DocumentIri(d.id));
    add(s, type, Iri(kSchema + "NewsArticle"));
    add(s, kSchema + "identifier", Lit(d.id));
    if (d.published) add(s, kSchema + "datePublished", Lit(d.published->ToString(), kXsd + "date"));
    if (!d.title.empty()) add(s, kSchema + "headline", Lit(d.title));
    if (!d.url.empty() && AbsoluteIri(d.url)) add(s, kSchema + "url", Iri(d.url));
    if (!d.source.empty()) add(s, kSchema + "publisher", Lit(d.source));
  }
  for (const Actor& a : g.actors()) {
    RdfTerm s = Iri(ActorIri(a.id));
    add(s, type, Iri(kSchema + std::string(ActorClass(a.kind))));
    add(s, kSchema + "name", Lit(a.name));
    if (!a.qid.empty()) add(s, kSchema + "sameAs", Iri("http://www.wikidata.org/entity/" + a.qid));
    if (!a.country.empty() && a.country != a.id) add(s, kDg + "country", Iri(ActorIri(a.country)));
    if (!a.role.empty()) add(s, kDg + "role", Lit(a.role));
    if (!a.in_lexicon) add(s, kDg + "inLexicon", Lit("false", kXsd + "boolean"));
  }
  const ActionRules& rules = ActionRules::Default();
  std::size_t blank = 0;
  for (const Event& e : g.events()) {
    const ActionType* at = rules.Find(e.action);
    RdfTerm s = Iri(EventIri(e.id));
    add(s, type, Iri(kDg + (at ? at->klass : std::string("Event"))));
    add(s, type, Iri(kSem + "Event"));
    add(s, kDg + "action", Lit(e.action));
    add(s, kDg + "factuality", Lit(std::string(FactualityName(e.factuality))));
    for (const auto& id : e.agents) add(s, kSchema + "agent", Iri(ActorIri(id)));
    for (const auto& id : e.recipients) add(s, kSchema + "recipient", Iri(ActorIri(id)));
    for (const auto& id : e.participants) add(s, kSchema + "participant", Iri(ActorIri(id)));
    if (at) {
      add(s, kDg + "cameoCode", Lit(at->cameo));
      if (!at->cameo_label.empty()) add(s, kDg + "cameoLabel", Lit(at->cameo_label));
      add(s, kDg + "ploverCategory", Lit(at->plover));
      if (!at->plover_mode.empty()) add(s, kDg + "ploverMode", Lit(at->plover_mode));
      add(s, kSem + "eventType", Iri("https://w3id.org/diplograph/cameo/" + at->cameo));
      add(s, kSem + "eventType", Iri("https://w3id.org/diplograph/plover/" + at->plover));
    }
    if (e.date) {
      add(s, kSem + "hasEarliestBeginTimeStamp", Lit(e.date->earliest.ToString(), kXsd + "date"));
      add(s, kSem + "hasLatestEndTimeStamp", Lit(e.date->latest.ToString(), kXsd + "date"));
      std::string day = e.date->earliest.ToString();
      switch (e.date->granularity) {
        case Granularity::kDay: add(s, kSem + "hasTimeStamp", Lit(day, kXsd + "date")); break;
        case Granularity::kMonth: add(s, kSem + "hasTimeStamp", Lit(day.substr(0, 7), kXsd + "gYearMonth")); break;
        case Granularity::kYear: add(s, kSem + "hasTimeStamp", Lit(day.substr(0, 4), kXsd + "gYear")); break;
        default: break;
      }
      add(s, kDg + "timexValue", Lit(e.date->value));
      add(s, kDg + "granularity", Lit(std::string(GranularityName(e.date->granularity))));
    }
    for (const Mention& m : e.mentions) {
      ++blank;
      // (Built with append: GCC 12 warns, wrongly, about "m" + std::to_string(..).)
      auto label = [&](char kind) {
        std::string l(1, kind);
        l += std::to_string(blank);
        return l;
      };
      RdfTerm mn = Blank(label('m'));
      RdfTerm quote = Blank(label('q')), pos = Blank(label('p'));
      add(s, kProv + "wasDerivedFrom", mn);
      add(mn, type, Iri(kOa + "SpecificResource"));
      add(mn, kOa + "hasSource", Iri(DocumentIri(m.document)));
      add(mn, kOa + "hasSelector", quote);
      add(mn, kOa + "hasSelector", pos);
      add(quote, type, Iri(kOa + "TextQuoteSelector"));
      add(quote, kOa + "exact", Lit(m.sentence));
      add(pos, type, Iri(kOa + "TextPositionSelector"));
      add(pos, kOa + "start", Lit(std::to_string(m.begin), kXsd + "nonNegativeInteger"));
      add(pos, kOa + "end", Lit(std::to_string(m.end), kXsd + "nonNegativeInteger"));
      add(mn, kDg + "trigger", Lit(m.trigger));
      add(mn, kDg + "rule", Lit(m.rule));
      if (m.date) {
        add(mn, kDg + "statedEarliest", Lit(m.date->earliest.ToString(), kXsd + "date"));
        add(mn, kDg + "statedLatest", Lit(m.date->latest.ToString(), kXsd + "date"));
        add(mn, kDg + "statedTimex", Lit(m.date->value));
        add(mn, kDg + "statedGranularity", Lit(std::string(GranularityName(m.date->granularity))));
      }
      if (m.undated_report) add(mn, kDg + "undatedReport", Lit("true", kXsd + "boolean"));
      for (const auto& id : m.report_agents) add(mn, kDg + "reportAgent", Iri(ActorIri(id)));
    }
  }
  return t;
}

std::string NTriplesTerm(const RdfTerm& term) {
  switch (term.kind) {
    case RdfTerm::Kind::kIri: {
      std::string out = "<";
      for (unsigned char c : term.value) {
        if (c <= 0x20 || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' || c == '^' ||
            c == '`' || c == '\\') {
          char buf[8];
          std::snprintf(buf, sizeof buf, "%%%02X", c);
          out += buf;
        } else {
          out.push_back(static_cast<char>(c));
        }
      }
      return out + ">";
    }
    case RdfTerm::Kind::kBlank: return "_:" + term.value;
    case RdfTerm::Kind::kLiteral: {
      std::string out = "\"";
      for (unsigned char c : term.value) {
        switch (c) {
          case '"': out += "\\\""; break;
          case '\\': out += "\\\\"; break;
          case '\n': out += "\\n"; break;
          case '\r': out += "\\r"; break;
          case '\t': out += "\\t"; break;
          default:
            if (c < 0x20 || c == 0x7F) {
              char buf[12];
              std::snprintf(buf, sizeof buf, "\\u%04X", c);
              out += buf;
            } else {
              out.push_back(static_cast<char>(c));
            }
        }
      }
      out += "\"";
      if (!term.datatype.empty()) out += "^^<" + term.datatype + ">";
      return out;
    }
  }
  return "";
}

}  // namespace diplograph::internal
