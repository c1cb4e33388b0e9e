// Loading, checking and looking up the lexicon (format: docs/lexicon.md).
#include "diplograph/lexicon.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <map>
#include <set>
#include <unordered_map>

#include "normalize/normalizer.h"
#include "util/embedded_data.h"
#include "util/json_util.h"
#include "util/strings.h"

namespace diplograph {

using internal::LocateField;
using nlohmann::json;

std::string_view ActorKindName(ActorKind kind) {
  switch (kind) {
    case ActorKind::kPerson: return "person";
    case ActorKind::kCountry: return "country";
    case ActorKind::kOrganization: return "organization";
  }
  return "person";
}

namespace {
std::atomic<std::uint64_t> g_generation{1};

std::string LowerFold(std::string_view s) {
  std::string f = internal::Normalizer::Default().Fold(s);
  for (char& c : f) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return f;
}
}  // namespace

struct Lexicon::Data {
  std::vector<LexiconEntry> entries;
  std::vector<RoleDefinition> roles;
  internal::StringMap<std::size_t> by_id;  // flat: Find() is on the extraction path
  internal::StringMap<std::size_t> role_by_id;
  std::unordered_map<std::string, std::vector<std::size_t>> by_name;  // folded lower name -> entries
  // "role\x1fcountry-or-org" -> the people who ever held that role there
  // (HolderOf looks there instead of at every entry).
  internal::StringMap<std::vector<std::size_t>> by_role;
  std::vector<std::string> warnings;

  static std::string RoleKey(std::string_view role, std::string_view where) {
    std::string key(role);
    key += '\x1f';
    key += where;
    return key;
  }
  std::uint64_t generation = 0;

