// End to end over the articles written for the project (tests/fixtures/articles):
// every article through the default extractor, the graph scored against the
// gold events the way the shared evaluation scores the seeds (actors matched by
// Wikidata id or by name, one predicted event per gold event, date inside the
// gold span), and no event the text says did not happen.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <vector>

#include "diplograph/extractor.h"
#include "diplograph/input.h"
#include "normalize/normalizer.h"
#include "test_support.h"

using namespace diplograph;
using nlohmann::json;

namespace {

std::string FoldName(const std::string& s) {
  std::string f = internal::Normalizer::Default().Fold(s), out;
  for (char c : f) {
    char l = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    bool keep = (l >= 'a' && l <= 'z') || (l >= '0' && l <= '9');
    if (keep) out.push_back(l);
    else if (!out.empty() && out.back() != ' ') out.push_back(' ');
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// The gold actors with their names folded once, and the gold keys each graph
// actor id stands for, memoised: scoring every batch would otherwise fold every
// gold name again for every comparison (minutes under ASan).
class GoldActors {
 public:
  GoldActors(const json& gold, const Graph& graph) : graph_(graph) {
    for (const auto& [key, g] : gold["actors"].items()) {
      Entry e{key, g["qid"].is_null() ? std::string() : g["qid"].get<std::string>(), {}};
      for (const auto& n : g["names"]) e.folded.insert(FoldName(n.get<std::string>()));
      entries_.push_back(std::move(e));
    }
  }
  const std::set<std::string>& Keys(const std::string& id) const {
    auto it = memo_.find(id);
    if (it != memo_.end()) return it->second;
    std::set<std::string>& keys = memo_[id];
    const Actor* a = graph_.FindActor(id);
    if (!a) return keys;
    std::string name = FoldName(a->name);
    for (const Entry& e : entries_)
      if ((!e.qid.empty() && e.qid == a->qid) || e.folded.count(name)) keys.insert(e.key);
    return keys;
  }

 private:
  struct Entry {
    std::string key, qid;
    std::set<std::string> folded;
  };
  const Graph& graph_;
  std::vector<Entry> entries_;
  mutable std::map<std::string, std::set<std::string>> memo_;
};

struct Scorer {
  const json& gold;
  const Graph& graph;
  const GoldActors& actors;
  // Only these articles (gold events told by one of them, predictions mentioned
  // in one of them); null: all.
  const std::set<std::string>* docs = nullptr;
  bool GoldIn(const json& g) const {
    if (!docs) return true;
    for (const auto& d : g["docs"])
      if (docs->count(d.get<std::string>())) return true;
    return false;
  }
  bool PredIn(const Event& e) const {
    if (!docs) return true;
    for (const auto& m : e.mentions)
      if (docs->count(m.document)) return true;
    return false;
  }

  bool Hits(const std::vector<std::string>& ids, const json& allowed) const {
    for (const auto& id : ids) {
      const std::set<std::string>& k = actors.Keys(id);
      for (const auto& a : allowed)
        if (a == "*" || k.count(a.get<std::string>())) return true;
    }
    return false;
  }
  bool SameParties(const Event& e, const json& g) const {
    if (g.contains("participants")) {
      std::vector<std::string> all = e.participants;
      all.insert(all.end(), e.agents.begin(), e.agents.end());
      all.insert(all.end(), e.recipients.begin(), e.recipients.end());
      for (const auto& party : g["participants"])
        if (!Hits(all, party)) return false;
      return true;
    }
    return Hits(e.agents, g["agent"]) && (!g.contains("recipient") || g["recipient"].is_null() || Hits(e.recipients, g["recipient"]));
  }
  static std::optional<std::pair<CivilDate, CivilDate>> GoldSpan(const std::string& v) {
    if (v.size() == 10) {
      auto d = CivilDate::Parse(v);
      if (d) return std::make_pair(*d, *d);
    } else if (v.size() == 8 && v[4] == '-' && v[5] == 'W') {
      int y = std::stoi(v.substr(0, 4)), w = std::stoi(v.substr(6));
      CivilDate jan4{y, 1, 4};
      CivilDate mon = jan4.AddDays(-jan4.Weekday() + 7 * (w - 1));
      return std::make_pair(mon, mon.AddDays(6));
    } else if (v.size() == 7) {
      DateSpan m = DateSpan::Month(std::stoi(v.substr(0, 4)), std::stoi(v.substr(5)));
      return std::make_pair(m.earliest, m.latest);
    } else if (v.size() == 4) {
      DateSpan y = DateSpan::Year(std::stoi(v));
      return std::make_pair(y.earliest, y.latest);
    }
    return std::nullopt;
  }
  bool Matches(const Event& e, const json& g, bool strict) const {
    if (e.action != g["action"].get<std::string>() || !SameParties(e, g)) return false;
    if (!strict || g["date"].is_null()) return true;
    auto span = GoldSpan(g["date"].get<std::string>());
    return e.date && span && span->first <= e.date->earliest && e.date->latest <= span->second;
  }

  struct Score {
    int tp = 0, fp = 0, fn = 0;
    std::vector<std::string> missed, wrong;
    double F() const { return tp ? 2.0 * tp / (2.0 * tp + fp + fn) : (fp + fn ? 0.0 : 1.0); }
  };
  Score Run(bool core, bool strict) const {
    static const std::set<std::string> kCore = {"congratulate", "meet", "withhold_recognition"};
    std::vector<const Event*> preds;
    for (const Event& e : graph.events())
      if (e.factuality == Factuality::kAsserted && kCore.count(e.action) == core && PredIn(e)) preds.push_back(&e);
    std::vector<bool> used(preds.size(), false);
    Score s;
    for (const auto& g : gold["events"]) {
      if (g.value("core", false) != core || g.value("optional", false) || !GoldIn(g)) continue;
      bool found = false;
      for (std::size_t i = 0; i < preds.size() && !found; ++i)
        if (!used[i] && Matches(*preds[i], g, strict)) used[i] = found = true;
      if (found) ++s.tp;
      else {
        ++s.fn;
        s.missed.push_back(g["id"].get<std::string>());
      }
    }
    for (std::size_t i = 0; i < preds.size(); ++i) {
      if (used[i]) continue;
      bool optional = false;
      for (const auto& g : gold["events"])
        if (g.value("optional", false) && g.value("core", false) == core && Matches(*preds[i], g, false)) optional = true;
      if (optional) continue;
      ++s.fp;
      s.wrong.push_back(preds[i]->action + " " + testing::Parties(*preds[i]) + " in " + preds[i]->mentions[0].document +
                        ": " + preds[i]->mentions[0].sentence);
    }
    return s;
  }
  std::vector<std::string> Violations() const {
    std::vector<std::string> out;
    for (const auto& m : gold.value("must_not_assert", json::array())) {
      if (!GoldIn(m)) continue;
      for (const Event& e : graph.events()) {
        if (e.factuality != Factuality::kAsserted || e.action != m["action"].get<std::string>()) continue;
        bool in_doc = false;
        for (const auto& men : e.mentions)
          for (const auto& d : m["docs"]) in_doc = in_doc || d == men.document;
        if (!in_doc) continue;
        bool bad;
        if (m.contains("participants")) {
          bad = SameParties(e, m);
        } else {
          bad = Hits(e.agents, m["agent"]) && (!m.contains("recipient") || Hits(e.recipients, m["recipient"])) &&
                !(m.contains("exclude_agent") && Hits(e.agents, m["exclude_agent"]));
        }
        if (bad) out.push_back(m["why"].get<std::string>() + " [" + e.mentions[0].document + "]");
      }
    }
    return out;
  }
};

}  // namespace

TEST_CASE("the project's own articles: core and extended events, nothing that did not happen", "[articles]") {
  std::string dir = testing::SourcePath("tests/fixtures/articles/");
  std::ifstream corpus(dir + "corpus.jsonl");
  std::ifstream gold_in(dir + "corpus.gold.json");
  REQUIRE(corpus);
  REQUIRE(gold_in);
  json gold = json::parse(gold_in);
  Result<Extractor> ex = Extractor::Create({});
  REQUIRE(ex.ok());
  Graph graph;
  ReadStats stats;
  std::vector<std::string> problems;
  REQUIRE(ReadJsonl(
              corpus, "corpus.jsonl", [&](Document d) { (void)ex->Extract(d, &graph); },
              [&](const Status& s) { problems.push_back(s.ToString()); }, &stats)
              .ok());
  CHECK(problems.empty());
  CHECK(stats.read == gold["documents"].size());

  // t001-t123 were written, and the rules tuned on them, over several sessions;
  // the later articles come in batches of 25 written blind (before the extractor
  // was run on them) to measure generalisation, each scored apart with its own
  // floors. Regression floors: raise them as the rules improve, never lower them
  // silently.
  struct Batch {
    int first, last;
    const char* label;
    double core_floor, ext_floor;
    std::size_t max_violations;
    std::set<std::string> docs;
  };
  std::vector<Batch> batches = {
      {1, 123, "t001-t123", 0.98, 0.92, 0, {}},
      // Blind: core 0.581 / extended 0.713 before any fix; the floors are the level
      // reached after the fixes it prompted (0.88 / 0.89), raised after the known
      // misses were fixed generally (welcomed visitors, two-word short forms, "the
      // emperor", "he and Macron": 0.920 / 0.940).
      {124, 148, "t124-t148 (blind 1)", 0.92, 0.93, 0, {}},
      // Blind: 0.465 / 0.611 before any fix; floors: after the fixes it prompted,
      // raised with later general fixes (0.910 / 0.837).
      {149, 173, "t149-t173 (blind 2)", 0.93, 0.83, 0, {}},
      // Blind: 0.462 / 0.722 before any fix; floors: after the fixes (0.737 / 0.722),
      // raised with later general fixes (0.780 / 0.743).
      {174, 198, "t174-t198 (blind 3)", 0.83, 0.74, 0, {}},
      // Blind: 0.737 / 0.600 before any fix (1 violation); after the fixes it
      // prompted: 0.900 / 0.667, no violation.
      {199, 223, "t199-t223 (blind 4)", 0.89, 0.66, 0, {}},
      // Blind: 0.617 / 0.457 before any fix (5 violations); after: 0.824 / 0.595, 2
      // violations (country pairs the gold forbids while it asks for the leaders).
      {224, 248, "t224-t248 (blind 5)", 0.83, 0.60, 2, {}},
      // Blind: 0.679 / 0.548 before any fix (4 violations); after: 0.800 / 0.583, 3
      // violations, all gold events whose pair also had a must_not_assert (those
      // must_not_assert entries were dropped: validate.py now rejects such pairs).
      {249, 273, "t249-t273 (blind 6)", 0.80, 0.58, 0, {}},
      // Written while batches 4-6 were being fixed. Blind: 0.727 / 0.517 (4
      // violations); with batches 4-6's fixes: 0.752 / 0.586; after its own: 0.901 / 0.607, none.
      // Seventh session: 0.895. Macron's congratulation of Starmer in a live blog's "A quick
      // recap of Friday's messages" is now found (the winner is whoever was congratulated),
      // but "Friday's" dates nothing, so the undated event counts against precision too.
      {274, 298, "t274-t298 (blind 7)", 0.89, 0.60, 0, {}},
      // Blind: 0.567 / 0.553 (4 violations); with batches 4-6's fixes: 0.567 / 0.571; after
      // its own (and two gold fixes): 0.629 / 0.605, none.
      {299, 323, "t299-t323 (blind 8)", 0.65, 0.64, 0, {}},
      // Blind: 0.514 / 0.316 (1 violation); with batches 4-6's fixes: 0.593 / 0.342; after
      // its own: 0.671 / 0.342, none.
      {324, 348, "t324-t348 (blind 9)", 0.67, 0.36, 0, {}},
      // Written while batches 7-9 were being fixed. Blind: 0.750 / 0.731 (2 violations).
      // Extended 0.717 after batch 7's fixes: "telephoned the former dentist ... to wish
      // him well" now calls and congratulates, and "him" goes to the last person named
      // (the description is not resolved): a known miss, not a silent floor change.
      {349, 373, "t349-t373 (blind 10)", 0.85, 0.74, 2, {}},
      // Blind: 0.817 / 0.711 (2 violations); bullets before names fixed since: 0.846.
      // Floors of batches 10-14 raised after the sixth session's fixes for 10, 12, 13, 14.
      {374, 398, "t374-t398 (blind 11)", 0.85, 0.80, 2, {}},
      // Blind: 0.571 / 0.590 (4 violations); with batches 7-9's fixes and the foreign
      // ministers added to the lexicon: 0.597 / 0.667, 3 (since the clashing
      // must_not_assert entries were dropped: 0). Eleventh session: 1, since "The Vice
      // President, who arrived in Rabat on May 30 on the first leg of a five-day visit
      // to Morocco and Tunisia" names Ansari ("vice" no longer blocks the title "Vice
      // President"): the Morocco visit is found, and the Tunisia leg, still to come, is
      // asserted with it.
      {399, 423, "t399-t423 (blind 12)", 0.79, 0.73, 1, {}},
      // Sixth session, written while batches 10 and 12 were being fixed. Blind (with
      // the rules of eb93789): 0.761 / 0.567, no violation; after its own fixes 0.807.
      {424, 448, "t424-t448 (blind 13)", 0.81, 0.56, 0, {}},
      // Blind: 0.719 / 0.619 (3 violations); after its own fixes 0.773 / 0.661, none.
      // Crown princes as an office (seventh session): 0.806 / 0.655 ("The crown
      // prince flew in from Athens, where he had met Mitsotakis on Tuesday" is now
      // a visit to France, dated by the Athens clause's Tuesday: t457-e2).
      {449, 473, "t449-t473 (blind 14)", 0.80, 0.65, 0, {}},
      // Written in the sixth session while nothing was being fixed for them, scored
      // blind with the rules after the first round of that session's fixes: a mixed
      // news feed (15) and the less common outlet styles (16). Blind: 0.643 / 0.500
      // (1 violation) and 0.588 / 0.743 (2). The second round's fixes for batches 10-14
      // (title-only actors, good wishes) moved them by 0.000 / -0.007; their own
      // 35-minute fixes to 0.705 and 0.614.
      {474, 493, "t474-t493 (blind 15)", 0.70, 0.54, 1, {}},
      {494, 513, "t494-t513 (blind 16)", 0.61, 0.74, 2, {}},
      // Seventh session: the kinds of real articles the held-out set holds (world
      // reactions to elections, summit side meetings, follow-ups retelling them), 20
      // articles, scored blind: 0.475 / 0.385 (3 violations); after its general fixes
      // (winners named by description, a pronoun subject, wordings): 0.693 / 0.385 / 3.
      {514, 533, "t514-t533 (blind 17)", 0.69, 0.38, 3, {}},
      // Ninth session: state-agency copy from Africa, Latin America, Asia and the
      // Gulf, leaders named by bare title, coordinated subjects, possessive and
      // relative-clause dates, hard negatives; 20 articles, scored blind: 0.660 / 0.410 (1).
      // After its general fixes (dates of occasions and of coming to office, a dated
      // meeting with no one named, ", as did X", surnames, state-agency lists): 0.811 / 0.462 / 0.
      {534, 553, "t534-t553 (blind 18)", 0.81, 0.46, 0, {}},
      // Ninth session, after batch 18's fixes: wire copy and newspaper pages like the
      // seeds (election reactions, summit sidelines, retold events, duplicated leads,
      // page clutter); 20 articles, scored blind with bd5b334: 0.710 / 0.609 (0). After
      // its short fixes ("the veteran leader", waiting for the observers' report, noting
      // the result, "X did the same", "also sent messages", quoted words after a
      // possessive, "followed with messages"): 0.814 / 0.609 / 0.
      {554, 573, "t554-t573 (blind 19)", 0.81, 0.60, 0, {}},
      // Tenth session: English-language outlets of many countries (MercoPress, Kyodo, The
      // Hindu, Tehran Times, Anadolu, Bernama, ...) on election reactions, summits and
      // retold meetings; 20 articles, scored blind with 00b42eb: 0.704 / 0.723 (1). After
      // its short general fixes ("told Xi in talks", "during their summit", "Latin
      // America", "X beat Y in the runoff"): 0.720 / 0.732 / 1; then "telephoned the
      // president-elect ... to congratulate him", "the same night", "first received": 0.742 / 0.741 / 1.
      {574, 593, "t574-t593 (blind 20)", 0.74, 0.74, 1, {}},
      // Tenth session, written while batch 20 was being fixed: 2000-2016, disputed
      // elections and recognitions, state visits in the wire and state-agency copy of
      // the time, transliterated names. Blind (with the session's starting build and
      // again with batch 20's fixes, 29cf30a: the same): 0.582 / 0.507 (1). After its
      // fixes (transliterations "Ahmadinezhad", "Mursi"; a group as an earlier verb's
      // object): 0.679 / 0.522 / 1; with ranks as honorifics ("Gen Prayut"): 0.710 / 0.543 / 1;
      // with "A and Myanmar President B" and "A and B said they": 0.737 / 0.543 / 1; with "would not
      // comment on the outcome until" and "won Sunday's rerun": 0.744 / 0.543 / 1.
      // With the context day (an event told without a date takes the last day the
      // article had resolved): 0.779 / 0.543 / 1.
      {594, 613, "t594-t613 (blind 21)", 0.77, 0.54, 1, {}},
      // Tenth session, written after batches 20 and 21 were fixed: the big powers'
      // transitions (US, Russia, China, UK, France, Germany, India, Japan, Brazil,
      // Mexico, 2016-2025) and the world's reactions. Blind with 10468ab: 0.829 / 0.714
      // (1); the session's starting build: 0.829 / 0.655. Not fixed for itself; with
      // the context day (its lead dates the wave of congratulations): 0.919 / 0.786 / 1.
      // Eleventh session: a second violation appeared when batch 26 (t710) told Xi's
      // 2012 message to Biden: that and his 2020 message were one component, which
      // China's own 2020 congratulation (t621) joined, and every occasion of a
      // component took the agents of all of them. Twelfth session: each occasion
      // names the agents of its own reports, and the violation is gone.
      {614, 633, "t614-t633 (blind 22)", 0.91, 0.78, 1, {}},
      // Eleventh session: the elections and successions of 2024-2025 and the world's
      // reactions (Pope Leo XIV, Carney, Nawrocki, Lee Jae-myung, Takaichi, Maduro's
      // disputed win, Lai Ching-te). Blind with 7a9bd93: 0.818 / 0.612 (3). After a
      // noun's predicate ("did not take place", "was under discussion"), phone talks,
      // "welcomed Nauru's decision" and protested congratulations: 0.839 / 0.612 / 0; after
      // titles set off by commas, "vice president", lists after "by": 0.877 / 0.612 / 0.
      {634, 653, "t634-t653 (blind 23)", 0.87, 0.61, 0, {}},
      // Eleventh session: ordinary diplomacy away from elections (recognitions of
      // Kosovo, South Sudan, Palestine, the Taliban; summit side meetings, audiences,
      // readouts). Blind with 7a9bd93: 0.725 / 0.532 (2); after the same fixes: 0.733 / 0.538 / 0;
      // after a bare title opening a sentence, "Mauritius Prime Minister X" and "and then
      // with": 0.781 / 0.538 / 0.
      {654, 673, "t654-t673 (blind 24)", 0.78, 0.53, 0, {}},
      // Eleventh session, written after batches 23 and 24 were fixed: world reactions to
      // elections in middle-sized states, 2013-2024, with retellings across outlets. Blind
      // with 6f5cdfa: 0.771 / 0.719 (2). After a timestamp line as page furniture and
      // "X sent Y a message on August 10" echoing a congratulation: 0.798 / 0.719 / 2; after
      // "followed on Tuesday", "a day after C called to congratulate him", "has not ruled
      // out meeting" and Iran's Supreme Leader: 0.876 / 0.750 / 0.
      {674, 693, "t674-t693 (blind 25)", 0.87, 0.75, 0, {}},
      // Eleventh session, written after batch 25 was fixed: reactions to elections and
      // successions of 2000-2012 in that era's wire and newspaper copy. Blind with the
      // build after e7a3fdc (and the split/tokenise speed merge): 0.820 / 0.704 (0). After
      // "B also telephoned on Monday" in a wave of congratulations: 0.844 / 0.704 / 0; after
      // a future marker in a closed relative clause and "A and B also telephoned": 0.859 / 0.717 / 0.
      {694, 713, "t694-t713 (blind 26)", 0.85, 0.71, 0, {}},
      // Twelfth session: metonymy and short or variant names in election reactions and
      // summit meetings, 2014-2024. Blind with e289c1e: 0.884 / 0.635 (3). After "has ruled
      // out meeting", "premature to talk of any meeting", a noun's predicate past a long
      // relative clause, "on Saturday and met B on Sunday", "King Salman and Crown Prince
      // and Prime Minister Mohammed bin Salman": 0.927 / 0.635 / 0.
      // Later in the session, with a relative clause's trigger dated by its host clause and a
      // future marker stopped by ", noting that": 0.939 / 0.667 / 0.
      {714, 733, "t714-t733 (blind 27)", 0.93, 0.66, 0, {}},
      // Twelfth session: long copy as analysts receive it (briefings, explainers,
      // factboxes, newsletters, live-blog summaries) with background events, timelines
      // and hypotheticals. Blind with e289c1e: 0.750 / 0.592 (3). After "sent messages of
      // their own" in the same sentence, "also congratulated him" passing over those who
      // just did, "stopped short of offering congratulations", "said recognising X was",
      // the Taliban and "a Palestinian state" as parties: 0.800 / 0.596 / 1 (0.813 / 0.609
      // read with the whole corpus); after the pair joined last, a comma-coordinated verb's
      // date and "since": 0.815 / 0.596 / 1; after "von der Leyen" in running text (its short
      // form opens with a lower-case particle): 0.823 / 0.596 / 0.
      {734, 753, "t734-t753 (blind 28)", 0.82, 0.59, 0, {}},
      // Twelfth session, written after batches 27 and 28 were fixed: the most recent
      // transitions (2024-2025) and the reactions abroad. Blind with 88af1f9 (the two
      // speed merges are byte-identical): 0.811 / 0.571 (1); e289c1e gave 0.815. After
      // a person holding only an international post standing for no state (von der
      // Leyen congratulating Merz): 0.817 / 0.571 / 1; after a relative clause's trigger
      // taking the date of the clause it hangs on: 0.828 / 0.607 / 1; after "The German
      // chancellor, Olaf Scholz, and the Irish taoiseach, Simon Harris, also sent": 0.840.
      {754, 773, "t754-t773 (blind 29)", 0.83, 0.60, 1, {}},
      // Twelfth session, beside batch 29: briefing transcripts (China's foreign ministry,
      // the State Department, Zakharova, Peskov, India's MEA) and news-in-brief pages.
      // Blind with 88af1f9: 0.729 / 0.478 (0). After "also congratulated him" no longer
      // passing over the winner or a headline's "draws congratulations": 0.744 / 0.478 / 0.
      // Thirteenth session, after a briefing's bare "Prime Minister" standing for the
      // spokesperson's government and speaker labels left out of "the two prime
      // ministers": 0.797 / 0.458 / 0 (two extended events take a wrong day or pair
      // from their new subject: t792's invitation, t779's "the two sides signed").
      {774, 793, "t774-t793 (blind 30)", 0.79, 0.45, 0, {}},
      // Thirteenth session: withheld and contested recognition, 2015-2025 (Venezuela,
      // Belarus, Nicaragua, Myanmar, the Taliban, Niger, Georgia, Russia 2024, the US
      // 2020 delays), written by a writer who neither read nor ran the extractor.
      // Blind with 986144d and with fe0eb05: 0.696 / 0.619 / 1. After the session's fixes
      // (withholding wordings, "told reporters that X had", claims hedged): 0.728 / 0.627 / 0
      // (0.747 / 0.634 read with the whole corpus).
      {794, 813, "t794-t813 (blind 31)", 0.74, 0.63, 0, {}},
      // Thirteenth session, beside batch 31: meetings of leaders and ministers, 2019-2025
      // (summit side meetings, state visits, handshakes and chats told apart from
      // meetings, cancelled and shelved summits). Blind with 986144d and with fe0eb05:
      // 0.756 / 0.687 / 5. After shelved and put-on-hold meetings, "that" clauses, coordinated
      // bare verbs, Japanese names family name first, "hosts": 0.825 / 0.697 / 0 (0.832 /
      // 0.716 with the whole corpus).
      {814, 833, "t814-t833 (blind 32)", 0.83, 0.71, 0, {}},
      // Thirteenth session, written after batches 31 and 32 were partly fixed: pages as an
      // aggregator brings them back (clutter, leads printed twice, related-headline links),
      // metonymy, surname-only and variant names. Blind: 0.889 / 0.667 / 0 with 986144d,
      // 0.900 / 0.667 / 0 with 30b6618 (the session's fixes before it was seen).
      {834, 853, "t834-t853 (blind 33)", 0.89, 0.68, 0, {}},
      // Thirteenth session, beside batch 33: the less common core wordings in state-agency,
      // wire and presidency styles ("felicitated", "had an audience with", "paid a
      // courtesy call on", "notably absent from the list"). Blind: 0.722 / 0.588 / 3 with
      // 986144d, 0.715 / 0.588 / 3 with 30b6618 (the session's fixes before it was seen).
      // After "absent from the list", similar cables of condolences, "which is scheduled for",
      // courtesy calls received, plural titles: 0.747 / 0.606 / 0 (0.751 with the whole corpus).
      {854, 873, "t854-t873 (blind 34)", 0.75, 0.60, 0, {}},
      // Thirteenth session, written after batches 31-34 were partly fixed: phone calls and
      // what is done in them, every region (readouts from both sides, "dialled", "a call
      // initiated by", "called on" as a visit, "calls for" as an appeal). Blind: 0.792 /
      // 0.575 / 1 with 986144d and with 2a007f5.
      // After "tried to" as a planning cue: 0.792 / 0.581 / 0 (0.602 with the whole corpus).
      {874, 893, "t874-t893 (blind 35)", 0.79, 0.60, 0, {}},
      // Thirteenth session, beside batch 35: long copy about something else (economy,
      // war, protests, sport) with a few real events buried in it and many near-misses
      // ("met with protests", "met the deadline", "congratulated the rescue teams").
      // Blind: 0.716 / 0.600 / 1 with 986144d and with 2a007f5.
      // After finance ministers as a role with no people: 0.729 / 0.627 / 1 (0.729 / 0.680 with
      // the whole corpus); the violation is "Cairo had met with U.S. requests".
      {894, 913, "t894-t913 (blind 36)", 0.72, 0.67, 1, {}},
      // Fourteenth session, four writers who neither read nor ran the extractor, scored
      // with 20b0502 before any fix. Batch 37: world reactions to the elections and
      // accessions of 2024-2025 (Lai, Prabowo, Faye, Sheinbaum, Modi, Starmer, Pezeshkian,
      // Ishiba, Trump, Orsi, Mahama, Merz, Carney, Noboa, Nawrocki, Lee, Pope Leo XIV, Mulino)
      // with page furniture. Blind: 0.823 / 0.611 / 0. After 'late on election night' as the
      // article's election day and the session's other fixes: 0.847 / 0.611 / 0 (0.861 / 0.629
      // read with the whole corpus).
      {914, 933, "t914-t933 (blind 37)", 0.85, 0.62, 0, {}},
      // Batch 38: dates as the hard part (year ends, leap days, time zones, "the sixth of next
      // month", datelines, dates in other clauses). Blind: 0.709 / 0.454 / 3. After 'April 1 last
      // year', 'mid-February', 'the same day' from the first day of the sentence before and
      // 'would like to meet' as a wish: 0.752 / 0.474 / 1 (0.770 / 0.511 / 1 with the whole corpus).
      {934, 953, "t934-t953 (blind 38)", 0.76, 0.50, 1, {}},
      // Batch 39: actors as the hard part (seats of power as actors, titles with two holders
      // in the story, fathers and sons, deputies and envoys). Blind: 0.741 / 0.444 / 2. After a
      // fronted place before a coordinated subject ('In Kyiv, Jokowi and Zelenskyy held'): 0.763 /
      // 0.444 / 2 (0.800 / 0.486 / 2 with the whole corpus).
      // With batch 42 in the corpus, read together, one extended event less (0.479): floor 0.47.
      {954, 973, "t954-t973 (blind 39)", 0.79, 0.47, 2, {}},
      // Batch 40: withheld, delayed, conditional and contested recognition, juntas and blocs
      // (the AU, ECOWAS, ECCAS, the OAS, the EU), 2008-2025. Blind: 0.474 / 0.342 / 3. After
      // regime nouns ('refuses to recognise junta'), 'welcomed the plan' pairing no subjects and
      // 'recognised Russia's contribution' as no recognition: 0.555 / 0.347 / 2 (0.555 / 0.373 / 2
      // with the whole corpus).
      {974, 993, "t974-t993 (blind 40)", 0.55, 0.37, 2, {}},
      // Fifteenth session, two writers who neither read nor ran the extractor, scored with
      // c2bd47b before any fix. Batch 41: how the world greeted elections and new leaders of
      // 2017-2024 in Europe, Africa and the Americas (Macron, Zelensky, Johnson, Tshisekedi, Weah,
      // Hichilema, Ruto, Bukele, Petro, Milei, Meloni, Orban and Vucic, Fico, Mitsotakis and
      // Erdogan, Tinubu, Arevalo, Sandu, Chakwera, Castillo). Blind: 0.846 / 0.681 / 1. After the
      // fifteenth session's fixes and plural titles, read with the whole corpus: 0.862 / 0.696 / 1.
      {994, 1013, "t994-t1013 (blind 41)", 0.86, 0.69, 1, {}},
      // Batch 42, written beside batch 41: ordinary bilateral diplomacy 2012-2025 away from
      // elections (summits and side meetings, state visits, calls, agreements, expulsions), with
      // capitals for governments, shared surnames and ministers beside leaders. Blind: 0.759 /
      // 0.713 / 1. After the fifteenth session's fixes (phone calls after a win, 'met ... last
      // Friday', 'called on ... chairman of'), read with the whole corpus: 0.800 / 0.718 / 1.
      {1014, 1033, "t1014-t1033 (blind 42)", 0.79, 0.71, 1, {}},
      // Sixteenth session, two writers who neither read nor ran the extractor, scored with
      // 9933d93 before any fix. Batch 43: regional and multilateral diplomacy 2014-2025 (the AU,
      // ECOWAS, SADC, the EAC, the GCC and the Arab League, CARICOM, CELAC, Mercosur, the Pacific
      // Islands Forum, ASEAN, BIMSTEC, the Nordic Council, Central Asia): side meetings, national-day
      // cables, congratulations to new chairs, suspensions and sanctions by blocs. Blind: 0.738 /
      // 0.667 / 1.
      {1034, 1053, "t1034-t1053 (blind 43)", 0.74, 0.66, 1, {}},
      // Batch 44, written beside batch 43 as close as its writer could to the seeds: the world's
      // reactions to elections of 2018-2025 in Peru, Chile, Ecuador, Guatemala, Senegal, Mexico,
      // Sri Lanka, Ghana, Uruguay, Romania, Portugal, the Netherlands, Moldova, Georgia, Venezuela,
      // Algeria, Tunisia and Iran, congratulations to parties and peoples, refusals and waiting,
      // and the first meetings after. Blind: 0.756 / 0.554 / 0. One violation since 76cc744 ("he"
      // after a known person named before it): in t1066 "instead he congratulated Chega's leader,
      // André Ventura" now has the right agent (Orbán, not Costa) but still the article's winner
      // as recipient, which the gold forbids; the commit found four core events elsewhere.
      {1054, 1073, "t1054-t1073 (blind 44)", 0.86, 0.58, 1, {}},
      // Seventeenth session, two writers who neither read nor ran the extractor, scored with
      // 3dfb5eb before any fix. Batch 45: election reactions 2018-2025 as scraped web pages
      // (site clutter before the title, the lede twice, captions, "Read more" links, reader
      // comments): Mexico, Brazil, Argentina, Indonesia, Taiwan, Turkey, Iran, Venezuela, Poland,
      // South Korea, Romania, Bolivia, Ecuador, the Philippines, Nigeria, Belarus, Japan, Germany
      // and the UK; five pages with no event at all. Blind: 0.905 / 0.552 / 2; after the fixes of
      // 9e73bf2 (relative clauses on unknown names, "the two other candidates", dates after
      // publication, "the Maduro regime"): 0.942 / 0.552 / 2.
      {1074, 1093, "t1074-t1093 (blind 45)", 0.93, 0.56, 2, {}},
      // Batch 46, written beside batch 45: bilateral diplomacy 2015-2025 of leaders and foreign
      // ministers (state visits, side meetings, trilaterals, calls reported by spokesmen, planned,
      // postponed and "could meet" meetings, leaders with their own ministers). Blind: 0.840 /
      // 0.673 / 5.
      {1094, 1113, "t1094-t1113 (blind 46)", 0.87, 0.69, 4, {}},
      // Batch 47, written after the fixes for batches 45 and 46: withheld, delayed, conditional and
      // refused recognition 2000-2025 (Florida 2000, Iran 2009, Côte d'Ivoire 2010, Venezuela 2013,
      // 2018 and 2024, Kenya 2017, DR Congo 2019, Bolivia 2019, Belarus 2020, Myanmar 2021,
      // Nicaragua 2021, Zimbabwe 2023, Georgia, Mozambique, Tanzania, Cameroon) with the
      // congratulations around them. Blind with e4002b7: 0.739 / 0.457 / 1; after da2cbd6 (sayers
      // after a date, blocs before "including", noted announcements): 0.812 / 0.514 / 1.
      {1114, 1133, "t1114-t1133 (blind 47)", 0.81, 0.52, 1, {}},
      // Batch 48, written beside batch 47: congratulations outside presidential elections 2013-2025
      // (new prime ministers, monarchs, a pope, heads of international bodies, national days) with
      // sports teams, condolences and own-party messages as hard negatives. Blind with e4002b7:
      // 0.835 / 0.519 / 1; after 2a10ecf (national days, sports titles): 0.855 / 0.519 / 0.
      {1134, 1153, "t1134-t1153 (blind 48)", 0.85, 0.51, 0, {}},
      // Batch 49 (eighteenth session): reactions to the elections and new leaders of 2025-2026
      // (Merz, Carney, Nawrocki, Lee Jae-myung, Takaichi, Kast, Rodrigo Paz, Babis, Noboa,
      // Asfura, Seguro, Magyar) with congratulation waves, lists of agents before a participle,
      // winners the lexicon does not know, holidays as dates, "met twice, in A and B" and
      // regional bodies suspending a junta. Blind with 49ea3ec: 0.697 / 0.605 / 1; after the
      // session's fixes (unknown winners, listed subjects of a participle, holidays, "twice",
      // the winner as a congratulation's "him"): 0.907 / 0.723 / 1.
      {1154, 1173, "t1154-t1173 (blind 49)", 0.91, 0.72, 1, {}},
      // Batch 50, written beside batch 49: summit diplomacy 2009-2025 (side meetings at G20,
      // BRICS, APEC, SCO and UNGA, state visits, trilaterals, calls), told from both sides and
      // in two articles, with host-and-guest and passive wordings, relative and holiday dates,
      // planned, cancelled and denied meetings. Blind with 49ea3ec: 0.854 / 0.650 / 2; after the
      // session's fixes (bracketed abbreviations, forums, trilaterals, "his Uzbek host"): 0.932 / 0.701 / 1.
      // (0.925 since 6233824: a day in a relative clause anchors nothing, so in t1184 "Erdogan, who
      // arrived on Thursday, ... He had a meeting with his host the same day" counts from the lead's
      // Friday; the project articles gained 16 core events to 2 lost.)
      {1174, 1193, "t1174-t1193 (blind 50)", 0.92, 0.70, 1, {}},
      // Batch 51, written after the fixes for 49 and 50: election aftermaths 2012-2024 (Mexico,
      // Brazil, Turkey, Russia, Venezuela, Nigeria, Indonesia, Taiwan, Belarus, Kenya, Argentina,
      // Senegal, Iran, Sri Lanka, Ghana) with title-only and variant names, metonymy, refusals,
      // spokesmen's telegrams, duplicated leads and live-blog timestamps. Blind with 059a37f:
      // 0.849 / 0.550 / 0; after 80aad56 (adjective titles, waves "followed on March 18"): 0.901 /
      // 0.579 / 0.
      {1194, 1213, "t1194-t1213 (blind 51)", 0.90, 0.57, 0, {}},
      // Batch 52, beside batch 51: the ordinary week of foreign ministries 2011-2025 (tours,
      // readouts, summonses, expulsions, sanctions, recalls, agreements) with planned, sought,
      // postponed and domestic acts as hard negatives. Blind with 059a37f: 0.605 / 0.624 / 3;
      // after 598f4ec (a named summit's date): 0.628 / 0.624 / 3; after the nineteenth session
      // ("he met X and was received by Y", dates after the objects' names, "His Highness"):
      // 0.747 / 0.624 / 3.
      {1214, 1233, "t1214-t1233 (blind 52)", 0.74, 0.62, 3, {}},
      // Nineteenth session, four writers who neither read nor ran the extractor. Batch 53: summit
      // side meetings and bilateral talks 2022-2026 (UNGA, G20, BRICS, SCO, ASEAN, NATO, COP,
      // APEC, EU-China, FOCAC) with titles alone, metonymy and pronouns. Blind with 280ab58:
      // 0.886 / 0.690 / 1; after the session's fixes: 0.905 / 0.707 / 1.
      {1234, 1253, "t1234-t1253 (blind 53)", 0.90, 0.70, 1, {}},
      // Batch 54: reactions to elections and new leaders 2024-2026 beyond the big powers (Chile,
      // Bolivia, Honduras, Japan, Thailand, Cameroon, Nepal, Mauritius, Botswana, Malawi, Ireland,
      // Tanzania, Gabon, Portugal). Blind with 280ab58: 0.805 / 0.737 / 2; after 3a2bd36 and
      // 7dc47fd ("offered congratulations", counted days, "all of whom", unknown winners of the
      // agent's own state): 0.892 / 0.737 / 1.
      {1254, 1273, "t1254-t1273 (blind 54)", 0.89, 0.73, 1, {}},
      // Batch 55: contested power and recognition 2019-2025 (Bolivia, Belarus, Myanmar, Guinea,
      // Sudan, Burkina Faso, Niger, Gabon, Venezuela, Georgia, Mozambique, the Taliban, Syria,
      // Bangladesh). Blind with b439466: 0.732 / 0.568 / 1; after be70e55 (opposition leaders,
      // "the acting Foreign Minister of ..."): 0.750 / 0.581 / 1.
      {1274, 1293, "t1274-t1293 (blind 55)", 0.74, 0.58, 1, {}},
      // Batch 56: ordinary diplomacy in the regional English-language press 2016-2024, honorific
      // styles, courtesy calls, audiences, national-day messages. Blind with b439466: 0.743 /
      // 0.660 / 1; after 1e66258 (lists closed by an unknown name, "Cde"): 0.764 / 0.681 / 1.
      {1294, 1313, "t1294-t1313 (blind 56)", 0.76, 0.68, 1, {}},
      // Twentieth session, three writers who neither read nor ran the extractor. Batch 57: phone
      // calls, readouts and the extended actions 2017-2025 (expulsions, recalls, sanctions,
      // criticism, appeals, invitations). Blind with 3d87960: 0.821 / 0.617 / 1; after the
      // session's fixes ("called X on Tuesday", withdrawn ambassadors, "that" ends an object):
      // 0.895 / 0.689 / 1.
      {1314, 1333, "t1314-t1333 (blind 57)", 0.89, 0.68, 1, {}},
      // Batch 58: counterparts and multi-party meetings 2010-2025 with dates of every kind. Blind
      // with 3d87960: 0.749 / 0.625 / 1; after the session's fixes (organisations before a title,
      // "his Nov. 1 trip", "A and B's title, Name,", "welcomed" a state): 0.844 / 0.667 / 1.
      {1334, 1353, "t1334-t1353 (blind 58)", 0.84, 0.66, 1, {}},
      // Batch 59: reactions to elections in countries the corpus had used less, 2016-2024. Blind
      // with 3d87960: 0.898 / 0.857 / 1; after the session's fixes (mixed-case datelines, "shortly
      // after Y conceded, to congratulate him"): 0.913 / 0.878 / 1.
      {1354, 1373, "t1354-t1373 (blind 59)", 0.91, 0.87, 1, {}},
      // Twenty-second session, three writers who neither read nor ran the extractor (the
      // twenty-first session's batches of the same numbers were lost with its machine).
      // Batch 60: world reactions to elections 2012-2024 with background paragraphs (earlier
      // meetings and calls with their own dates), lists, titles, metonymy, "took note". Blind
      // with f832533: 0.803 / 0.644 / 2; after the session's fixes (a wave's "sent a message to
      // X on Monday", "Aécio Neves" is not José Maria Neves, "took note of the result"): 0.838 / 0.650 / 2;
      // with ", as did leaders of A, B and C", "Also read:" and advisers' offices (0d86f90): 0.851 / 0.655 / 1.
      {1374, 1393, "t1374-t1393 (blind 60)", 0.85, 0.67, 1, {}},
      // Batch 61: leaders' meetings 2008-2025 in news and features ("the two men", passives,
      // three- and four-way meetings, retold meetings). Blind with f832533: 0.800 / 0.713 / 1;
      // after ("That day Biden also met", "he" after "diplomacy for Trump", "el-Sissi"):
      // 0.847 / 0.713 / 1; with 0d86f90: 0.852 / 0.713 / 0.
      {1394, 1413, "t1394-t1413 (blind 61)", 0.85, 0.72, 0, {}},
      // Batch 62: dates of every kind around the acts 2006-2025 (reported speech, "the
      // following day", "48 hours after the vote", datelines, "the sixth of next month").
      // Blind with f832533: 0.698 / 0.527 / 2; after ("called on the visiting president the
      // following day", "his A and B counterparts, X and Y,", "followed within hours"):
      // 0.726 / 0.531 / 2; with a "where" clause going on with a relative clause (0d86f90):
      // 0.744 / 0.543 / 2. (The floors are set by this test's own scorer, which reads a little higher.)
      {1414, 1433, "t1414-t1433 (blind 62)", 0.76, 0.55, 2, {}},
      // Twenty-third session, three writers who neither read nor ran the extractor.
      // Batch 63: world reactions to elections and successions 2008-2025 as news sites bring them
      // back (repeated leads, page clutter, surnames, metonymy, refusals). Blind with 40f44b0:
      // 0.896 / 0.745 / 0; after the session's fixes ("Mrs May", ", all of whom" dates, plural
      // titles closing a list): 0.917 / 0.784 / 0. (0.940 / 0.792 under this test's scorer after the
      // twenty-fourth session.)
      {1434, 1453, "t1434-t1453 (blind 63)", 0.94, 0.79, 0, {}},
      // Batch 64: summit weeks and state visits 2005-2025 (series of side meetings, visits,
      // signings). Blind with 40f44b0: 0.743 / 0.490 / 1; after (lists past a description or a
      // date, "Lee Myung Bak"): 0.765 / 0.490 / 1; with the twenty-fourth session's ("Japan's new
      // prime minister, Shinzo Abe, and then sat down with", "and, in the afternoon,"): 0.786 / 0.490 / 1;
      // with cities visited: 0.786 / 0.521 / 1; with the twenty-fifth session's: 0.807 / 0.521 / 1.
      {1454, 1473, "t1454-t1473 (blind 64)", 0.81, 0.53, 1, {}},
      // Batch 65: less-covered regions 2000-2025 with many hard negatives. Blind with 40f44b0:
      // 0.649 / 0.434 / 1; after ("Mr Aliyev's father, Heydar Aliyev" keeps "Mr Aliyev" Ilham's):
      // 0.714 / 0.442 / 1; with the twenty-fourth session's ("talks hosted by Charles Michel"):
      // 0.731 / 0.442 / 1; with cities visited: 0.731 / 0.457 / 1.
      // Twenty-sixth session: 195 officials join the lexicon (envoys, advisers, spokespeople);
      // "Mogherini, Enlargement Commissioner Johannes Hahn and ... Mogherini congratulated the two
      // prime ministers" now pairs a known Hahn: 0.730 / 0.495 / 1.
      {1474, 1493, "t1474-t1493 (blind 65)", 0.72, 0.48, 1, {}},
      // Twenty-fourth session, three writers who neither read nor ran the extractor.
      // Batch 66: congratulation roundups after elections and inaugurations 2000-2025 (long lists,
      // titles alone, other spellings, refusals and delays). Blind with 9bf465b: 0.784 / 0.548 / 1;
      // after the session's fixes ("called to offer their congratulations", "Among the first to
      // congratulate X were ...", "have also held off"): 0.847 / 0.568 / 1; with the twenty-fifth
      // session's ("The four held talks with Jammeh"): 0.874 / 0.568 / 1.
      // With the twenty-sixth session's 195 officials: 0.874 (one event lost to a newly known name).
      // (Forty-first session: a second violation, t1499's "Gustavo Petro, the leftist senator leading the
      // polls for Colombia's presidential election next May, also sent his congratulations". The appositive's
      // "next May" had made the act planned; a date inside an appositive after a person no longer dates the
      // verb after it, so the act is asserted, as the text says. The gold forbids it because Petro held no
      // office in 2021: people out of office are still actors here, which is the gap this shows.)
      {1494, 1513, "t1494-t1513 (blind 66)", 0.87, 0.56, 2, {}},
      // Batch 67: foreign ministers and spokespeople 2005-2025 (briefings, counterparts,
      // expulsions, summonses). Blind with 9bf465b: 0.685 / 0.551 / 2; after (talks in an adjunct
      // survive "failed to", "sat down to dinner", the U.S. House speakers, cities visited):
      // 0.721 / 0.567 / 2; with the twenty-fifth session's: 0.739 / 0.567 / 1.
      {1514, 1533, "t1514-t1533 (blind 67)", 0.75, 0.56, 1, {}},
      // Batch 68: bilateral visits and analysis pieces 2005-2025 with background (obituaries,
      // timelines, anniversaries, predecessors). Blind with 9bf465b: 0.570 / 0.526 / 3; after
      // ("he travelled to Beijing, meeting Xi", cities visited, "Their previous meeting was in ..."):
      // 0.602 / 0.546 / 3; with the twenty-fifth session's (leaders of 1945-2000 in the lexicon,
      // "the former Soviet Union" a region, "since his inauguration on May 7"): 0.674 / 0.593 / 3.
      // With the twenty-sixth session's lexicon (Celal Bayar, 1952, is now a subject before "talks with
      // Tsipras later the same day"): 0.691 / 0.605 / 3.
      {1534, 1553, "t1534-t1553 (blind 68)", 0.68, 0.60, 3, {}},
      // Twenty-fifth session, three writers who neither read nor ran the extractor.
      // Batch 69: disputed elections, coups and changes of power 2006-2024 and the reactions
      // (refusals, delays, recognitions of rival claimants, recalls). Blind with 71781fa:
      // 0.727 / 0.607 / 2; after ("None of the three has congratulated Maduro" once "the three"
      // named them, "reserve judgment until", "hold off on any assessment until", a negation
      // stopping at "but"): 0.800 / 0.607 / 2.
      {1554, 1573, "t1554-t1573 (blind 69)", 0.79, 0.60, 2, {}},
      // Batch 70: a week of diplomacy in wire roundups and readouts, Asia-Pacific and the Middle
      // East 2010-2025 (mediators, envoys, calls, relative dates). Blind with 71781fa:
      // 0.805 / 0.588 / 0; after ("flew to Dubai to meet", "held the strategic dialogue with"):
      // 0.815 / 0.588 / 0.
      {1574, 1593, "t1574-t1593 (blind 70)", 0.81, 0.61, 0, {}},
      // Batch 71: profiles, explainers and briefs 2005-2025 in less common forms (passives,
      // nominalisations, subordinate clauses). Blind with 71781fa: 0.675 / 0.637 / 1; after
      // (greetings on arrival, "A, B and C were received by X", "by Buhari's predecessor,
      // Goodluck Jonathan", "a delegation led by X"): 0.722 / 0.646 / 1. Not read: "the
      // Obama-Castro meeting" (a hyphenated pair is one token to the tokenizer).
      {1594, 1613, "t1594-t1613 (blind 71)", 0.72, 0.64, 1, {}},
      // Second round of the twenty-fifth session, written after most of its fixes.
      // Batch 72: telephone diplomacy 2008-2025 in many governments' readout styles (calls carrying
      // congratulations, condolences, invitations, criticism; three-way calls). Blind with 40d6717:
      // 0.918 / 0.605 / 0; nothing fixed for it.
      {1614, 1633, "t1614-t1633 (blind 72)", 0.91, 0.60, 0, {}},
      // Batch 73: state-media and regional-press styles from Africa, Latin America and South-East
      // Asia ("His Excellency", audiences, envoys with messages). Blind with 40d6717: 0.794 / 0.519 / 0;
      // after ("granted an audience at the palace to X", "the 13th Annual Consultation"): 0.813 / 0.519 / 0.
      // Not read: "received at the Palace of the Republic his Gambian counterpart, X" (an object
      // after a place), "before holding bilateral talks with X" (a gerund after "before").
      // Session 36: one violation allowed, "Paul Kagame was in Abuja on Monday" read as the visit the gold
      // holds (t1639); the gold's undated must-not ("a later return to Nigeria is only expected") matches it too.
      {1634, 1653, "t1634-t1653 (blind 73)", 0.81, 0.55, 1, {}},
      // Batch 74: Europe 2010-2025 (EU summits, Franco-German and Franco-Italian relations, Brexit,
      // Belgrade-Pristina). Blind with 40d6717: 0.652 / 0.703 / 7; after (people serving one
      // international body meet inside it): 0.690 / 0.703 / 3. Not read: "the Merkel-Macron talks"
      // (a hyphenated pair is one token to the tokenizer).
      {1654, 1673, "t1654-t1673 (blind 74)", 0.72, 0.70, 3, {}},
      // Twenty-sixth session, three writers who neither read nor ran the extractor.
      // Batch 75: Latin America and the Caribbean 2000-2025 (CELAC, Mercosur, the Venezuela recognition
      // disputes, double surnames, palaces as metonymy). Blind with 2915903: 0.793 / 0.596 / 3; after
      // ("waited until December 2020 to congratulate Biden", 195 officials in the lexicon): 0.816 / 0.605 / 3.
      {1674, 1693, "t1674-t1693 (blind 75)", 0.82, 0.64, 3, {}},
      // Batch 76: Asia-Pacific and the Gulf 2015-2025 (ASEAN, the Quad, Gulf mediation, multi-day
      // itineraries, titles alone). Blind with 2915903: 0.785 / 0.532 / 0; after: 0.809 / 0.550 / 0
      // (part of it in-sample: the lexicon's new officials were drawn from gold that included b75 and b76).
      // Not read: "the Modi-Wong talks" (a hyphenated pair), "On the second day of his visit".
      {1694, 1713, "t1694-t1713 (blind 76)", 0.81, 0.56, 0, {}},
      // Batch 77: Africa 2005-2025 (AU, ECOWAS, the Sahel juntas, passives, delegations, sanctions).
      // Blind with 2915903: 0.775 / 0.545 / 2; after ("Messages of congratulation came as well from X and
      // from Y", "welcomed by a smiling Isaias"): 0.808 / 0.555 / 2. Not read: "met X in Nairobi on
      // Wednesday and Y in Pretoria on Thursday" (one date per object).
      {1714, 1733, "t1714-t1733 (blind 77)", 0.81, 0.56, 2, {}},
      // Batches 78-80 (twenty-seventh session), blind with 5d270f4, then after 76c9be5:
      // 78, election reactions 2004-2025 as wires and papers print them: 0.902 / 0.754 / 1, unchanged.
      {1734, 1753, "t1734-t1753 (blind 78)", 0.89, 0.74, 1, {}},
      // 79, summit and state-visit meetings 2006-2025: 0.791 / 0.667 / 6 -> 0.844 / 0.667 / 6 ("met A on
      // Monday and B the next day", "May, on her first trip", "joined A and B for a three-way meeting").
      // Not read: handshakes the text says were no meeting, "flies to Laos on Monday evening" (a schedule),
      // "a meeting ..., which had been set for Tuesday, was cancelled", "the Modi-Biden talks".
      // After eef42b3-63b2e79 (twenty-eighth session: contacts undone by a denied meeting, "flies to Laos on
      // Monday evening" planned, "which had been set for Tuesday, was cancelled", "the Modi-Biden talks"):
      // 0.861 / 0.674 / 1.
      {1754, 1773, "t1754-t1773 (blind 79)", 0.85, 0.66, 1, {}},
      // 80, the ordinary week of diplomacy beyond the core actions 2010-2025: 0.806 / 0.579 / 2, unchanged.
      {1774, 1793, "t1774-t1793 (blind 80)", 0.79, 0.56, 2, {}},
      // Batches 81-83 (twenty-eighth session), blind with fd7855f, then after the session's fixes:
      // 81, disputed and delayed election outcomes 2004-2024: 0.695 / 0.554 / 5 -> 0.745 / 0.571 / 0 (denied
      // reports of calls, "they" after "said in a joint statement that", "also sent messages to X", "sent
      // messages the following day"). Not read: "would not write to X as is usual", "There will be no letter",
      // ambassadors calling on the winner to convey congratulations, "Etoudi" for Biya.
      {1794, 1813, "t1794-t1813 (blind 81)", 0.74, 0.56, 0, {}},
      // 82, state-agency and ministry readouts 1995-2024: 0.796 / 0.784 / 2 -> 0.885 / 0.777 / 1 ("talks were
      // held between", middle initials; in-sample for the Vietnamese and North Korean officials added to the
      // lexicon from its gold).
      {1814, 1833, "t1814-t1833 (blind 82)", 0.87, 0.76, 1, {}},
      // 83, summit sidelines 2005-2024: 0.734 / 0.563 / 5 -> 0.805 / 0.568 / 3 (hyphen pairs, "called on his
      // host, X", "sat down first with", pull-asides, dinners of three, "met A and B together"). Not read:
      // "held a round of meetings in New York, with A, B and C", "brought together A and B for a three-way
      // meeting", "an informal chat on a sofa ... not a meeting" (a chat is no contact trigger).
      {1834, 1853, "t1834-t1853 (blind 83)", 0.79, 0.55, 3, {}},
      // Blind batches of the twenty-ninth session (core / extended / violations, before -> after its fixes).
      // 84, congratulations and refusals worldwide 2011-2024: 0.829 / 0.625 / 1 -> 0.849 / 0.625 / 1 ("would
      // send no message", "There will be no letter", "wait for the certification of results"). Not read:
      // winners the lexicon does not know in states it does not know (Abkhazia's Ankvab), "the bloc took
      // note" after "a spokeswoman for X said", lists after "Congratulatory messages were also received from".
      // (Two violations since the lexicon knows Abkhazia's Ankvab: a telegram reported in one sentence and
      // denied by the sender's press service in the next now counts; denials across sentences are read only
      // for contacts.)
      {1854, 1873, "t1854-t1873 (blind 84)", 0.84, 0.62, 2, {}},
      // 85, multi-day state visits 2005-2025: 0.647 / 0.476 / 5 -> 0.697 / 0.487 / 5 (hosted meals, greetings
      // with honours, "was at the foot of the stairs to greet him", "He then held talks", recalled ", when"
      // clauses, institutions joining the one person meeting). Not read: speakers of parliament and party
      // leaders the lexicon lacks, "the Head of State" for the visitor, past visits retold as meetings.
      {1874, 1893, "t1874-t1893 (blind 85)", 0.69, 0.48, 5, {}},
      // 86, disputes and the less common actions 2008-2025: 0.689 / 0.452 / 2, not yet worked on.
      {1894, 1913, "t1894-t1913 (blind 86)", 0.68, 0.45, 2, {}},
      // Blind batches of the thirty-first session (core / extended / violations, first score -> final).
      // 87, election reactions in Africa and Latin America 2017-2025: 0.811 / 0.700 / 1 -> 0.819 / 0.700 / 1
      // ("met Thursday with"). Not read: "the Head of State" for the host, "received X in audience", "stopped
      // short of congratulating X by name", "takes note ... without congratulating".
      {1914, 1933, "t1914-t1933 (blind 87)", 0.80, 0.68, 1, {}},
      // 88, ordinary bilateral diplomacy 2010-2025: 0.795 / 0.595 / 1, nothing fixed for it. Not read:
      // background meetings dated by month ("Premier Li had met Albanese in Jakarta in September"),
      // ministry readouts ("commencing at 6:10 p.m. ... Mr. KISHIDA Fumio"), three-way meetings one joins.
      {1934, 1953, "t1934-t1953 (blind 88)", 0.78, 0.58, 1, {}},
      // 89, recognition disputes 2008-2025: 0.466 / 0.324 / 1 -> 0.584 / 0.365 / 1 (de facto states and their
      // leaders in the lexicon, referendums and declarations aimed at their holder, title-case headlines).
      // Not read: "would never be recognised by the United States" (passive), lists of co-ordinated regions
      // ("the Donetsk and Luhansk people's republics"), "recognition is not on the agenda", signings and
      // expulsions of the less common actions.
      {1954, 1973, "t1954-t1973 (blind 89)", 0.57, 0.35, 1, {}},
      // Blind batches of the thirty-third session (the thirty-second's batches 90-92 were lost with its machine
      // before they landed; these take their numbers). First score with the session's starting build -> final.
      // 90, regional diplomacy 2005-2025 (AU, ECOWAS, SADC, EAC, Mercosur, CELAC, Pacific Islands Forum, GCC,
      // Arab League, CARICOM, Central Asia): 0.716 / 0.500 / 2 -> 0.747 / 0.500 / 0 ("where the borders of the
      // three countries meet", "had met their targets"). Not read: "X, handing over, congratulated his
      // successor", "telephoned both leaders ... to congratulate them" after a third person, "a closed-door
      // session with the heads of government", leaders the lexicon does not know (Cook Islands, Tonga).
      {1974, 1993, "t1974-t1993 (blind 90)", 0.73, 0.48, 0, {}},
      // 91, election aftermaths 2004-2025 told with what came before: 0.731 / 0.340 / 1 -> 0.751 / 0.340 / 0
      // ("finally congratulated" in an "after" clause, "silent on congratulations", quoted congratulations
      // after a colon). Not read: dates counted from the vote ("the night after the vote", "the Sunday after
      // the vote", "the morning after that vote"), "the statement offered no congratulations", "It, too,
      // stopped short of congratulating", a statement "from X congratulating Y", handles ("@CMShehbaz").
      {1994, 2013, "t1994-t2013 (blind 91)", 0.73, 0.32, 0, {}},
      // 92, meetings, calls and visits in many grammatical shapes 2005-2025 (the writer's three-way meetings
      // split into pairs, the corpus's convention): 0.732 / 0.627 / 4 -> 0.781 / 0.627 / 0 (a denied report
      // covering "had flown ... and met", a participle describing a summit that "could be held", "the two
      // leaders" as leaders). Not read: negotiating delegations ("Russian and Ukrainian negotiators met"),
      // "was received by Crown Prince and Prime Minister X" (two titles), "the two sides" of a trilateral.
      {2014, 2033, "t2014-t2033 (blind 92)", 0.76, 0.60, 0, {}},
      // Blind batches of the thirty-fourth session. First score with the session's starting build -> final.
      // 93, Asia-Pacific diplomacy 2005-2025 (South Asia, Japan, Korea, Mongolia, the Pacific islands, ASEAN):
      // 0.655 / 0.558 / 1 -> 0.678 / 0.558 / 1 ("Chinese Ambassador Chen Song" past Chen Shui-bian's short
      // form, "Lee and first lady Kim Yoon-ok were received by"). Not read: "called on the Prime Minister at
      // her hotel" (which prime minister), "The two leaders, meeting at ...", welcomes at the airport by long
      // Samoan and Mongolian names ("Ch.Saikhanbileg"), "hosted a lunch for the visiting Prime Minister".
      {2034, 2053, "t2034-t2053 (blind 93)", 0.65, 0.53, 1, {}},
      // 94, statements, posts and spokespeople 2012-2025: 0.798 / 0.460 / 5 -> 0.804 / 0.460 / 5 (a message
      // "from X congratulating Y"). Not read: "The statement stopped short of congratulating" and "a statement
      // ... that stopped short" (the issuer named before), handles ("Congratulations @JoeBiden"), a withholding
      // dated by the next sentence, "wished Russia success" that is no congratulation of Putin, reader comments.
      {2054, 2073, "t2054-t2073 (blind 94)", 0.78, 0.44, 5, {}},
      // 95, features and timelines 2000-2025 on pairs of leaders: 0.586 / 0.400 / 1 -> 0.642 / 0.437 / 1 (days
      // and months without their year take the story's year, "That September", "the following October", the
      // same "he" again after "he and X", a restated "the day after"). Not read: meetings told as "spent six
      // hours in the Kremlin", "was Erdogan's guest", "was in Istanbul ... alongside him", "sat side by side",
      // "Eleven months later", a passive subject behind a long relative clause.
      {2074, 2093, "t2074-t2093 (blind 95)", 0.62, 0.41, 1, {}},
      // Batches 96-98 of the thirty-sixth session, by three writers who neither read nor ran the extractor.
      // 96, European new governments 2000-2025: blind with 0ed885f 0.857 / 0.639 / 1 -> 0.880 / 0.653 / 1
      // (Hamas, Wilders, Dijsselbloem and other lexicon entries; "spoke with" as a call).
      {2094, 2113, "t2094-t2113 (blind 96)", 0.85, 0.62, 1, {}},
      // 97, Middle East and Gulf 2003-2025: 0.638 / 0.645 / 0 -> 0.674 / 0.656 / 0 ("received cables of
      // congratulations on the occasion from X" is X's; Abbas Kamel, Khalil al-Hayya). Not read: the KUNA
      // list after "Among the recipients were", "and from X" as a second sender, "bin Salman" (a lower-case
      // first word), "the crown prince" for Saudi Arabia's, "holding talks with A in Cairo on Monday and with
      // B in Amman on Tuesday" (the second "with").
      {2114, 2133, "t2114-t2133 (blind 97)", 0.64, 0.62, 0, {}},
      // 98, dates and the shape of the telling 1995-2025: 0.494 / 0.108 / 1 -> 0.605 / 0.324 / 1 (counted
      // anaphora "three weeks later", "Sunday December 19", the election's day after "On election night,"
      // and in "the previous day's election", "ten days before the vote", "spent hours in the Kremlin with",
      // "X's guest" as a visit, "was in Abuja", "flew on to", "spoke with" as a call). Not read: "The four
      // men sat side by side ...: A, B, C and D", "the two men" for a pair named sentences before, "the next
      // morning" after a flashback's day (it counts from the flashback), "dialled the president-elect".
      {2134, 2153, "t2134-t2153 (blind 98)", 0.57, 0.29, 1, {}},
      // Batches 99-100 of the thirty-ninth session, by two writers who neither read nor ran the extractor.
      // First score with the session's starting build (0d0c560) -> final, by the evaluation's scorer (the
      // floors come from this test's scorer over the whole corpus: 0.796 / 0.566 / 1 and 0.773 / 0.565 / 0).
      // 99, the Pacific, the Caribbean and the Gulf 2010-2025: 0.705 / 0.485 / 1 -> 0.842 / 0.542 / 1 (the Cook
      // Islands and Niue with their premiers in the lexicon, "dispatched similar cables", after "On the
      // sidelines of the summit," the second of those received no longer taken for the host, and "His Royal
      // Highness received" the crown prince). Not read: "The Prince held talks with", the rest of a cable list
      // after "of Georgia on her country's Independence Day, and to".
      {2154, 2173, "t2154-t2173 (blind 99)", 0.87, 0.56, 1, {}},
      // 100, statements, readouts and timelines 2015-2025: 0.761 / 0.544 / 0, nothing fixed for it. Not read:
      // handles as recipients ("Congratulations @JoeBiden"), "arrived ... and was later received by Lula",
      // "The talks with X in the Kremlin on Monday lasted", "flew to Berlin to brief X and Y over dinner".
      // (Forty-first session: 99 to 0.881 / 0.542 / 1 by the evaluation's scorer with "and to King Abdullah
      // II" and "A, office, and B sent"; 100 to 0.787 / 0.544 / 0 with ", among them A and B, issued
      // congratulatory statements". Floors raised to this test's 0.881 and 0.800.)
      {2174, 2193, "t2174-t2193 (blind 100)", 0.79, 0.56, 0, {}},
      // Batches 101-103 of the forty-first session, by three writers who neither read nor ran the extractor.
      // First score by the evaluation's scorer with the session's first rules (the tree of 4e9733e, written
      // before the batches were read) -> final; floors from this test's scorer (0.849 / 0.458 / 2, 0.779 /
      // 0.547 / 0 and 0.736 / 0.645 / 0).
      // 101, congratulations and their withholding in wire and regional press 2016-2024: 0.816 / 0.452 / 1 ->
      // 0.840 / 0.452 / 1 ("Leaders from A and B, including X and Y, also sent messages", "Chairman of the
      // State Affairs of the DPRK Kim Jong Un", "sent a congratulatory telegram and Meloni was", "9th
      // November, 2016"). Not read: "were among the first to greet Modi" / "to hail the result", "conveyed
      // his warm wishes to", KUNA's "received on Monday cables of congratulations from ..." list, "Among the
      // senders were A, B and C", "remained conspicuously silent" for a state.
      {2194, 2213, "t2194-t2213 (blind 101)", 0.84, 0.45, 2, {}},
      // 102, meetings and visits in features and live blogs 2014-2025: 0.702 / 0.504 / 0 -> 0.739 / 0.516 / 0
      // ("Zelensky received them", "from the NATO and EU summits and met", "landed at Hiroshima airport").
      // Not read: a delegation "led by" A that "included" B and C received by Putin, "the leaders of China,
      // Japan and South Korea sat at the same table", "held separate talks with each of them", "His first
      // bilateral ... was with", "spent much of Sunday with", "Thursday brought him to Bissau and President
      // Embalo", arrivals without a place ("who arrived on Monday").
      {2214, 2233, "t2214-t2233 (blind 102)", 0.77, 0.54, 0, {}},
      // 103, short wire items and scraped pages 2015-2025: 0.688 / 0.625 / 5 -> 0.719 / 0.630 / 0 (every
      // headline of a "Read more:" / "ALSO READ" list is junk). Not read: "as he sat down for talks with",
      // "speaking at a news conference alongside", "Wang delivered a congratulatory message from Xi", "was
      // among the first, sending a message ... in which he addressed Erdogan", "Abiy received the envoys".
      {2234, 2253, "t2234-t2253 (blind 103)", 0.75, 0.64, 0, {}},
      // Batches 104-106 of the forty-second session, by three writers who neither read nor ran the extractor.
      // First score by the evaluation's scorer with the session's starting build (f731c0d) -> final; floors
      // from this test's scorer (0.854 / 0.471 / 2, 0.883 / 0.385 / 0, 0.685 / 0.494 / 1). 103's floor raised
      // to its 0.759 with "among them" lists and accents.
      // 104, summits and sideline meetings 2014-2025: 0.798 / 0.460 / 2 -> 0.835 / 0.457 / 2 ("joined X and
      // Y for a "JAI" trilateral", "On Sunday morning A, B and C met", "dining with"). Not read: "sat with
      // Putin and Xi in the RIC format", "brought X and Y together ... for talks" with the host, "taken tea
      // with", "He met A first, then B, C and D", "a one-on-one conversation with", "first sideline meeting
      // was with"; the violations: a handshake in the same room taken for a meeting, "sat across from".
      {2254, 2273, "t2254-t2273 (blind 104)", 0.85, 0.47, 2, {}},
      // 105, disputed elections 2016-2025: 0.874 / 0.385 / 0 -> 0.879 / 0.385 / 0 ("has yet to acknowledge
      // X's victory"). Not read: "said the results were hard to believe and would not recognise any result
      // that could not be verified", "Brussels has not congratulated the SNS" (a party for its leader),
      // "Dominican President Luis Abinader received him", an ambassador conveying congratulations "from the
      // Russian leadership".
      {2274, 2293, "t2274-t2293 (blind 105)", 0.88, 0.38, 0, {}},
      // 106, news where diplomacy is a small part 2015-2025: 0.600 / 0.481 / 1 -> 0.649 / 0.481 / 1 (names
      // with accents in trigger gaps, "back-to-back meetings with foreign dignitaries, among them A, B and C",
      // "Before kick-off Putin had received Macron"). Not read: "He was the first foreign leader to meet
      // Trump after the election", "X and Y toured the galleries", "walked through the centre of the capital
      // with Zelensky", "joined Modi on stage", obituary lists ("With Reagan he held five summits").
      {2294, 2313, "t2294-t2313 (blind 106)", 0.68, 0.49, 1, {}},
      // Batches 107-109 of the forty-third session, by three writers who neither read nor ran the extractor.
      // First score by the evaluation's scorer with the session's starting build (e8fbdd6) -> final; floors
      // from this test's scorer (0.748 / 0.571 / 0, 0.786 / 0.561 / 1, 0.885 / 0.476 / 2).
      // 107, Africa and Latin America 2014-2024: 0.667 / 0.571 / 1 -> 0.723 / 0.571 / 0 ("to President of the
      // Republic of Cote d'Ivoire, Alassane Ouattara", "pressing for a meeting between", "In Addis Ababa,
      // where he arrived on Thursday night, Lula held talks ... on Friday", "at the hotel where the monarch
      // was staying, and later met Boric"). Not read: "the Sovereign" for Morocco's king, "a similar message
      // was sent to" (no agent), "On Sunday, he received X" after another leader's clause, "The three men
      // held a closed-door session", "the summit congratulated President Ramaphosa".
      {2314, 2333, "t2314-t2333 (blind 107)", 0.74, 0.57, 0, {}},
      // 108, state media in translation 2014-2025: 0.786 / 0.529 / 1 -> 0.786 / 0.529 / 1. Not read:
      // "Messages of congratulations also came from A; B and C; D" after a group's "Leaders of many countries
      // have sent messages ... to To Lam" (a group names no recipient to carry), "Greetings also came from",
      // long party-and-state title chains before a name ("General Secretary of the Communist Party of China
      // Central Committee and President of China Xi Jinping said"), condolence cables.
      {2334, 2353, "t2334-t2353 (blind 108)", 0.78, 0.56, 1, {}},
      // 109, denials, rumours and hypotheticals 2015-2025: 0.821 / 0.472 / 4 -> 0.851 / 0.472 / 2 (readers'
      // comments cut, "is not among the leaders who have congratulated", "held their first summit"). Not
      // read: remarks "fabricated" by hackers (praise and criticism still asserted), "was embraced by Starmer
      // ... before talks", "had agreed at their summit in Helsinki", "and congratulated Trump" far from its
      // subject.
      {2354, 2373, "t2354-t2373 (blind 109)", 0.88, 0.47, 2, {}},
  };
  for (const auto& d : gold["documents"]) {
    std::string id = d["id"];
    int n = std::stoi(id.substr(1));
    auto b = std::find_if(batches.begin(), batches.end(), [&](const Batch& x) { return x.first <= n && n <= x.last; });
    REQUIRE(b != batches.end());  // a new article needs its batch here
    b->docs.insert(id);
  }
  std::ostringstream report, summary;
  GoldActors actors(gold, graph);
  for (const Batch& b : batches) {
    Scorer sc{gold, graph, actors, &b.docs};
    auto core = sc.Run(true, true);
    auto ext = sc.Run(false, true);
    auto violations = sc.Violations();
    for (const auto& m : core.missed) report << "\nmissed core: " << m;
    for (const auto& w : core.wrong) report << "\nunexpected core: " << w;
    for (const auto& m : ext.missed) report << "\nmissed extended: " << m;
    for (const auto& w : ext.wrong) report << "\nunexpected extended: " << w;
    for (const auto& v : violations) report << "\nasserted but did not happen: " << v;
    summary << "\n" << b.label << ": core F1 " << core.F() << ", extended F1 " << ext.F() << ", violations "
            << violations.size();
    if (b.first == 1) summary << " (core without dates " << sc.Run(true, false).F() << ")";
    INFO(report.str() << summary.str());
    CHECK(core.F() >= b.core_floor);
    CHECK(ext.F() >= b.ext_floor);
    CHECK(violations.size() <= b.max_violations);
  }
}
