// diplograph/lexicon.h: who is who, and when.
//
// A Lexicon holds countries, organizations, roles (titles) and people with
// dated offices, loaded from JSON (format: docs/lexicon.md, schema:
// schemas/lexicon.schema.json). The default lexicon is compiled into the
// library; users add their own files on top of it or use theirs alone.
//
//   diplograph::Result<diplograph::Lexicon> lex = diplograph::Lexicon::Default();
//   diplograph::Status s = lex->AddFile("my_people.json");   // extend it
//   if (!s.ok()) std::cerr << s.ToString() << "\n";          // file:line:column: what is wrong
//   const diplograph::LexiconEntry* who =
//       lex->HolderOf("president", "RUS", diplograph::CivilDate{2020, 11, 10});
//
// Thread safety: const methods may be called from many threads; AddJson and
// AddFile need exclusive access. Copies share data until one of them is changed.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diplograph/date.h"
#include "diplograph/status.h"

namespace diplograph {

enum class ActorKind { kPerson, kCountry, kOrganization };
std::string_view ActorKindName(ActorKind kind);  // "person", "country", "organization"

// One office held for a time.
struct LexiconRole {
  std::string role;     // a role id, e.g. "president"
  std::string country;  // a country id ("RUS"), or empty
  std::string org;      // an organization id for international posts, or empty
  std::optional<CivilDate> from;  // inclusive; empty = since always
  std::optional<CivilDate> to;    // inclusive; empty = still in office
  bool approx = false;            // the dates are known only to the month

  bool ActiveOn(const CivilDate& d) const { return (!from || *from <= d) && (!to || d <= *to); }
};

// A country, organization or person.
struct LexiconEntry {
  std::string id;
  ActorKind kind = ActorKind::kPerson;
  std::string name;  // canonical name
  std::string qid;   // Wikidata id or empty
  std::vector<std::string> aliases;
  std::vector<std::string> short_names;  // people: surname-only forms
  // people: surname-only forms too common to mean them alone; they name the
  // person only after the article has named them in full ("Hernández").
  std::vector<std::string> article_short_names;
  std::vector<std::string> adjectives;   // countries
  std::vector<std::string> demonyms;     // countries
  std::vector<std::string> capitals;     // countries
  // countries: other cities a leader visits ("arrived in Jeddah"), never metonyms
  std::vector<std::string> cities;
  std::string iso2;                      // countries
  std::string leader_role;               // countries: what "the X leader" means
  std::string org_kind;                  // organizations: presidency, ministry, international, ...
  std::string country;                   // organizations: their country id
  std::string part_of;                   // organizations: the body they belong to ("european_commission" -> "eu")
  std::string gender;                    // people: "male", "female" or empty
  std::vector<LexiconRole> roles;        // people
  std::string origin;                    // where the entry came from: "file:line:column"
};

// A role and the titles that name it.
struct RoleDefinition {
  std::string id;
  std::string kind;  // head_of_state, head_of_government, minister, spokesperson, ...
  std::vector<std::string> titles;
};

class Lexicon {
 public:
  // An empty lexicon.
  Lexicon();
  // The lexicon compiled into the library (lib/data/lexicon/).
  static Result<Lexicon> Default();
  // Parses one lexicon file's text. `origin` names it in errors.
  static Result<Lexicon> FromJson(std::string_view json, std::string_view origin = "<json>");

  // Adds the entries of one more file. On error nothing is added and the
  // Status names file, line, column and the problem (duplicate id, unknown
  // role, reversed dates, ...).
  Status AddJson(std::string_view json, std::string_view origin = "<json>");
  Status AddFile(const std::string& path);
  // Adds several files' texts, each with its origin, as if by AddJson one
  // after the other, but copying and indexing the lexicon once (loading many
  // files is then linear, not quadratic, in their number). On error nothing
  // of any of them is added.
  struct Source {
    std::string_view json;
    std::string_view origin;
  };
  Status AddJson(const std::vector<Source>& sources);

  // Problems that do not stop loading but deserve a look: overlapping roles of
  // one person, roles that name unknown countries, short names shared by
  // several people. One line each, "file:line:column: warning".
  std::vector<std::string> Warnings() const;

  const std::vector<LexiconEntry>& entries() const;
  const std::vector<RoleDefinition>& roles() const;
  const LexiconEntry* Find(std::string_view id) const;
  const RoleDefinition* FindRole(std::string_view id) const;
  // An entry by its id, its Wikidata id, or any of its names (case and
  // accents folded): "Putin", "Vladimir Putin", "Q7747", "vladimir_putin".
  // Short names shared by several people resolve to none.
  const LexiconEntry* Resolve(std::string_view name_or_id) const;
  // The person who held `role` for `country` (or organization id) on `date`;
  // nullptr if nobody or more than one person did.
  const LexiconEntry* HolderOf(std::string_view role, std::string_view country, const CivilDate& date) const;
  // The country a person represented on `date` (their active role's country;
  // out of office, their latest role's; empty while they hold only an
  // international post, such as the head of the European Commission), an
  // organization's country, a country's own id; empty if unknown. A string
  // of `entry` (or a static empty one), valid while the entry lives: copy it
  // to keep it longer. (Asked for every actor mention; no copy is made here.)
  const std::string& CountryOf(const LexiconEntry& entry, const std::optional<CivilDate>& date) const;
  // The international body a person served on `date` (the organization of
  // their active role without a country, taken up to the body it is
  // `part_of`: the European Commission's and the European Council's heads
  // both serve "eu"); an international organization's own body is itself (or
  // the body it is part of); empty if none (a state's office, a national
  // body). So "Michel met von der Leyen" in 2021 is a meeting inside one body,
  // not between two parties.
  const std::string& BodyOf(const LexiconEntry& person, const std::optional<CivilDate>& date) const;

  // Internal: a number that changes whenever the lexicon changes (used to
  // cache compiled matchers).
  std::uint64_t generation() const;

  struct Data;  // implementation detail (lib/actors/lexicon.cpp)

 private:
  std::shared_ptr<const Data> data_;
};

// Turns the JSON result of a Wikidata SPARQL query (SPARQL 1.1 Query Results
// JSON) into the text of a lexicon file with a "people" array, so users can
// refresh the lexicon themselves. The query must bind ?person (the Wikidata
// entity), ?personLabel, ?role (a role id such as "president"), ?country (an
// ISO 3166-1 alpha-3 code, or an organization id) and may bind ?start, ?end
// (xsd:dateTime) and ?gender ("male"/"female"). docs/lexicon.md has a query.
// Rows for one person become one entry with all their roles, in date order.
Result<std::string> LexiconFromWikidataResults(std::string_view results_json, std::string_view origin = "<json>");

}  // namespace diplograph
