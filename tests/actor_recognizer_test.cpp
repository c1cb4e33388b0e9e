#include <catch2/catch.hpp>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "actors/actor_recognizer.h"
#include "normalize/normalizer.h"
#include "test_support.h"

using namespace diplograph;
using namespace diplograph::internal;

namespace {
// The ids of the actors `rec` finds in `text` (as it is: not normalised), in
// order; country adjectives standing alone only with `with_adjectives`.
std::vector<std::string> ActorsIn(const ActorRecognizer& rec, const std::string& text,
                                  const std::optional<CivilDate>& date, ArticleMemory* memory,
                                  bool with_adjectives = false) {
  std::vector<Token> toks;
  Tokenize(text, &toks);
  std::vector<std::string> out;
  for (const auto& m : rec.Recognize(text, toks, date, memory))
    if (with_adjectives || m.via != MentionVia::kAdjective) out.push_back(m.actor);
  return out;
}

// A recogniser over the built-in lexicon, built once for the tests that use it.
const ActorRecognizer& DefaultRecognizer() {
  static const Lexicon lexicon = Lexicon::Default().value();
  static const std::unique_ptr<ActorRecognizer> rec = ActorRecognizer::Create(lexicon).value();
  return *rec;
}

struct Fixture {
  std::unique_ptr<ActorRecognizer> rec = ActorRecognizer::Create(testing::MiniLexicon()).value();
  ArticleMemory memory;
  std::vector<std::string> Actors(const std::string& raw, const std::string& date = "2024-04-09") {
    return ActorsIn(*rec, Normalizer::Default().Normalize(raw).text, CivilDate::Parse(date), &memory);
  }
  std::vector<std::string> Adjectives(const std::string& s) {
    std::vector<Token> toks;
    Tokenize(s, &toks);
    std::vector<std::string> out;
    for (const auto& m : rec->Recognize(s, toks, CivilDate{2024, 1, 1}, &memory))
      if (m.via == MentionVia::kAdjective) out.push_back(m.actor);
    return out;
  }
};
}  // namespace

TEST_CASE("full names, titles with names, and adjectives with short names", "[actors]") {
  Fixture f;
  CHECK(f.Actors("Russian Foreign Minister Sergei Lavrov met Chinese leader Xi Jinping.") ==
        std::vector<std::string>{"sergei_lavrov", "xi_jinping"});
  CHECK(f.Actors("Chinese Xi meets Russian Foreign Minister Lavrov") ==
        std::vector<std::string>{"xi_jinping", "sergei_lavrov"});
  CHECK(f.Actors("Mexican President Andre\u0301s Manuel Lo\u0301pez Obrador spoke.", "2020-11-10") ==
        std::vector<std::string>{"andres_manuel_lopez_obrador"});
  CHECK(f.Actors("U.S. President Joseph Biden called.", "2024-04-09") == std::vector<std::string>{"joe_biden"});
}

TEST_CASE("titles alone resolve by role and publication date", "[actors]") {
  Fixture f;
  CHECK(f.Actors("The president of Mexico refused.", "2020-11-10") ==
        std::vector<std::string>{"andres_manuel_lopez_obrador"});
  CHECK(f.Actors("The congratulations of the Russian president came late.", "2020-12-15") ==
        std::vector<std::string>{"vladimir_putin"});
  CHECK(f.Actors("the Chinese leader said", "2024-04-09") == std::vector<std::string>{"xi_jinping"});
  // Before Biden's election the US president-elect is nobody in this lexicon.
  CHECK(f.Actors("the US president-elect said", "2020-10-01") == std::vector<std::string>{"USA"});
  // "former" blocks resolving a title alone.
  CHECK(f.Actors("the former Russian president said", "2020-12-15").empty());
}

TEST_CASE("a shared surname is the one last named in full in the article", "[actors]") {
  Fixture a;
  a.Actors("Chinese Foreign Ministry spokesman Wang Wenbin said so.", "2020-11-10");
  CHECK(a.Actors("Wang added more.", "2020-11-10") == std::vector<std::string>{"wang_wenbin"});
  Fixture b;
  b.Actors("Lavrov met his Chinese counterpart Wang Yi.", "2020-11-10");
  CHECK(b.Actors("Wang added more.", "2020-11-10") == std::vector<std::string>{"wang_yi"});
  Fixture c;  // nobody named yet: both Wangs were in office in 2020, so no guess
  CHECK(c.Actors("Wang added more.", "2021-03-01").empty());
}