  void Index() {
    by_id = {};
    role_by_id = {};
    by_name.clear();
    by_role = {};
    for (std::size_t i = 0; i < entries.size(); ++i) {
      const LexiconEntry& e = entries[i];
      by_id[e.id] = i;
      if (e.kind == ActorKind::kPerson) {
        for (const LexiconRole& r : e.roles) {
          for (const std::string* where : {&r.country, &r.org}) {
            if (where->empty()) continue;
            auto& v = by_role[RoleKey(r.role, *where)];
            if (v.empty() || v.back() != i) v.push_back(i);
          }
        }
      }
      auto add = [&](const std::string& n) {
        auto& v = by_name[LowerFold(n)];
        if (std::find(v.begin(), v.end(), i) == v.end()) v.push_back(i);
      };
      add(e.name);
      if (!e.qid.empty()) add(e.qid);
      for (const auto& a : e.aliases) add(a);
      for (const auto& a : e.short_names) add(a);
      for (const auto& a : e.capitals) add(a);
      for (const auto& a : e.cities) add(a);
    }
    for (std::size_t i = 0; i < roles.size(); ++i) role_by_id[roles[i].id] = i;
    generation = g_generation.fetch_add(1);
  }
};

Lexicon::Lexicon() : data_(std::make_shared<Data>()) {}

const std::vector<LexiconEntry>& Lexicon::entries() const { return data_->entries; }
const std::vector<RoleDefinition>& Lexicon::roles() const { return data_->roles; }
std::vector<std::string> Lexicon::Warnings() const { return data_->warnings; }
std::uint64_t Lexicon::generation() const { return data_->generation; }

const LexiconEntry* Lexicon::Find(std::string_view id) const {
  auto it = data_->by_id.find(id);
  return it == data_->by_id.end() ? nullptr : &data_->entries[it->second];
}

const RoleDefinition* Lexicon::FindRole(std::string_view id) const {
  auto it = data_->role_by_id.find(id);
  return it == data_->role_by_id.end() ? nullptr : &data_->roles[it->second];
}

const LexiconEntry* Lexicon::Resolve(std::string_view name) const {
  if (const LexiconEntry* e = Find(name)) return e;
  auto it = data_->by_name.find(LowerFold(name));
  if (it == data_->by_name.end() || it->second.size() != 1) return nullptr;
  return &data_->entries[it->second.front()];
}

const LexiconEntry* Lexicon::HolderOf(std::string_view role, std::string_view country, const CivilDate& date) const {
  const LexiconEntry* found = nullptr;
  auto check = [&](const LexiconEntry& e) {  // false: ambiguous
    for (const LexiconRole& r : e.roles) {
      if (r.role != role || (r.country != country && r.org != country) || !r.ActiveOn(date)) continue;
      if (found && found != &e) return false;
      found = &e;
    }
    return true;
  };
  if (country.empty()) {  // not indexed: every role without a country or an organisation
    for (const LexiconEntry& e : data_->entries)
      if (e.kind == ActorKind::kPerson && !check(e)) return nullptr;
    return found;
  }
  auto candidates = data_->by_role.find(Data::RoleKey(role, country));
  if (candidates == data_->by_role.end()) return nullptr;
  for (std::size_t index : candidates->second)
    if (!check(data_->entries[index])) return nullptr;  // ambiguous
  return found;
}

namespace {
const std::string kNone;  // CountryOf's "unknown" (a reference to it outlives every call)
}  // namespace

const std::string& Lexicon::CountryOf(const LexiconEntry& e, const std::optional<CivilDate>& date) const {
  switch (e.kind) {
    case ActorKind::kCountry: return e.id;
    case ActorKind::kOrganization: return e.country;
    case ActorKind::kPerson: {
      bool international = false;  // holds an international post on that day
      // A role in a national body that is no state's recognised government
      // (the TRNC, Abkhazia, the Kurdistan Region: organizations of kind
      // government with a country) is of that country, as the Taliban's
      // ministers are of Afghanistan: "Akinci congratulated Tatar" is domestic.
      auto state = [&](const LexiconRole& r) -> const std::string& {
        if (!r.country.empty()) return r.country;
        const LexiconEntry* org = r.org.empty() ? nullptr : Find(r.org);
        return org ? org->country : kNone;
      };
      for (const LexiconRole& r : e.roles) {
        const std::string& c = state(r);
        if (c.empty()) {
          international = international || (date && r.ActiveOn(*date) && !r.org.empty());
          continue;
        }
        if (date && r.ActiveOn(*date)) return c;
      }
      // Serving an international body and no state on that day ("von der
      // Leyen congratulated Merz" in 2025 is the Commission's act, not a
      // German one): no state.
      if (international) return kNone;
      // Out of office on that day (or no date): the country of their latest
      // role (of any role with a country: none if none has one).
      for (auto it = e.roles.rbegin(); it != e.roles.rend(); ++it)
        if (const std::string& c = state(*it); !c.empty()) return c;
      return kNone;
    }
  }
  return kNone;
}

const std::string& Lexicon::BodyOf(const LexiconEntry& e, const std::optional<CivilDate>& date) const {
  // An international organization is of its own body (or the one it is part of).
  if (e.kind == ActorKind::kOrganization) return !e.country.empty() ? kNone : !e.part_of.empty() ? e.part_of : e.id;
  if (e.kind != ActorKind::kPerson || !date) return kNone;
  for (const LexiconRole& r : e.roles) {
    if (!r.country.empty() || r.org.empty() || !r.ActiveOn(*date)) continue;
    const LexiconEntry* org = Find(r.org);
    if (org && !org->part_of.empty()) return org->part_of;
    return r.org;
  }
  return kNone;
}

namespace {

struct Loader {
  std::string_view text;
  std::string origin;
  Lexicon::Data* data;  // being extended (a copy)
  std::size_t search_from = 0;
  // Entries' ids are found in file order: each search starts after the last
  // one found, and line numbers come from one index (not a rescan per entry,
  // which made loading the built-in lexicon quadratic in its size).
  std::size_t id_cursor = 0;
  std::optional<internal::LineIndex> lines;

  Status Error(const std::string& msg, std::string_view key = {}, std::string_view value = {}) {
    SourceLocation loc = key.empty() ? SourceLocation{origin} : LocateField(text, key, value, origin);
    if (loc.file.empty()) loc.file = origin;
    return Status(StatusCode::kParseError, msg, loc);
  }

