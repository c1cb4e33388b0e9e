// Refreshing the lexicon from Wikidata: SPARQL results in, lexicon JSON out.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>

#include "diplograph/lexicon.h"
#include "normalize/normalizer.h"
#include "util/json_util.h"

namespace diplograph {

namespace {
using nlohmann::json;

std::string Slug(const std::string& name) {
  std::string f = internal::Normalizer::Default().Fold(name), out;
  for (char c : f) {
    char l = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if ((l >= 'a' && l <= 'z') || (l >= '0' && l <= '9')) out.push_back(l);
    else if (!out.empty() && out.back() != '_') out.push_back('_');
  }
  while (!out.empty() && out.back() == '_') out.pop_back();
  return out;
}

// "+2020-11-07T00:00:00Z" or "2020-11-07T00:00:00Z" -> "2020-11-07"
std::string Day(const std::string& v) {
  std::string s = !v.empty() && (v[0] == '+' || v[0] == '-') ? v.substr(1) : v;
  return s.size() >= 10 && CivilDate::Parse(s.substr(0, 10)) ? s.substr(0, 10) : std::string();
}
}  // namespace

Result<std::string> LexiconFromWikidataResults(std::string_view text, std::string_view origin) {
  Result<json> parsed = internal::ParseJson(text, origin);
  if (!parsed.ok()) return parsed.status();
  const json& j = *parsed;
  auto err = [&](const std::string& m) { return Status(StatusCode::kParseError, m, {std::string(origin)}); };
  if (!j.is_object() || !j.contains("results") || !j["results"].is_object() || !j["results"].contains("bindings") ||
      !j["results"]["bindings"].is_array())
    return err("expected SPARQL 1.1 JSON results: {\"head\": ..., \"results\": {\"bindings\": [...]}}");
  struct Person {
    std::string qid, name, gender;
    std::vector<json> roles;
  };
  std::map<std::string, Person> people;  // by qid
  std::size_t row = 0;
  for (const json& b : j["results"]["bindings"]) {
    ++row;
    auto val = [&](const char* var) -> std::string {
      if (!b.is_object() || !b.contains(var) || !b[var].is_object() || !b[var].contains("value")) return {};
      const json& v = b[var]["value"];
      return v.is_string() ? v.get<std::string>() : std::string();
    };
    std::string person = val("person"), label = val("personLabel"), role = val("role"), country = val("country");
    std::string where = "row " + std::to_string(row) + ": ";
    auto slash = person.find_last_of('/');
    std::string qid = slash == std::string::npos ? person : person.substr(slash + 1);
    if (qid.size() < 2 || qid[0] != 'Q') return err(where + "?person must be a Wikidata entity IRI, got '" + person + "'");
    if (label.empty()) return err(where + "?personLabel is missing");
    if (role.empty()) return err(where + "?role is missing (bind it to a role id such as \"president\")");
    if (country.empty()) return err(where + "?country is missing (an ISO 3166-1 alpha-3 code)");
    Person& p = people[qid];
    p.qid = qid;
    p.name = label;
    if (p.gender.empty()) p.gender = val("gender");
    json r{{"role", role}};
    bool upper = std::all_of(country.begin(), country.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    r[upper && country.size() == 3 ? "country" : "org"] = country;
    std::string from = Day(val("start")), to = Day(val("end"));
    if (!from.empty()) r["from"] = from;
    if (!to.empty()) r["to"] = to;
    if (std::find(p.roles.begin(), p.roles.end(), r) == p.roles.end()) p.roles.push_back(std::move(r));
  }
  json out = json::array();
  std::map<std::string, int> ids;
  for (auto& [qid, p] : people) {
    std::sort(p.roles.begin(), p.roles.end(), [](const json& a, const json& b) {
      return a.value("from", std::string()) < b.value("from", std::string());
    });
    std::string id = Slug(p.name);
    if (ids[id]++) id += "_" + qid;  // two people of one name
    json e{{"id", id}, {"name", p.name}, {"qid", qid}, {"roles", p.roles}};
    auto space = p.name.find_last_of(' ');
    if (space != std::string::npos) e["short"] = json::array({p.name.substr(space + 1)});
    if (p.gender == "male" || p.gender == "female") e["gender"] = p.gender;
    out.push_back(std::move(e));
  }
  json file{{"about", "Imported from Wikidata query results by 'diplograph lexicon import-wikidata'."}, {"people", out}};
  return file.dump(2) + "\n";
}

}  // namespace diplograph