TEST_CASE("a title alone does not take a surname from the person named in full", "[actors]") {
  // March 2022: the father is still Turkmenistan's president, the son was just elected.
  const ActorRecognizer& rec = DefaultRecognizer();
  const CivilDate day{2022, 3, 16};
  ArticleMemory a;
  ActorsIn(rec, "Putin congratulated Serdar Berdimuhamedow on his election as Turkmenistan's president.", day, &a);
  CHECK(ActorsIn(rec, "Tokayev phoned the younger Berdimuhamedow.", day, &a) ==
        std::vector<std::string>{"kassym_jomart_tokayev", "serdar_berdimuhamedow"});
  // With no one of that surname named in full, the title's holder lends it.
  ArticleMemory b;
  CHECK(ActorsIn(rec, "Turkmenistan's president spoke on Monday.", day, &b) ==
        std::vector<std::string>{"gurbanguly_berdimuhamedow"});
  CHECK(ActorsIn(rec, "Tokayev phoned Berdimuhamedow.", day, &b) ==
        std::vector<std::string>{"kassym_jomart_tokayev", "gurbanguly_berdimuhamedow"});
}

TEST_CASE("a state's name that is the last name of someone named in full is that person", "[actors]") {
  const ActorRecognizer& rec = DefaultRecognizer();
  const CivilDate day{2025, 5, 19};
  ArticleMemory a;
  CHECK(ActorsIn(rec, "Luis Montenegro won the vote in Portugal.", day, &a) ==
        std::vector<std::string>{"luis_montenegro", "PRT"});
  CHECK(ActorsIn(rec, "Sanchez called to congratulate Montenegro.", day, &a) ==
        std::vector<std::string>{"pedro_sanchez", "luis_montenegro"});
  // After a word of place it stays the state.
  CHECK(ActorsIn(rec, "Sanchez will travel to Montenegro.", day, &a) ==
        std::vector<std::string>{"pedro_sanchez", "MNE"});
  CHECK(ActorsIn(rec, "Sanchez arrived in Montenegro.", day, &a) ==
        std::vector<std::string>{"pedro_sanchez", "MNE"});
  // With nobody of that name in the article, the name is the state.
  ArticleMemory b;
  CHECK(ActorsIn(rec, "Sanchez congratulated Montenegro.", day, &b) ==
        std::vector<std::string>{"pedro_sanchez", "MNE"});
}

TEST_CASE("the Cook Islands and Niue are states with their premiers by date", "[actors]") {
  const ActorRecognizer& rec = DefaultRecognizer();
  ArticleMemory a;
  CHECK(ActorsIn(rec, "Cook Islands Prime Minister Mark Brown met Christopher Luxon in Wellington.", CivilDate{2024, 3, 12}, &a) ==
        std::vector<std::string>{"mark_brown_cook_islands", "christopher_luxon", "NZL"});
  ArticleMemory b;
  CHECK(ActorsIn(rec, "The Cook Islands prime minister spoke.", CivilDate{2015, 3, 12}, &b) ==
        std::vector<std::string>{"henry_puna"});
  CHECK(ActorsIn(rec, "Niue Premier Toke Talagi thanked Puna.", CivilDate{2015, 3, 12}, &b) ==
        std::vector<std::string>{"toke_talagi", "henry_puna"});
  ArticleMemory c;
  CHECK(ActorsIn(rec, "The Niuean premier spoke.", CivilDate{2023, 6, 1}, &c) == std::vector<std::string>{"dalton_tagelagi"});
  // Hard negatives: "Brown" alone is not Mark Brown (it is no short name of his); "Puna" alone, before
  // Henry Puna is named in full, is nobody.
  ArticleMemory d;
  CHECK(ActorsIn(rec, "Puna was quiet and Brown spoke.", CivilDate{2024, 3, 12}, &d).empty());
}

TEST_CASE("South Korea's prime ministers and the heir Prince Charles are in the lexicon with their dates", "[actors]") {
  const ActorRecognizer& rec = DefaultRecognizer();
  ArticleMemory a;
  CHECK(ActorsIn(rec, "Shinzo Abe met Lee Nak-yon in Tokyo.", CivilDate{2019, 10, 25}, &a) ==
        std::vector<std::string>{"shinzo_abe", "lee_nak_yon", "JPN"});
  ArticleMemory b;
  CHECK(ActorsIn(rec, "The South Korean prime minister spoke.", CivilDate{2021, 1, 5}, &b) ==
        std::vector<std::string>{"chung_sye_kyun"});
  ArticleMemory c;
  CHECK(ActorsIn(rec, "Narendra Modi was received by Prince Charles.", CivilDate{2018, 4, 19}, &c) ==
        std::vector<std::string>{"narendra_modi", "charles_iii"});
}

TEST_CASE("countries, capitals and government metonyms", "[actors]") {
  Fixture f;
  CHECK(f.Actors("Beijing and Moscow signed; the Kremlin said; Russia's envoy") ==
        std::vector<std::string>{"CHN", "RUS", "kremlin", "RUS"});
  // Adjectives and demonyms alone are no actor.
  CHECK(f.Actors("Russian forces and Russians").empty());
  // ... but the adjective is kept apart for rules that want it ("sanctions on Russian banks").
  CHECK(f.Adjectives("sanctions on five Russian banks") == std::vector<std::string>{"RUS"});
}

TEST_CASE("misspelt multi-word names match a known name, ordinary words do not", "[actors]") {
  Fixture f;
  CHECK(f.Actors("Lobez Abrador told reporters.", "2020-11-10") ==
        std::vector<std::string>{"andres_manuel_lopez_obrador"});
  CHECK(f.Actors("Leave Reply Button told reporters.").empty());
}