  static std::vector<std::string> Strings(const json& j, const char* key) {
    std::vector<std::string> out;
    auto it = j.find(key);
    if (it == j.end() || it->is_null()) return out;
    for (const auto& s : *it) out.push_back(s.get<std::string>());
    return out;
  }
  static std::string Str(const json& j, const char* key) {
    auto it = j.find(key);
    return it == j.end() || it->is_null() ? std::string() : it->get<std::string>();
  }

  Status Date(const json& j, const char* key, const std::string& id, std::optional<CivilDate>* out) {
    std::string s = Str(j, key);
    if (s.empty()) return Status::Ok();
    auto d = CivilDate::Parse(s);
    if (!d) return Error("'" + id + "': " + key + " must be a date YYYY-MM-DD, got '" + s + "'", key, s);
    *out = d;
    return Status::Ok();
  }

  // Keys an object of one kind may have (schemas/lexicon.schema.json): a
  // misspelt key ("form" for "from") would otherwise lose its value silently.
  Status KnownKeys(const json& j, std::initializer_list<std::string_view> known, std::string_view what) {
    for (const auto& [k, v] : j.items()) {
      bool ok = false;
      for (std::string_view kk : known) ok = ok || k == kk;
      if (ok) continue;
      std::string expected;
      for (std::string_view kk : known) expected += (expected.empty() ? "" : ", ") + std::string(kk);
      std::string id = j.contains("id") && j["id"].is_string() ? "'" + j["id"].get<std::string>() + "': " : "";
      return Error(id + "unknown key '" + k + "' in " + std::string(what) + " (expected " + expected + ")", k);
    }
    return Status::Ok();
  }

  Status AddEntry(LexiconEntry e) {
    if (e.id.empty()) return Error("an entry has no id (near '" + e.name + "')", "name", e.name);
    if (e.name.empty()) return Error("'" + e.id + "' has no name", "id", e.id);
    if (data->by_id.count(e.id)) {
      const LexiconEntry& prev = data->entries[data->by_id[e.id]];
      // Point at the duplicate: the occurrence after the last entry found in
      // this file (the first one, when the first definition is in another file).
      std::size_t at = internal::FindField(text, "id", e.id, id_cursor);
      if (at == std::string_view::npos) return Error("duplicate id '" + e.id + "' (first defined in " + prev.origin + ")", "id", e.id);
      if (!lines) lines.emplace(text);
      return Status(StatusCode::kParseError, "duplicate id '" + e.id + "' (first defined in " + prev.origin + ")",
                    lines->At(at, origin));
    }
    // Where the entry is, so that later warnings can point at it.
    std::size_t at = internal::FindField(text, "id", e.id, id_cursor);
    if (at == std::string_view::npos) at = internal::FindField(text, "id", e.id, 0);
    SourceLocation loc{origin, 0, 0};
    if (at != std::string_view::npos) {
      if (!lines) lines.emplace(text);
      loc = lines->At(at, origin);
      id_cursor = at + 1;
    }
    e.origin = loc.line ? origin + ":" + std::to_string(loc.line) + ":" + std::to_string(loc.column) : origin;
    data->by_id[e.id] = data->entries.size();
    data->entries.push_back(std::move(e));
    return Status::Ok();
  }

