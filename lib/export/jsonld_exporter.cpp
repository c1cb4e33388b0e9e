// JSON-LD: the reference export (docs/jsonld.md). Terms come from the
// embedded context (lib/data/jsonld/context.json), so any JSON-LD processor
// reads the file offline.
#include <nlohmann/json.hpp>

#include "actions/action_rules.h"
#include "export/exporters.h"
#include "util/embedded_data.h"

namespace diplograph::internal {
namespace {

using nlohmann::json;

std::string_view ActorType(ActorKind k) {
  switch (k) {
    case ActorKind::kPerson: return "schema:Person";
    case ActorKind::kCountry: return "schema:Country";
    case ActorKind::kOrganization: return "schema:Organization";
  }
  return "schema:Thing";
}

// sem:hasTimeStamp with the precision in its datatype, where XML Schema has one.
std::optional<json> TimeStamp(const DateSpan& d) {
  switch (d.granularity) {
    case Granularity::kDay: return json{{"@value", d.earliest.ToString()}, {"@type", "xsd:date"}};
    case Granularity::kMonth: return json{{"@value", d.earliest.ToString().substr(0, 7)}, {"@type", "xsd:gYearMonth"}};
    case Granularity::kYear: return json{{"@value", d.earliest.ToString().substr(0, 4)}, {"@type", "xsd:gYear"}};
    default: return std::nullopt;
  }
}

class JsonLdExporter final : public Exporter {
 public:
  std::string_view name() const override { return "jsonld"; }
  std::string_view extension() const override { return ".jsonld"; }

  Status Write(const Graph& g, std::ostream& out) const override {
    // Streamed one node per line, so memory stays that of one node whatever
    // the size of the graph.
    json context = json::parse(EmbeddedData("jsonld/context.json"), nullptr, false);
    if (context.is_discarded()) return Status(StatusCode::kInternal, "embedded JSON-LD context is broken");
    out << "{\"@context\": " << context.dump(-1, ' ', false, json::error_handler_t::replace) << ",\n\"@graph\": [";
    bool first = true;
    auto emit = [&](const json& n) {
      out << (first ? "\n" : ",\n") << n.dump(-1, ' ', false, json::error_handler_t::replace);
      first = false;
    };
    const ActionRules& rules = ActionRules::Default();

    for (const DocumentRecord& d : g.documents()) {
      json n{{"@id", DocumentIri(d.id)}, {"@type", "schema:NewsArticle"}, {"identifier", d.id}};
      if (d.published) n["datePublished"] = d.published->ToString();
      if (!d.title.empty()) n["headline"] = d.title;
      if (!d.url.empty()) n["url"] = d.url;
      if (!d.source.empty()) n["publisher"] = d.source;
      emit(n);
    }
    for (const Actor& a : g.actors()) {
      json n{{"@id", ActorIri(a.id)}, {"@type", ActorType(a.kind)}, {"name", a.name}};
      if (!a.qid.empty()) n["sameAs"] = "http://www.wikidata.org/entity/" + a.qid;
      if (!a.country.empty() && a.country != a.id) n["country"] = ActorIri(a.country);
      if (!a.role.empty()) n["role"] = a.role;
      if (!a.in_lexicon) n["inLexicon"] = false;
      emit(n);
    }
    for (const Event& e : g.events()) {
      const ActionType* type = rules.Find(e.action);
      json n;
      n["@id"] = EventIri(e.id);
      n["@type"] = json::array({"dg:" + (type ? type->klass : std::string("Event")), "sem:Event"});
      n["action"] = e.action;
      n["factuality"] = std::string(FactualityName(e.factuality));
      auto iris = [](const std::vector<std::string>& ids) {
        json a = json::array();
        for (const auto& id : ids) a.push_back(ActorIri(id));
        return a;
      };
      if (!e.agents.empty()) n["agent"] = iris(e.agents);
      if (!e.recipients.empty()) n["recipient"] = iris(e.recipients);
      if (!e.participants.empty()) n["participant"] = iris(e.participants);
      if (type) {
        n["cameo"] = type->cameo;
        if (!type->cameo_label.empty()) n["cameoLabel"] = type->cameo_label;
        n["plover"] = type->plover;
        if (!type->plover_mode.empty()) n["ploverMode"] = type->plover_mode;
        n["eventType"] = json::array({"https://w3id.org/diplograph/cameo/" + type->cameo,
                                      "https://w3id.org/diplograph/plover/" + type->plover});
      }
      if (e.date) {
        n["earliest"] = e.date->earliest.ToString();
        n["latest"] = e.date->latest.ToString();
        if (auto ts = TimeStamp(*e.date)) n["timestamp"] = *ts;
        n["timex"] = e.date->value;
        n["granularity"] = std::string(GranularityName(e.date->granularity));
      }
      json evidence = json::array();
      for (const Mention& m : e.mentions) {
        json mn{{"@type", "oa:SpecificResource"},
                {"source", DocumentIri(m.document)},
                {"selector", json::array({json{{"@type", "oa:TextQuoteSelector"}, {"exact", m.sentence}},
                                          json{{"@type", "oa:TextPositionSelector"}, {"start", m.begin}, {"end", m.end}}})},
                {"trigger", m.trigger},
                {"rule", m.rule}};
        if (m.date) {
          mn["statedEarliest"] = m.date->earliest.ToString();
          mn["statedLatest"] = m.date->latest.ToString();
          mn["statedTimex"] = m.date->value;
          mn["statedGranularity"] = std::string(GranularityName(m.date->granularity));
        }
        evidence.push_back(std::move(mn));
      }
      n["evidence"] = std::move(evidence);
      emit(n);
    }
    out << "\n]}\n";
    if (!out) return Status(StatusCode::kIoError, "write failed");
    return Status::Ok();
  }
};

}  // namespace

std::unique_ptr<Exporter> MakeJsonLdExporter() { return std::make_unique<JsonLdExporter>(); }

}  // namespace diplograph::internal