TEST_CASE("honorifics and the winner of a named election", "[actors]") {
  Fixture f;
  CHECK(f.Actors("We note that Mr. Biden declared his victory.", "2020-11-10") ==
        std::vector<std::string>{"joe_biden"});
  CHECK(f.Actors("Putin awaits official US election results to congratulate the winner.", "2020-11-10") ==
        std::vector<std::string>{"vladimir_putin", "USA", "joe_biden"});
}

TEST_CASE("a title with an unknown name creates an actor not in the lexicon", "[actors]") {
  Fixture f;
  CHECK(f.Actors("Kenyan President William Ruto met Modi.", "2024-04-09") ==
        std::vector<std::string>{"new:william_ruto", "narendra_modi"});
  REQUIRE(f.memory.new_actors.size() == 1);
  CHECK(f.memory.new_actors[0].role == "president");
  CHECK(f.memory.new_actors[0].country == "KEN");
}

TEST_CASE("a bare surname means someone in office then, or someone the article named", "[actors]") {
  Lexicon lex;
  REQUIRE(lex.AddJson(R"({"people": [{"id": "john_major", "name": "John Major", "short": ["Major"],
      "roles": [{"role": "prime_minister", "country": "GBR", "from": "1990-11-28", "to": "1997-05-02"}]}]})",
                      "t.json")
              .ok());
  auto rec = ActorRecognizer::Create(lex).value();
  auto actors = [&](const std::string& s, const char* date, ArticleMemory* mem) {
    return ActorsIn(*rec, s, CivilDate::Parse(date), mem, /*with_adjectives=*/true);
  };
  ArticleMemory a, b, c;
  CHECK(actors("Major powers met in Geneva.", "2020-05-01", &a).empty());
  CHECK(actors("Major met Clinton in Washington.", "1995-05-01", &b) == std::vector<std::string>{"john_major"});
  actors("Former prime minister John Major spoke.", "2020-05-01", &c);
  CHECK(actors("Major said more.", "2020-05-01", &c) == std::vector<std::string>{"john_major"});
}

TEST_CASE("a president-elect the lexicon does not date is whoever takes office within weeks", "[actors]") {
  Lexicon lex;
  REQUIRE(lex.AddJson(R"({"countries": [{"id": "BRA", "name": "Brazil", "adjectives": ["Brazilian"]}],
      "roles": [{"id": "president_elect", "kind": "head_of_state", "titles": ["president-elect"]}],
      "people": [{"id": "lula", "name": "Luiz Inacio Lula da Silva", "short": ["Lula"],
        "roles": [{"role": "president", "country": "BRA", "from": "2023-01-01"}]}]})",
                      "t.json")
              .ok());
  auto rec = ActorRecognizer::Create(lex).value();
  auto actors = [&](const char* date) {
    ArticleMemory mem;
    return ActorsIn(*rec, "Xi congratulated the Brazilian president-elect.", CivilDate::Parse(date), &mem);
  };
  CHECK(actors("2022-11-04") == std::vector<std::string>{"lula"});
  CHECK(actors("2022-06-01").empty());  // months before: not yet elected
}

TEST_CASE("'his Chinese counterpart' holds the same office in China", "[actors]") {
  Fixture f;
  CHECK(f.Actors("Lavrov held talks with his Chinese counterpart on Tuesday.", "2024-04-09") ==
        std::vector<std::string>{"sergei_lavrov", "wang_yi"});
  CHECK(f.Actors("Putin received his Chinese counterpart in the Kremlin.", "2024-04-09") ==
        std::vector<std::string>{"vladimir_putin", "xi_jinping", "kremlin"});
}

// Recognize() stops early for a sentence with no anchor (a name, a country
// adjective, a title that implies its country, "the winner", the surname of
// someone the article introduced, a two-word short form of someone it named in
// full, a run of capitalised words). Each anchor
// alone in its sentence must still give its mention.
TEST_CASE("a sentence whose one anchor is a title, 'the winner', a new surname or a two-word short form keeps its mention", "[actors]") {
  Fixture f;
  CHECK(f.Actors("Trade unions pointed to higher fuel costs.").empty());
  CHECK(f.memory.election_country.empty());
  // "the winner" of the election named in an earlier sentence
  f.Actors("Counting in the US election went on.", "2020-11-10");
  CHECK(f.Actors("Officials hailed the winner.", "2020-11-10") == std::vector<std::string>{"joe_biden"});
  // the surname of an actor the lexicon does not know, introduced earlier
  f.Actors("Kenyan President William Ruto met Modi.", "2024-04-09");
  CHECK(f.Actors("Later, Ruto said more.", "2024-04-09") == std::vector<std::string>{"new:william_ruto"});
  CHECK(f.Actors("Later, officials said more.", "2024-04-09").empty());
  // a title that names one country's office by itself
  const ActorRecognizer& rec = DefaultRecognizer();
  ArticleMemory memory;
  CHECK(ActorsIn(rec, "On Sunday the pope said a prayer.", CivilDate{2019, 5, 1}, &memory, true) ==
        std::vector<std::string>{"pope_francis"});
  // a two-word short form of someone the article named in full
  ArticleMemory gulf;
  auto actors = [&](const std::string& text) { return ActorsIn(rec, text, CivilDate{2020, 9, 15}, &gulf, true); };
  actors("UAE Foreign Minister Sheikh Abdullah bin Zayed al-Nahyan signed the accord.");
  CHECK(actors("Later Sheikh Abdullah spoke.") == std::vector<std::string>{"abdullah_bin_zayed"});
}

