// A self-contained HTML page: the actor network (SVG, laid out in the page by
// a small deterministic force layout) beside a timeline of events, with
// filters by action and date; clicking an edge or an event shows the evidence
// sentences. Inline CSS and JS only: it opens offline, from a file.
#include <nlohmann/json.hpp>

#include "actions/action_rules.h"
#include "export/exporters.h"

namespace diplograph::internal {

extern const char kGraphViewHtml[];  // html_template.cpp

namespace {

// JSON inside <script>: "</" must not close the element.
std::string ScriptSafe(std::string s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '<' && i + 1 < s.size() && s[i + 1] == '/') {
      out += "<\\/";
      ++i;
    } else {
      out += s[i];
    }
  }
  return out;
}

class HtmlExporter final : public Exporter {
 public:
  std::string_view name() const override { return "html"; }
  std::string_view extension() const override { return ".html"; }

  Status Write(const Graph& g, std::ostream& out) const override {
    using nlohmann::json;
    std::string_view page = kGraphViewHtml;
    std::size_t slot = page.find("/*DIPLOGRAPH_DATA*/");
    if (page.empty() || slot == std::string_view::npos)
      return Status(StatusCode::kInternal, "the HTML template has no data slot");
    json actors = json::array(), events = json::array();
    for (const Actor& a : g.actors())
      actors.push_back({{"id", a.id}, {"name", a.name.empty() ? a.id : a.name}, {"kind", ActorKindName(a.kind)}, {"qid", a.qid}});
    const ActionRules& rules = ActionRules::Default();
    for (const Event& e : g.events()) {
      json ev{{"id", e.id},
              {"action", e.action},
              {"label", rules.Find(e.action) ? rules.Find(e.action)->label : e.action},
              {"factuality", FactualityName(e.factuality)},
              {"agents", e.agents},
              {"recipients", e.recipients},
              {"participants", e.participants}};
      if (e.date) {
        ev["date"] = e.date->value;
        ev["earliest"] = e.date->earliest.ToString();
        ev["latest"] = e.date->latest.ToString();
      }
      json mentions = json::array();
      for (const Mention& m : e.mentions) mentions.push_back({{"document", m.document}, {"sentence", m.sentence}});
      ev["evidence"] = mentions;
      events.push_back(std::move(ev));
    }
    json data{{"actors", actors}, {"events", events}};
    out << page.substr(0, slot) << ScriptSafe(data.dump(-1, ' ', false, json::error_handler_t::replace))
        << page.substr(slot + std::string_view("/*DIPLOGRAPH_DATA*/").size());
    if (!out) return Status(StatusCode::kIoError, "write failed");
    return Status::Ok();
  }
};

}  // namespace

std::unique_ptr<Exporter> MakeHtmlExporter() { return std::make_unique<HtmlExporter>(); }

}  // namespace diplograph::internal