  Status Load(const json& root) {
    if (!root.is_object()) return Error("a lexicon file must be a JSON object");
    static const std::set<std::string> kTop = {"countries", "organizations", "roles", "people", "notes", "about", "$schema"};
    for (const auto& [k, v] : root.items()) {
      if (!kTop.count(k)) return Error("unknown top-level key '" + k + "' (expected countries, organizations, roles, people)", k);
      if (k != "about" && k != "$schema" && !v.is_array()) return Error("'" + k + "' must be an array", k);
    }
    try {
      for (const json& r : root.value("roles", json::array())) {
        if (!r.is_object()) return Error("each of 'roles' must be an object", "roles");
        if (Status s = KnownKeys(r, {"id", "kind", "titles"}, "a role"); !s.ok()) return s;
        RoleDefinition def{Str(r, "id"), Str(r, "kind"), Strings(r, "titles")};
        if (def.id.empty()) return Error("a role has no id");
        for (const auto& existing : data->roles)
          if (existing.id == def.id) return Error("duplicate role id '" + def.id + "'", "id", def.id);
        data->roles.push_back(std::move(def));
      }
      for (const json& c : root.value("countries", json::array())) {
        if (!c.is_object()) return Error("each of 'countries' must be an object", "countries");
        if (Status s = KnownKeys(c, {"id", "name", "qid", "iso2", "aliases", "adjectives", "demonyms", "capitals",
                                     "cities", "leader_role"}, "a country");
            !s.ok())
          return s;
        LexiconEntry e;
        e.kind = ActorKind::kCountry;
        e.id = Str(c, "id");
        e.name = Str(c, "name");
        e.qid = Str(c, "qid");
        e.iso2 = Str(c, "iso2");
        e.aliases = Strings(c, "aliases");
        e.adjectives = Strings(c, "adjectives");
        e.demonyms = Strings(c, "demonyms");
        e.capitals = Strings(c, "capitals");
        e.cities = Strings(c, "cities");
        e.leader_role = Str(c, "leader_role");
        if (Status s = AddEntry(std::move(e)); !s.ok()) return s;
      }
      for (const json& o : root.value("organizations", json::array())) {
        if (!o.is_object()) return Error("each of 'organizations' must be an object", "organizations");
        if (Status s = KnownKeys(o, {"id", "name", "qid", "aliases", "kind", "country", "part_of"}, "an organization"); !s.ok())
          return s;
        LexiconEntry e;
        e.kind = ActorKind::kOrganization;
        e.id = Str(o, "id");
        e.name = Str(o, "name");
        e.qid = Str(o, "qid");
        e.aliases = Strings(o, "aliases");
        e.org_kind = Str(o, "kind");
        e.country = Str(o, "country");
        e.part_of = Str(o, "part_of");
        if (Status s = AddEntry(std::move(e)); !s.ok()) return s;
      }
      for (const json& p : root.value("people", json::array())) {
        if (!p.is_object()) return Error("each of 'people' must be an object", "people");
        if (Status s = KnownKeys(p, {"id", "name", "qid", "gender", "aliases", "short", "short_in_article", "roles"}, "a person"); !s.ok())
          return s;
        LexiconEntry e;
        e.kind = ActorKind::kPerson;
        e.id = Str(p, "id");
        e.name = Str(p, "name");
        e.qid = Str(p, "qid");
        e.aliases = Strings(p, "aliases");
        e.short_names = Strings(p, "short");
        e.article_short_names = Strings(p, "short_in_article");
        e.gender = Str(p, "gender");
        for (const json& r : p.value("roles", json::array())) {
          if (!r.is_object()) return Error("'" + e.id + "': each of 'roles' must be an object", "id", e.id);
          if (Status s = KnownKeys(r, {"role", "country", "org", "from", "to", "approx"}, "a role term"); !s.ok())
            return s;
          LexiconRole role;
          role.role = Str(r, "role");
          role.country = Str(r, "country");
          role.org = Str(r, "org");
          role.approx = r.value("approx", false);
          if (role.role.empty()) return Error("'" + e.id + "': a role has no 'role'", "id", e.id);
          if (Status s = Date(r, "from", e.id, &role.from); !s.ok()) return s;
          if (Status s = Date(r, "to", e.id, &role.to); !s.ok()) return s;
          if (role.from && role.to && *role.to < *role.from)
            return Error("'" + e.id + "': role '" + role.role + "' ends (" + role.to->ToString() +
                             ") before it starts (" + role.from->ToString() + ")",
                         "from", role.from->ToString());
          e.roles.push_back(std::move(role));
        }
        if (Status s = AddEntry(std::move(e)); !s.ok()) return s;
      }
    } catch (const json::exception& ex) {
      return Error(std::string("wrong type: ") + ex.what());
    }
    return Status::Ok();
  }
};

void CollectWarnings(Lexicon::Data* d) {
  d->warnings.clear();
  std::set<std::string> role_ids;
  for (const auto& r : d->roles) role_ids.insert(r.id);
  std::map<std::string, std::vector<std::string>> shorts;
  for (const LexiconEntry& e : d->entries) {
    if (e.kind != ActorKind::kPerson) continue;
    for (const auto& s : e.short_names) shorts[s].push_back(e.id);
    for (std::size_t i = 0; i < e.roles.size(); ++i) {
      const LexiconRole& r = e.roles[i];
      if (!role_ids.empty() && !role_ids.count(r.role))
        d->warnings.push_back(e.origin + ": '" + e.id + "': unknown role '" + r.role + "'");
      const std::string& where = r.country.empty() ? r.org : r.country;
      auto it = d->by_id.find(where);
      if (!where.empty() && it == d->by_id.end())
        d->warnings.push_back(e.origin + ": '" + e.id + "': role '" + r.role + "' names unknown country or organization '" + where + "'");
      for (std::size_t k = i + 1; k < e.roles.size(); ++k) {
        const LexiconRole& o = e.roles[k];
        if (o.role != r.role || o.country != r.country || o.org != r.org) continue;
        CivilDate a0 = r.from.value_or(CivilDate{1, 1, 1}), a1 = r.to.value_or(CivilDate{9999, 12, 31});
        CivilDate b0 = o.from.value_or(CivilDate{1, 1, 1}), b1 = o.to.value_or(CivilDate{9999, 12, 31});
        if (a0 < b1 && b0 < a1)
          d->warnings.push_back(e.origin + ": '" + e.id + "': overlapping terms of role '" + r.role + "'");
      }
    }
  }
  for (const auto& [s, ids] : shorts) {
    if (ids.size() < 2) continue;
    std::string list;
    for (const auto& id : ids) list += (list.empty() ? "" : ", ") + id;
    d->warnings.push_back("short name '" + s + "' is shared by " + list + " (resolved per article)");
  }
}

}  // namespace

Status Lexicon::AddJson(std::string_view text, std::string_view origin) { return AddJson({Source{text, origin}}); }

Status Lexicon::AddJson(const std::vector<Source>& sources) {
  std::shared_ptr<Data> copy;
  for (const Source& source : sources) {
    Result<json> root = internal::ParseJson(source.json, source.origin);
    if (!root.ok()) return root.status();
    if (!copy) copy = std::make_shared<Data>(*data_);
    // (The loader needs only by_id, which it keeps up to date itself.)
    Loader loader{source.json, std::string(source.origin), copy.get(), 0, 0, std::nullopt};
    if (Status s = loader.Load(*root); !s.ok()) return s;
  }
  if (!copy) return Status::Ok();
  copy->Index();
  CollectWarnings(copy.get());
  data_ = std::move(copy);
  return Status::Ok();
}

Status Lexicon::AddFile(const std::string& path) {
  Result<std::string> text = internal::ReadFile(path);
  if (!text.ok()) return text.status();
  return AddJson(*text, path);
}

Result<Lexicon> Lexicon::FromJson(std::string_view json_text, std::string_view origin) {
  Lexicon lex;
  if (Status s = lex.AddJson(json_text, origin); !s.ok()) return s;
  return lex;
}

Result<Lexicon> Lexicon::Default() {
  static const Result<Lexicon> cached = []() -> Result<Lexicon> {
    Lexicon lex;
    // Roles first: people refer to them. Then countries and organizations, then people.
    std::vector<std::string_view> names = internal::EmbeddedDataNames();
    auto rank = [](std::string_view n) {
      if (n.find("roles") != std::string_view::npos) return 0;
      if (n.find("countries") != std::string_view::npos) return 1;
      if (n.find("organizations") != std::string_view::npos) return 2;
      return 3;
    };
    std::stable_sort(names.begin(), names.end(), [&](auto a, auto b) { return rank(a) < rank(b); });
    std::vector<Source> sources;
    for (std::string_view n : names)
      if (n.substr(0, 8) == "lexicon/") sources.push_back({internal::EmbeddedData(n), n});
    if (Status s = lex.AddJson(sources); !s.ok()) return s;
    return lex;
  }();
  return cached;
}

}  // namespace diplograph