TEST_CASE("a bare title names the one person the lexicon names with it who holds its role that day", "[actors]") {
  auto actors = [&](const std::string& text, CivilDate date) {
    ArticleMemory memory;
    return ActorsIn(DefaultRecognizer(), text, date, &memory, /*with_adjectives=*/true);
  };
  // One emperor in office: this sentence's only anchor is the title.
  CHECK(actors("Later the emperor rode to the palace.", CivilDate{2024, 6, 25}) == std::vector<std::string>{"naruhito"});
  CHECK(actors("Later the emperor rode to the palace.", CivilDate{2015, 6, 25}) == std::vector<std::string>{"akihito"});
  // Hard negatives: several queens reigned in 2020; "former" blocks; no determiner.
  CHECK(actors("Later the queen rode to the palace.", CivilDate{2020, 6, 25}).empty());
  CHECK(actors("Later the former emperor rode to the palace.", CivilDate{2024, 6, 25}).empty());
  CHECK(actors("Later an emperor rode to the palace.", CivilDate{2024, 6, 25}).empty());
}

TEST_CASE("a two-word short form names the person the article named in full", "[actors]") {
  ArticleMemory memory;
  auto actors = [&](const std::string& text, CivilDate date = CivilDate{2020, 9, 15}) {
    return ActorsIn(DefaultRecognizer(), text, date, &memory);
  };
  // Not named in full yet: nobody.
  CHECK(actors("Sheikh Abdullah spoke.").empty());
  actors("UAE Foreign Minister Sheikh Abdullah bin Zayed al-Nahyan signed the accord.");
  // Honorific + first name.
  CHECK(actors("Trump met Netanyahu and Sheikh Abdullah.") ==
        std::vector<std::string>{"donald_trump", "benjamin_netanyahu", "abdullah_bin_zayed"});
  // Hard negatives: another first name; the same first name going on into
  // another person's name (known or not); another title with that first name.
  CHECK(actors("Sheikh Mohammed spoke.").empty());
  CHECK(actors("Sheikh Abdullah Al Thani spoke.").empty());
  CHECK(actors("Sheikh Abdullah bin Nasser spoke.").empty());
  CHECK(actors("King Abdullah spoke.") != std::vector<std::string>{"abdullah_bin_zayed"});
  // A title with the first name: the king the article named, not the lexicon's
  // other "King Abdullah" (Saudi Arabia's, dead by 2019).
  ArticleMemory jordan;
  memory = jordan;
  actors("Jordan's King Abdullah II received Sisi.", CivilDate{2019, 3, 5});
  CHECK(actors("Later King Abdullah met Sisi.", CivilDate{2019, 3, 5}) ==
        std::vector<std::string>{"abdullah_ii", "abdel_fattah_el_sisi"});
  // The first two words of a longer name; a sentence-initial ordinary word
  // or a title alone is no form.
  ArticleMemory brazil;
  memory = brazil;
  CivilDate d{2023, 4, 14};
  actors("Brazilian President Luiz Inacio Lula da Silva arrived in Beijing.", d);
  CHECK(actors("Luiz Inacio said so.", d) == std::vector<std::string>{"luiz_inacio_lula_da_silva"});
  CHECK(actors("Later Inacio said so.", d).empty());
  CHECK(actors("President said so.", d).empty());
}

TEST_CASE("a bare surname right after an article is not the person", "[actors]") {
  auto actors = [&](const std::string& s, const char* date, ArticleMemory* mem) {
    return ActorsIn(DefaultRecognizer(), s, CivilDate::Parse(date), mem);
  };
  ArticleMemory a, b, c;
  // Moon Jae-in in office, and even named in full earlier in the article.
  CHECK(actors("Xi likened the mission to a journey to the Moon.", "2019-06-01", &a) ==
        std::vector<std::string>{"xi_jinping"});
  actors("South Korean President Moon Jae-in spoke.", "2019-06-01", &b);
  CHECK(actors("Trump talked about the Moon.", "2019-06-01", &b) == std::vector<std::string>{"donald_trump"});
  CHECK(actors("It was A Major Step for Europe.", "1995-05-01", &c).empty());
  // Hard negatives: the surname alone, or after a title or an honorific, is still the person.
  CHECK(actors("Trump met Moon on Monday.", "2019-06-01", &b) == std::vector<std::string>{"donald_trump", "moon_jae_in"});
  CHECK(actors("Trump met President Moon on Monday.", "2019-06-01", &b) ==
        std::vector<std::string>{"donald_trump", "moon_jae_in"});
  CHECK(actors("Trump met the South Korean President Moon on Monday.", "2019-06-01", &b) ==
        std::vector<std::string>{"donald_trump", "moon_jae_in"});
}

TEST_CASE("a common surname names a person only after the article named them in full, of several, the one in office", "[actors]") {
  Lexicon lex;
  REQUIRE(lex.AddJson(R"({"people": [
      {"id": "joh", "name": "Juan Orlando Hernández", "short_in_article": ["Hernández"],
       "roles": [{"role": "president", "country": "HND", "from": "2014-01-27", "to": "2022-01-27"}]},
      {"id": "evo", "name": "Evo Morales", "short": ["Morales"],
       "roles": [{"role": "president", "country": "BOL", "from": "2006-01-22", "to": "2019-11-10"}]},
      {"id": "jimmy", "name": "Jimmy Morales", "short": ["Morales"],
       "roles": [{"role": "president", "country": "GTM", "from": "2016-01-14", "to": "2020-01-14"}]}]})",
                      "t.json")
              .ok());
  auto rec = ActorRecognizer::Create(lex).value();
  auto actors = [&](const std::string& s, const char* date, ArticleMemory* mem) {
    return ActorsIn(*rec, s, CivilDate::Parse(date), mem, /*with_adjectives=*/true);
  };
  ArticleMemory a, b, c, d, e;
  // Alone, "Hernández" is nobody, even while he is in office.
  CHECK(actors("Hernandez scored twice.", "2017-12-19", &a).empty());
  actors("Juan Orlando Hernandez was re-elected.", "2017-12-19", &b);
  CHECK(actors("Hernandez thanked him.", "2017-12-19", &b) == std::vector<std::string>{"joh"});
  // Both presidents in office: ambiguous alone, the one named in full otherwise.
  CHECK(actors("Morales spoke.", "2017-12-19", &c).empty());
  actors("Guatemalan President Jimmy Morales spoke.", "2017-12-19", &d);
  CHECK(actors("Morales left.", "2017-12-19", &d) == std::vector<std::string>{"jimmy"});
  // Evo Morales resigned in November 2019: in December the one in office is Jimmy Morales.
  CHECK(actors("Morales spoke.", "2019-12-20", &e) == std::vector<std::string>{"jimmy"});
  CHECK(actors("Morales spoke.", "2012-12-20", &e) == std::vector<std::string>{"evo"});
}

TEST_CASE("'Maliki' is the al-Maliki the article named in full: Riyad (short_in_article) or Nouri", "[actors]") {
  auto actors = [&](const std::string& s, const char* date, ArticleMemory* mem) {
    return ActorsIn(DefaultRecognizer(), s, CivilDate::Parse(date), mem);
  };
  ArticleMemory palestine, iraq, none;
  // Both were in office in 2010: Riyad al-Maliki (Palestinian foreign minister) and Nouri al-Maliki (Iraqi PM).
  actors("Palestinian Foreign Minister Riyad al-Maliki arrived in Cairo.", "2010-05-10", &palestine);
  CHECK(actors("Maliki thanked his hosts.", "2010-05-10", &palestine) == std::vector<std::string>{"riyad_al_maliki"});
  actors("Iraqi Prime Minister Nouri al-Maliki arrived in Tehran.", "2010-05-10", &iraq);
  CHECK(actors("Maliki thanked his hosts.", "2010-05-10", &iraq) == std::vector<std::string>{"nouri_al_maliki"});
  // Alone, 'Maliki' is never Riyad al-Maliki, whose short forms need his full name first.
  CHECK(actors("Maliki spoke.", "2010-05-10", &none) == std::vector<std::string>{"nouri_al_maliki"});
}

TEST_CASE("a national body's alias after a country word matches in lower case", "[actors]") {
  auto actors = [&](const std::string& s) {
    ArticleMemory mem;
    return ActorsIn(DefaultRecognizer(), s, CivilDate{2019, 11, 14}, &mem);
  };
  CHECK(actors("Brazil's foreign ministry said so.") == std::vector<std::string>{"BRA.mfa"});
  CHECK(actors("The Chinese foreign ministry said so.") == std::vector<std::string>{"CHN.mfa"});
  CHECK(actors("Brazil's Foreign Ministry said so.") == std::vector<std::string>{"BRA.mfa"});
  // Hard negatives: no country word, or the country word before something else.
  CHECK(actors("The foreign ministry said so.").empty());
  CHECK(actors("Brazil's foreign trade grew.") == std::vector<std::string>{"BRA"});
}

TEST_CASE("an organization's name ending a longer proper name is not that organization", "[actors]") {
  auto actors = [&](const std::string& s) {
    ArticleMemory mem;
    return ActorsIn(DefaultRecognizer(), s, CivilDate{2020, 6, 1}, &mem);
  };
  CHECK(actors("The African Union's Peace and Security Council met.") == std::vector<std::string>{"african_union", "african_union"});
  CHECK(actors("The Regional Peace and Security Council met.") == std::vector<std::string>{});
  CHECK(actors("The National Security Council met.").empty());
  CHECK(actors("Russia's Security Council met.") == std::vector<std::string>{"RUS"});
  // Hard negatives: the organization itself, after "and", a state's own body, an acronym.
  CHECK(actors("The Security Council met.") == std::vector<std::string>{"un_security_council"});
  CHECK(actors("France and NATO met.") == std::vector<std::string>{"FRA", "nato"});
  CHECK(actors("Ramaphosa and the Security Council met.") == std::vector<std::string>{"cyril_ramaphosa", "un_security_council"});
  CHECK(actors("Officials and NATO met.") == std::vector<std::string>{"nato"});
  CHECK(actors("America's State Department said so.") == std::vector<std::string>{"USA", "USA.mfa"});
}

TEST_CASE("honorifics between a title and a known name", "[actors]") {
  auto actors = [](const std::string& text, const std::string& date) {
    ArticleMemory memory;
    return ActorsIn(DefaultRecognizer(), text, CivilDate::Parse(date), &memory);
  };
  // "Samdech Techo" is a Cambodian honorific, not a first name.
  CHECK(actors("Cambodian Prime Minister Samdech Techo Hun Sen sent a message.", "2021-02-01") ==
        std::vector<std::string>{"hun_sen"});
  CHECK(actors("Prime Minister Samdech Hun Sen met Xi Jinping.", "2019-01-21") ==
        std::vector<std::string>{"hun_sen", "xi_jinping"});
  CHECK(actors("President Dr. Joko Widodo spoke.", "2019-05-21") == std::vector<std::string>{"joko_widodo"});
  // Hard negatives: an honorific that opens the name stays part of it; an
  // honorific before no known name makes no mention of the office holder.
  CHECK(actors("Prime Minister Sheikh Hasina spoke.", "2014-05-27") == std::vector<std::string>{"sheikh_hasina"});
  CHECK(actors("Prime Minister Samdech Techo spoke.", "2021-02-01").empty());
}

TEST_CASE("a bare title names the one person the article named who holds that office", "[actors]") {
  auto run = [&](const std::vector<std::string>& sentences, CivilDate date, const std::string& dateline = "") {
    ArticleMemory memory;
    memory.dateline_country = dateline;
    std::vector<std::string> last;
    for (const auto& s : sentences) last = ActorsIn(DefaultRecognizer(), s, date, &memory);
    return last;
  };
  using V = std::vector<std::string>;
  const CivilDate d2008{2008, 6, 5}, d2006{2006, 6, 13};
  CHECK(run({"Angela Merkel hosted the talks.", "Later the chancellor phoned them."}, d2008) == V{"angela_merkel"});
  CHECK(run({"Angela Merkel hosted the talks.", "Aides said the prime minister had congratulated them."}, d2008) ==
        V{"angela_merkel"});
  CHECK(run({"King Bhumibol Adulyadej sat on the throne.", "Guests had audiences with the king."}, d2006) ==
        V{"bhumibol_adulyadej"});
  // Two holders named: nobody, unless the dateline's state has exactly one of them.
  CHECK(run({"Angela Merkel met Gordon Brown.", "Later the prime minister left."}, d2008).empty());
  CHECK(run({"Angela Merkel met Gordon Brown.", "Later the prime minister left."}, d2008, "DEU") ==
        V{"angela_merkel"});
  // "the king" is only someone the lexicon names "King": not a sultan.
  CHECK(run({"Sultan Hassanal Bolkiah sat down.", "Guests had audiences with the king."}, d2006).empty());
  // Hard negatives: a title that goes on ("of the Exchequer"), a former holder,
  // an indefinite article, another office, a role not listed as resolvable
  // alone ("the president"), nobody named.
  CHECK(run({"Angela Merkel spoke.", "Later the chancellor of the Exchequer left."}, d2008).empty());
  CHECK(run({"Angela Merkel spoke.", "Later the former chancellor left."}, d2008).empty());
  CHECK(run({"Angela Merkel spoke.", "Later a chancellor left."}, d2008).empty());
  CHECK(run({"Angela Merkel spoke.", "Later the foreign minister left."}, d2008).empty());
  CHECK(run({"Angela Merkel spoke.", "Later the president left."}, d2008).empty());
  CHECK(run({"Later the chancellor left."}, d2008).empty());
}

TEST_CASE("a rank or an academic title before a surname is an honorific, not a first name", "[actors]") {
  Result<Extractor> ex = Extractor::Create({});
  REQUIRE(ex.ok());
  auto recipients = [&](const std::string& text, CivilDate date) {
    Graph g;
    (void)ex->Extract(Document{"d", text, date}, &g);
    std::vector<std::string> out;
    for (const Event& e : g.events())
      for (const auto& r : e.recipients) out.push_back(e.action + ">" + r);
    return out;
  };
  CHECK(recipients("Li Keqiang congratulated Gen Prayut on Tuesday.", CivilDate{2014, 8, 27}) ==
        std::vector<std::string>{"congratulate>prayut_chan_o_cha"});
  CHECK(recipients("Li Keqiang congratulated Gen. Prayut on Tuesday.", CivilDate{2014, 8, 27}) ==
        std::vector<std::string>{"congratulate>prayut_chan_o_cha"});
  // A rank before a name the lexicon does not know names no one it knows.
  CHECK(recipients("Li Keqiang congratulated Gen Somchai on Tuesday.", CivilDate{2014, 8, 27}).empty());
  CHECK(recipients("Li Keqiang congratulated Professor Somchai on Tuesday.", CivilDate{2014, 8, 27}).empty());
}

TEST_CASE("a plural title's list of states stands for each state's holder of the office", "[actors]") {
  const ActorRecognizer& rec = DefaultRecognizer();
  using V = std::vector<std::string>;
  auto actors = [&](const std::string& text, const std::string& date) {
    ArticleMemory memory;
    return ActorsIn(rec, text, CivilDate::Parse(date), &memory);
  };
  CHECK(actors("Zelensky met the presidents of Lithuania, Latvia and Estonia.", "2019-05-21") ==
        V{"volodymyr_zelensky", "dalia_grybauskaite", "raimonds_vejonis", "kersti_kaljulaid"});
  // Who holds the office depends on the day; a state whose holder the lexicon
  // does not know stays the state.
  CHECK(actors("George W. Bush met the presidents of Lithuania, Estonia and Tuvalu.", "2005-05-07") ==
        V{"george_w_bush", "valdas_adamkus", "arnold_ruutel", "TUV"});
  // "leaders": each state's leading office (Ethiopia's prime minister, Somalia's president).
  CHECK(actors("Erdogan brought the leaders of Ethiopia and Somalia together.", "2024-12-11") ==
        V{"recep_tayyip_erdogan", "abiy_ahmed", "hassan_sheikh_mohamud"});
  CHECK(actors("The foreign ministers of Japan and South Korea met.", "2019-08-21") ==
        V{"taro_kono", "kang_kyung_wha"});
  // One state is no list (the states themselves), nor are states that do not follow the title.
  CHECK(actors("the presidents of Lithuania met.", "2019-05-21") == V{"LTU"});
  CHECK(actors("the leaders of the two countries met in Lithuania and Latvia.", "2019-05-21") == V{"LTU", "LVA"});
  CHECK(actors("the leaders of Lithuania's parties and Latvia met.", "2019-05-21") == V{"LTU", "LVA"});
}

TEST_CASE("initials are found written together or apart, whichever the lexicon lists", "[actors]") {
  const ActorRecognizer& rec = DefaultRecognizer();
  ArticleMemory memory;
  const auto day = CivilDate::Parse("2024-11-16");
  // The lexicon lists "K. P. Sharma Oli" and "KP Sharma Oli"; "S.M. Krishna" only so.
  CHECK(ActorsIn(rec, "K.P. Sharma Oli met K. P. Sharma Oli.", day, &memory) ==
        std::vector<std::string>{"kp_sharma_oli", "kp_sharma_oli"});
  CHECK(ActorsIn(rec, "S. M. Krishna met S.M. Krishna.", CivilDate::Parse("2010-01-05"), &memory) ==
        std::vector<std::string>{"sm_krishna", "sm_krishna"});
}

TEST_CASE("an abbreviation in brackets right after a name is no second mention, and a body's chairman is one person", "[actors]") {
  const ActorRecognizer& rec = DefaultRecognizer();
  ArticleMemory memory;
  const auto day = CivilDate::Parse("2024-02-18");
  CHECK(ActorsIn(rec, "Leaders met at the Shanghai Cooperation Organisation (SCO) summit.", day, &memory) ==
        std::vector<std::string>{"sco"});
  // Hard negative: another actor in brackets stays a mention of its own.
  CHECK(ActorsIn(rec, "Leaders of the Shanghai Cooperation Organisation (China) met.", day, &memory) ==
        std::vector<std::string>{"sco", "CHN"});
  CHECK(ActorsIn(rec, "African Union Commission chairman Moussa Faki Mahamat met him.", day, &memory) ==
        std::vector<std::string>{"moussa_faki_mahamat"});
}

TEST_CASE("a state's title and one word that opens or closes the office holder's name is that holder", "[actors]") {
  const ActorRecognizer& rec = DefaultRecognizer();
  auto actors = [&](const std::string& text, const std::string& date) {
    ArticleMemory memory;
    return ActorsIn(rec, text, CivilDate::Parse(date), &memory);
  };
  // "King Abdullah" is an alias of the Saudi king (2005-2015), "Abdullah II" opens Jordan's king's.
  CHECK(actors("Saudi King Abdullah met Barack Obama.", "2010-05-01") ==
        std::vector<std::string>{"king_abdullah_of_saudi_arabia", "barack_obama"});
  CHECK(actors("Jordan's King Abdullah met Vladimir Putin.", "2015-11-25") ==
        std::vector<std::string>{"abdullah_ii", "vladimir_putin"});
  CHECK(actors("Honduran President Castro met Kamala Harris.", "2022-01-28") ==
        std::vector<std::string>{"xiomara_castro", "kamala_harris"});
  // Hard negatives: a middle name of the holder ("Robert Francis Prevost" in May 2025) names
  // nobody else, and a word that is no part of the holder's names is someone the lexicon does not know.
  const std::vector<std::string> pope = actors("Pope Francis met JD Vance.", "2025-05-10");
  CHECK(std::find(pope.begin(), pope.end(), "pope_leo_xiv") == pope.end());
  CHECK(actors("Kenyan President Uhuru met Vladimir Putin.", "2010-05-01") ==
        std::vector<std::string>{"new:uhuru", "vladimir_putin"});
}

TEST_CASE("a person named right after a title without a name, set off by a comma, is who the title means", "[actors]") {
  const ActorRecognizer& rec = DefaultRecognizer();
  auto actors = [&](const std::string& text, const std::string& date) {
    ArticleMemory memory;
    return ActorsIn(rec, text, CivilDate::Parse(date), &memory);
  };
  // In April 2023 the lexicon's foreign minister of China is Qin Gang; the name written beside
  // the title says who is meant.
  CHECK(actors("Vladimir Putin met China's top diplomat, Wang Yi, in Moscow.", "2023-04-07") ==
        std::vector<std::string>{"vladimir_putin", "wang_yi", "wang_yi", "RUS"});
  CHECK(actors("The talks were hosted by China's foreign minister, Wang Yi.", "2023-04-07") ==
        std::vector<std::string>{"wang_yi", "wang_yi"});
  // Hard negatives: a name that opens a clause of its own ("..., Kremlin spokesman Dmitry Peskov
  // confirmed") is someone else, and a title with no comma after it keeps its holder.
  CHECK(actors("Vladimir Putin has not congratulated his French counterpart, Kremlin spokesman Dmitry Peskov "
               "confirmed.",
               "2022-04-26") ==
        std::vector<std::string>{"vladimir_putin", "emmanuel_macron", "dmitry_peskov"});
  CHECK(actors("Vladimir Putin met China's foreign minister in Moscow.", "2023-04-07") ==
        std::vector<std::string>{"vladimir_putin", "qin_gang", "RUS"});
}

TEST_CASE("a capitalised title of a state needs no article, unless the office is held, won or part of a longer title", "[actors]") {
  const ActorRecognizer& rec = DefaultRecognizer();
  auto actors = [&](const std::string& text, const std::string& date) {
    ArticleMemory memory;
    return ActorsIn(rec, text, CivilDate::Parse(date), &memory);
  };
  // Agency English: "sent a message to President of the Republic of X, Name".
  CHECK(actors("The King wrote to President of the Republic of Rwanda, Paul Kagame, on Monday.", "2024-08-09") ==
        std::vector<std::string>{"paul_kagame", "paul_kagame"});
  // The formal names the lexicon now knows: the Republic of Cote d'Ivoire, and Burkina's "Faso".
  CHECK(actors("He wrote to the President of the Republic of Cote d'Ivoire on Monday.", "2024-08-09") ==
        std::vector<std::string>{"alassane_ouattara"});
  CHECK(actors("He wrote to the President of Faso on Monday.", "2024-08-09") ==
        std::vector<std::string>{"ibrahim_traore"});
  // Hard negatives: an office held or won ("as President of", "was elected President of"), and
  // a longer title whose holder is someone else ("the Deputy Minister of Defence of Russia").
  CHECK(actors("Paul Kagame spoke on his re-election as President of the Republic of Rwanda.", "2024-08-09") ==
        std::vector<std::string>{"paul_kagame", "RWA"});
  CHECK(actors("In 2022 he was elected President of Kenya.", "2024-08-09") == std::vector<std::string>{"KEN"});
  CHECK(actors("He met a delegation led by the Deputy Minister of Defence of the Russian Federation.", "2023-08-31") ==
        std::vector<std::string>{"RUS"});
}

TEST_CASE("a state's name that ends a title is no short form of the holder for the rest of the article", "[actors]") {
  const ActorRecognizer& rec = DefaultRecognizer();
  ArticleMemory memory;
  const auto date = CivilDate::Parse("2022-07-18");
  CHECK(ActorsIn(rec, "Sheikh Mohamed bin Zayed Al Nahyan, the President of the UAE, met Emmanuel Macron.", date, &memory) ==
        std::vector<std::string>{"mohamed_bin_zayed", "mohamed_bin_zayed", "emmanuel_macron"});
  // Later in the article "the UAE" is the state, not its president.
  CHECK(ActorsIn(rec, "Macron also visited the UAE in December 2021.", date, &memory) ==
        std::vector<std::string>{"emmanuel_macron", "ARE"});
}
