#include "actions/action_rules.h"

#include <re2/re2.h>

#include <algorithm>
#include <cstdint>

#include "actions/literal_pattern.h"
#include "actions/relaxed_pattern.h"
#include "actions/word_class.h"
#include "actions/trigger_anchors.h"
#include "util/embedded_data.h"
#include "util/json_util.h"
#include "util/parallel.h"

namespace diplograph::internal {

struct ActionRules::Impl {
  std::vector<ActionType> actions;
  std::vector<TriggerRule> triggers;
  std::vector<std::unique_ptr<RE2>> regexes;  // one per trigger
  // Per trigger: the pattern with its counted runs of a class unbounded, and
  // the length of match up to which it answers for the pattern
  // (relaxed_pattern.h); null for a pattern with no such run.
  std::vector<std::unique_ptr<RE2>> relaxed;
  std::vector<std::size_t> relaxed_bound;
  // Per trigger with a relaxed form: that form with its runs captured, and
  // the runs, to tell whether a relaxed match longer than the bound is the
  // pattern's without searching again (null: the pattern is asked).
  std::vector<std::unique_ptr<RE2>> measured;
  std::vector<std::vector<RelaxedPattern::Run>> runs;
  // Per trigger: the pattern read as a list of words (literal_pattern.h),
  // whose anchored match is found without RE2; empty for other patterns.
  std::vector<std::optional<LiteralPattern>> literal;
  // Pattern p's match in text[from, end of text), anchored or not, as RE2
  // finds it.
  bool Find(int p, const re2::StringPiece& text, std::size_t from, RE2::Anchor anchor, re2::StringPiece* found) const {
    if (const RE2* cheap = relaxed[p].get()) {
      if (!cheap->Match(text, from, text.size(), anchor, found, 1)) return false;
      if (found->size() <= relaxed_bound[p] || RunsWithinBounds(p, text, *found)) return true;
    }
    return regexes[p]->Match(text, from, text.size(), anchor, found, 1);
  }
  // Whether each relaxed run of the relaxed match `found` took at most its
  // bound (relaxed_pattern.h): the measured form is asked to match exactly
  // `found`, seeing one byte either side of it (all that "\b", "^" and "$"
  // look at), so that RE2 reads only the match, not the rest of the sentence.
  bool RunsWithinBounds(int p, const re2::StringPiece& text, const re2::StringPiece& found) const {
    const RE2* re = measured[p].get();
    constexpr int kMaxGroups = 16;
    const int groups = re ? 1 + re->NumberOfCapturingGroups() : 0;
    if (groups == 0 || groups > kMaxGroups) return false;
    const std::size_t begin = static_cast<std::size_t>(found.data() - text.data()), end = begin + found.size();
    const std::size_t from = begin > 0 ? begin - 1 : 0, to = end < text.size() ? end + 1 : text.size();
    const re2::StringPiece around(text.data() + from, to - from);
    re2::StringPiece sub[kMaxGroups];
    if (!re->Match(around, begin - from, end - from, RE2::ANCHOR_BOTH, sub, groups)) return false;
    for (const RelaxedPattern::Run& run : runs[p])
      if (sub[run.group].size() > run.max) return false;
    return true;
  }
  // Finds where the literals of the trigger patterns occur in a sentence: a
  // pattern is tried only there (trigger_anchors.h). The literals are kept in
  // anchor groups: one per trigger, or one per alternative of a trigger whose
  // alternatives each have their own (FindAlternativeAnchors). Group g's
  // leading literals are reported as g, its required literals as
  // group_trigger.size() + g.
  AnchorScanner anchors;
  std::vector<int> group_trigger;  // group -> the trigger it is of
  // Per group: it has required literals, so a place where it may begin is
  // tried only if one of them occurs there or after, within its reach.
  std::vector<std::uint8_t> has_required;  // bools, read without bit arithmetic
  struct RequiredReach {
    std::size_t chars, words;
  };
  std::vector<RequiredReach> required_reach;
  // Per group: its pattern is searched over the whole sentence when the
  // scanner finds one of its literals, which then need not begin a match.
  std::vector<std::uint8_t> search_whole;  // bools, read without bit arithmetic
  // Groups of triggers with no literal the scanner can look for: searched
  // over every sentence.
  std::vector<int> unanchored;
  RoleCues cues;
};

ActionRules::ActionRules() : impl_(std::make_unique<Impl>()) {}
ActionRules::~ActionRules() = default;
const std::vector<ActionType>& ActionRules::actions() const { return impl_->actions; }
const std::vector<TriggerRule>& ActionRules::triggers() const { return impl_->triggers; }
const RoleCues& ActionRules::cues() const { return impl_->cues; }

const ActionType* ActionRules::Find(std::string_view id) const {
  for (const auto& a : impl_->actions)
    if (a.id == id) return &a;
  return nullptr;
}

Result<std::unique_ptr<ActionRules>> ActionRules::FromJson(std::string_view json, std::string_view origin,
                                                         unsigned threads) {
  Result<nlohmann::json> parsed = ParseJson(json, origin);
  if (!parsed.ok()) return parsed.status();
  std::unique_ptr<ActionRules> rules(new ActionRules());
  Impl& m = *rules->impl_;
  const nlohmann::json& j = *parsed;
  auto err = [&](const std::string& msg, std::string_view key = {}, std::string_view value = {}) {
    SourceLocation loc = LocateField(json, key, value, origin);
    if (loc.file.empty()) loc.file = std::string(origin);
    return Status(StatusCode::kParseError, msg, loc);
  };
  try {
    for (const auto& a : j.at("actions")) {
      ActionType t;
      t.id = a.at("id").get<std::string>();
      t.klass = a.at("class").get<std::string>();
      t.label = a.value("label", t.id);
      t.cameo = a.value("cameo", "");
      t.cameo_label = a.value("cameo_label", "");
      t.plover = a.value("plover", "");
      t.plover_mode = a.value("plover_mode", "");
      t.symmetric = a.value("symmetric", false);
      t.pairwise = a.value("pairwise", false);
      t.ignore_modality = a.value("ignore_modality", false);
      t.proposes = a.value("proposes", false);
      t.host_from_dateline = a.value("host_from_dateline", false);
      t.occasion_days = a.value("occasion_days", 0);
      if (rules->Find(t.id)) return err("duplicate action '" + t.id + "'", "id", t.id);
      m.actions.push_back(std::move(t));
    }
    RE2::Options opt;
    opt.set_case_sensitive(false);
    opt.set_log_errors(false);
    for (const auto& t : j.at("triggers")) {
      TriggerRule r;
      r.id = t.at("id").get<std::string>();
      r.action = t.at("action").get<std::string>();
      r.pattern = WidenWordClasses(t.at("pattern").get<std::string>());
      r.noun = t.value("form", "verb") == "noun";
      std::string obj = t.value("object", "after");
      if (obj == "after") r.object = ObjectMode::kAfter;
      else if (obj == "near") r.object = ObjectMode::kNear;
      else if (obj == "adjacent") r.object = ObjectMode::kAdjacent;
      else if (obj == "inside") r.object = ObjectMode::kInside;
      else if (obj == "none") r.object = ObjectMode::kNone;
      else return err("trigger '" + r.id + "': object must be after, near, adjacent, inside or none", "object", obj);
      r.pairs_subjects = t.value("pairs_subjects", true);
      r.pairs_objects = t.value("pairs_objects", false);
      const nlohmann::json reports = t.value("until_date_reports", nlohmann::json::object());
      for (const auto& [stem, act] : reports.items()) r.until_date_reports.emplace_back(stem, act.get<std::string>());
      r.clause_subject = t.value("agent", "subject") == "clause_subject";
      r.adjective_object = t.value("adjective_object", false);
      r.reciprocal = t.value("reciprocal", false);
      r.object_is_agent = t.value("object_is_agent", false);
      r.person_object = t.value("person_object", false);
      r.hyphen_pair = t.value("hyphen_pair", false);
      r.suppresses = t.value("suppresses", std::vector<std::string>{});
      if (!rules->Find(r.action)) return err("trigger '" + r.id + "' names unknown action '" + r.action + "'", "id", r.id);
      for (const auto& [stem, act] : r.until_date_reports)
        if (!rules->Find(act))
          return err("trigger '" + r.id + "': until_date_reports names unknown action '" + act + "'", "until_date_reports", act);
      m.triggers.push_back(std::move(r));
    }
    // Two independent pieces, on two threads if given: each pattern compiled
    // (with its relaxed and measured forms and its reading as words), and the
    // literals that anchor the patterns (about 45% and 55% of the work).
    const std::size_t count = m.triggers.size();
    m.regexes.resize(count);
    m.relaxed.resize(count);
    m.relaxed_bound.resize(count);
    m.measured.resize(count);
    m.runs.resize(count);
    m.literal.resize(count);
    auto compile = [&] {
      for (std::size_t i = 0; i < count; ++i) {
        const std::string& pattern = m.triggers[i].pattern;
        m.regexes[i] = std::make_unique<RE2>(pattern, opt);
        if (!m.regexes[i]->ok()) return;  // reported below, as the first bad pattern
        RelaxedPattern relaxed = RelaxClassRuns(pattern);
        std::unique_ptr<RE2> cheap;
        if (!relaxed.pattern.empty()) cheap = std::make_unique<RE2>(relaxed.pattern, opt);
        if (cheap && !cheap->ok()) cheap.reset();  // the pattern alone is then asked
        std::unique_ptr<RE2> measured;
        if (cheap && !relaxed.measured.empty()) measured = std::make_unique<RE2>(relaxed.measured, opt);
        if (measured && !measured->ok()) measured.reset();
        m.relaxed[i] = std::move(cheap);
        m.relaxed_bound[i] = relaxed.bound;
        m.measured[i] = std::move(measured);
        m.runs[i] = std::move(relaxed.runs);
        m.literal[i] = LiteralPattern::Read(pattern);
      }
    };
    auto anchor = [&] {
      std::vector<PatternAnchors> groups;
      for (std::size_t i = 0; i < count; ++i) {
        PatternAnchors whole = FindAnchors(m.triggers[i].pattern);
        std::vector<PatternAnchors> alternatives;
        if (whole.at_start && !whole.literals.empty()) alternatives = FindAlternativeAnchors(m.triggers[i].pattern);
        if (alternatives.empty()) alternatives.push_back(std::move(whole));
        for (PatternAnchors& a : alternatives) {
          const int g = static_cast<int>(groups.size());
          m.group_trigger.push_back(static_cast<int>(i));
          m.search_whole.push_back(!a.at_start);
          m.has_required.push_back(!a.required.empty());
          m.required_reach.push_back({a.required_chars, a.required_words});
          if (a.literals.empty()) m.unanchored.push_back(g);
          groups.push_back(std::move(a));
        }
      }
      const std::size_t n = groups.size();
      std::vector<PatternAnchors> anchors(2 * n);
      for (std::size_t g = 0; g < n; ++g) {
        anchors[n + g].literals = groups[g].required;
        anchors[g] = std::move(groups[g]);
      }
      m.anchors = AnchorScanner(anchors);
    };
    RunTwo(threads, compile, anchor);
    for (std::size_t i = 0; i < count; ++i)
      if (!m.regexes[i]->ok())
        return err("trigger '" + m.triggers[i].id + "': bad pattern: " + m.regexes[i]->error(), "id", m.triggers[i].id);
    RoleCues& c = m.cues;
    const auto& mod = j.value("modality", nlohmann::json::object());
    c.modality_window = mod.value("window", 5);
    auto phrases = [&](const nlohmann::json& obj, const char* key, PhraseList* out) {
      std::vector<std::vector<std::string>> v;
      for (const auto& p : obj.value(key, nlohmann::json::array())) v.push_back(SplitWords(p.get<std::string>()));
      *out = PhraseList(std::move(v));
    };
    phrases(mod, "planned", &c.planned);
    {
      // "negated" and "negated_interruptions" (talks suspended, broken off, called off) are one list.
      std::vector<std::vector<std::string>> v;
      for (const char* key : {"negated", "negated_interruptions"})
        for (const auto& p : mod.value(key, nlohmann::json::array())) v.push_back(SplitWords(p.get<std::string>()));
      c.negated = PhraseList(std::move(v));
    }
    phrases(mod, "hedged", &c.hedged);
    phrases(mod, "noun_negated_phrases", &c.noun_negated_phrases);
    phrases(mod, "noun_hedged_phrases", &c.noun_hedged_phrases);
    phrases(mod, "exceptions", &c.exceptions);
    {
      const nlohmann::json desire = mod.value("desire", nlohmann::json::object());
      c.desire_actions = WordList(desire.value("actions", std::vector<std::string>{}));
      std::vector<std::vector<std::string>> wishes;
      for (const auto& p : desire.value("phrases", nlohmann::json::array())) wishes.push_back(SplitWords(p.get<std::string>()));
      c.exception_is_desire.assign(c.exceptions.size(), false);
      for (std::size_t i = 0; i < c.exceptions.size(); ++i)
        c.exception_is_desire[i] = std::find(wishes.begin(), wishes.end(), c.exceptions[i]) != wishes.end();
    }
    c.negated_suffixes = mod.value("negated_suffixes", std::vector<std::string>{});
    c.noun_modal_after = WordList(mod.value("noun_modal_after", std::vector<std::string>{}));
    c.noun_negated_after = WordList(mod.value("noun_negated_after", std::vector<std::string>{}));
    c.noun_negated_before = WordList(mod.value("noun_negated_before", std::vector<std::string>{}));
    c.denial_verbs = WordList(mod.value("denial_verbs", std::vector<std::string>{}));
    c.denied_report_nouns = WordList(mod.value("denied_report_nouns", std::vector<std::string>{}));
    c.claim_verbs = WordList(mod.value("claim_verbs", std::vector<std::string>{}));
    c.negated_inside = WordList(mod.value("negated_inside", std::vector<std::string>{}));
    c.future_clause_openers = WordList(mod.value("future_clause_openers", std::vector<std::string>{}));
    c.question_ends = WordList(mod.value("question_ends", std::vector<std::string>{}));
    c.noun_modal_stops = WordList(mod.value("noun_modal_stops", std::vector<std::string>{}));
    phrases(j, "group_nouns", &c.group_nouns);
    phrases(j, "spouse_phrases", &c.spouse_phrases);
    phrases(j, "spouse_titles", &c.spouse_titles);
    if (auto en = j.find("election_night"); en != j.end() && en->is_object()) {
      phrases(*en, "phrases", &c.election_night_phrases);
      c.election_nouns = en->value("nouns", std::vector<std::string>{});
      for (const auto& words : c.election_night_phrases) {
        std::string joined;
        for (const std::string& w : words) joined += (joined.empty() ? "" : " ") + w;
        c.election_night_strings.push_back(std::move(joined));
      }
    }
    if (auto rt = j.find("recognised_things"); rt != j.end() && rt->is_object()) {
      c.recognised_things = WordList(rt->value("nouns", std::vector<std::string>{}));
      c.recognised_actions = WordList(rt->value("actions", std::vector<std::string>{}));
    }
    if (auto rn = j.find("regime_nouns"); rn != j.end() && rn->is_object()) {
      phrases(*rn, "nouns", &c.regime_nouns);
      c.regime_actions = WordList(rn->value("actions", std::vector<std::string>{}));
    }
    if (auto up = j.find("unknown_persons"); up != j.end() && up->is_object()) {
      c.unknown_person_actions = WordList(up->value("actions", std::vector<std::string>{}));
      c.unknown_person_titles = WordList(up->value("titles", std::vector<std::string>{}));
    }
    c.all_pairs_words = WordList(j.value("all_pairs_words", std::vector<std::string>{}));
    c.list_quantifiers = WordList(j.value("list_quantifiers", std::vector<std::string>{}));
    if (auto da = j.find("days_after"); da != j.end() && da->is_object()) {
      c.days_after_units = WordList(da->value("units", std::vector<std::string>{}));
      const nlohmann::json counts = da->value("counts", nlohmann::json::object());
      for (const auto& [k, v] : counts.items()) c.days_after_counts[k] = v.get<int>();
      const nlohmann::json directions = da->value("directions", nlohmann::json{{"after", 1}});
      for (const auto& [k, v] : directions.items()) c.days_after_directions[k] = v.get<int>();
    }
    const nlohmann::json subject_pronouns = j.value("subject_pronouns", nlohmann::json::object());
    for (const auto& [k, v] : subject_pronouns.items()) c.subject_pronouns[k] = v.get<std::string>();
    const nlohmann::json object_pronouns = j.value("object_pronouns", nlohmann::json::object());
    for (const auto& [k, v] : object_pronouns.items()) c.object_pronouns[k] = v.get<std::string>();
    const nlohmann::json possessive_pronouns = j.value("possessive_pronouns", nlohmann::json::object());
    for (const auto& [k, v] : possessive_pronouns.items()) c.possessive_pronouns[k] = v.get<std::string>();
    auto words = [&](const char* key, WordList* out) { *out = WordList(j.value(key, std::vector<std::string>{})); };
    words("speaker_pronouns", &c.speaker_pronouns);
    words("addressee_pronouns", &c.addressee_pronouns);
    words("speech_verbs", &c.speech_verbs);
    words("address_verbs", &c.address_verbs);
    words("prepositions", &c.prepositions);
    words("clause_breaks", &c.clause_breaks);
    words("object_stops", &c.object_stops);
    words("fronting_prepositions", &c.fronting_prepositions);
    words("date_barriers", &c.date_barriers);
    words("noun_determiners", &c.noun_determiners);
    words("infinitive_planned_except", &c.infinitive_planned_except);
    words("infinitive_reports", &c.infinitive_reports);
    words("purpose_travel_verbs", &c.purpose_travel_verbs);
    words("date_recall_participles", &c.date_recall_participles);
    words("subject_openers", &c.subject_openers);
    words("adverbial_openers", &c.adverbial_openers);
    words("topic_prepositions", &c.topic_prepositions);
    words("background_markers", &c.background_markers);
    words("passive_auxiliaries", &c.passive_auxiliaries);
    words("irregular_past", &c.irregular_past);
    words("auxiliaries", &c.auxiliaries);
    words("object_her_followers", &c.object_her_followers);
    words("passive_agent_stops", &c.passive_agent_stops);
    words("floating_quantifiers", &c.floating_quantifiers);
    words("name_premodifiers", &c.name_premodifiers);
    words("title_nouns", &c.title_nouns);
    words("copulas", &c.copulas);
    c.carry_recipient_same_sentence = j.value("carry_recipient_same_sentence",
                                              std::unordered_map<std::string, std::vector<std::string>>{});
    phrases(j, "pair_phrases", &c.pair_phrases);
    phrases(j, "opening_pair_phrases", &c.opening_pair_phrases);
    phrases(j, "state_pair_phrases", &c.state_pair_phrases);
    phrases(j, "national_occasions", &c.national_occasions);
    phrases(j, "inclusion_markers", &c.inclusion_markers);
    phrases(j, "membership_phrases", &c.membership_phrases);
    // (A phrase names one office, "the two presidents", or any of several,
    // "the two leaders": a role id or a list of them.)
    if (auto roles = j.find("pair_phrase_roles"); roles != j.end() && roles->is_object())
      for (const auto& [phrase, r] : roles->items())
        c.pair_phrase_roles[phrase] = r.is_string() ? std::vector<std::string>{r.get<std::string>()}
                                                    : r.get<std::vector<std::string>>();
    phrases(j, "group_phrases", &c.group_phrases);
    c.count_words = j.value("count_words", std::unordered_map<std::string, std::size_t>{});
    phrases(j, "echo_phrases", &c.echo_phrases);
    phrases(j, "visitor_phrases", &c.visitor_phrases);
    phrases(j, "retraction_phrases", &c.retraction_phrases);
    phrases(j, "meeting_hosts", &c.meeting_hosts);
    words("meeting_host_nouns", &c.meeting_host_nouns);
    words("led_group_nouns", &c.led_group_nouns);
    words("referendum_nouns", &c.referendum_nouns);
    words("referendum_holder_prepositions", &c.referendum_holder_prepositions);
    words("referendum_actions", &c.referendum_actions);
    words("referendum_verbs", &c.referendum_verbs);
    words("contact_triggers", &c.contact_triggers);
    words("contact_denial_openers", &c.contact_denial_openers);
    words("contact_denial_heads", &c.contact_denial_heads);
    words("schedule_present_actions", &c.schedule_present_actions);
    words("joint_words", &c.joint_words);
    words("separate_words", &c.separate_words);
    words("intermediary_prepositions", &c.intermediary_prepositions);
    words("message_sender_nouns", &c.message_sender_nouns);
    words("message_arrival_words", &c.message_arrival_words);
    words("echo_triggers", &c.echo_triggers);
    c.carry_recipient_sentences = j.value("carry_recipient_sentences", 3);
    c.carry_recipient_sentences_of =
        j.value("carry_recipient_sentences_of", std::unordered_map<std::string, std::size_t>{});
    c.state_joins_people = WordList(j.value("state_joins_people", std::vector<std::string>{}));
    c.carry_recipient_from =
        j.value("carry_recipient_from", std::unordered_map<std::string, std::vector<std::string>>{});
    words("carry_winner", &c.carry_winner);
    words("carry_recipient_later_same", &c.carry_recipient_later_same);
    {
      const nlohmann::json w = j.value("winner_cues", nlohmann::json::object());
      auto list = [&](const char* key) { return WordList(w.value(key, std::vector<std::string>{})); };
      c.winner.verbs = list("verbs");
      c.winner.verb_leads = list("verb_leads");
      c.winner.verb_objects = list("verb_objects");
      c.winner.possessed = list("possessed");
      c.winner.possessed_before_as = list("possessed_before_as");
      c.winner.of_nouns = list("of_nouns");
      c.winner.recipient_of = list("recipient_of");
      phrases(w, "after", &c.winner.after);
      phrases(w, "first_after", &c.winner.first_after);
      phrases(w, "object_phrases", &c.winner.object_phrases);
      c.winner.elect_suffix = w.value("elect_suffix", std::string());
    }
    words("date_soft_barriers", &c.date_soft_barriers);
    words("date_forward_barriers", &c.date_forward_barriers);
    words("relation_nouns", &c.relation_nouns);
    words("possessed_things", &c.possessed_things);
    words("tenure_words", &c.tenure_words);
    {
      const nlohmann::json o = j.value("occasion_dates", nlohmann::json::object());
      c.occasion_dates.prepositions = WordList(o.value("prepositions", std::vector<std::string>{}));
      c.occasion_dates.of_heads = WordList(o.value("of_heads", std::vector<std::string>{}));
      c.occasion_dates.nouns = WordList(o.value("nouns", std::vector<std::string>{}));
    }
    c.object_limits = j.value("object_limits", std::unordered_map<std::string, std::size_t>{});
    c.negated_becomes = j.value("negated_becomes", std::unordered_map<std::string, std::string>{});
    for (const std::string& id : c.echo_triggers)
      if (std::none_of(rules->triggers().begin(), rules->triggers().end(), [&](const TriggerRule& t) { return t.id == id; }))
        return err("echo_triggers names an unknown trigger", "echo_triggers");
    for (const auto& [from, to] : c.negated_becomes)
      if (!rules->Find(from) || !rules->Find(to)) return err("negated_becomes names an unknown action", "negated_becomes");
  } catch (const nlohmann::json::exception& e) {
    return err(std::string("action rules: ") + e.what());
  }
  return rules;
}

const ActionRules& ActionRules::Default(unsigned threads) {
  static const ActionRules* instance = [threads] {
    auto r = FromJson(EmbeddedData("rules/actions.json"), "rules/actions.json", threads);
    if (!r.ok()) return new ActionRules();  // the tests check the embedded rules load
    return r.value().release();
  }();
  return *instance;
}

std::vector<TriggerMatch> ActionRules::Match(std::string_view sentence) const {
  const Impl& m = *impl_;
  std::vector<TriggerMatch> out;
  // Where each pattern may begin (kEverywhere: search the whole sentence),
  // ordered by pattern then place, so that matches come out in the order the
  // suppression below has always seen them. Kept per thread: no allocation
  // per sentence.
  constexpr std::size_t kEverywhere = std::string_view::npos;
  const int n = static_cast<int>(m.group_trigger.size());  // anchor groups
  thread_local std::vector<AnchorScanner::Hit> starts;
  // Where each pattern's required literals begin, ordered by pattern then place.
  thread_local std::vector<AnchorScanner::Hit> required;
  starts.clear();
  required.clear();
  // Until the places are filtered below, `pattern` is an anchor group.
  bool by_group = true;
  if (m.anchors.Scan(sentence, &starts)) {
    // The required literals apart; places of patterns searched whole as kEverywhere.
    std::size_t kept = 0;
    for (const AnchorScanner::Hit& h : starts) {
      if (h.pattern >= n) {
        required.push_back({h.pattern - n, h.begin});
        continue;
      }
      starts[kept++] = {h.pattern, m.search_whole[h.pattern] ? kEverywhere : h.begin};
    }
    starts.resize(kept);
    for (int p : m.unanchored) starts.push_back({p, kEverywhere});
  } else {  // a character the scan cannot read (it may have stopped half-way): search every pattern
    starts.clear();
    for (std::size_t p = 0; p < m.triggers.size(); ++p) starts.push_back({static_cast<int>(p), kEverywhere});
    by_group = false;
  }
  auto by_place = [](const AnchorScanner::Hit& a, const AnchorScanner::Hit& b) {
    return a.pattern != b.pattern ? a.pattern < b.pattern : a.begin < b.begin;
  };
  auto same = [](const AnchorScanner::Hit& a, const AnchorScanner::Hit& b) {
    return a.pattern == b.pattern && a.begin == b.begin;
  };
  if (starts.empty()) return out;  // no pattern can match: most sentences of most text
  std::sort(starts.begin(), starts.end(), by_place);
  starts.erase(std::unique(starts.begin(), starts.end(), same), starts.end());
  if (by_group) {
    std::sort(required.begin(), required.end(), by_place);
    // A place with no required literal of its group at or after it within
    // the group's reach: no match can begin there. Both lists are in order,
    // so the first required literal at or after each place is found by
    // walking them together.
    std::size_t kept = 0;
    bool split = false;  // a trigger kept places of two of its groups
    int last_group = -1, last_trigger = -1;
    auto r = required.begin();
    for (const AnchorScanner::Hit& start : starts) {
      if (start.begin != kEverywhere && m.has_required[start.pattern]) {
        while (r != required.end() && by_place(*r, start)) ++r;
        if (r == required.end() || r->pattern != start.pattern) continue;
        const Impl::RequiredReach& reach = m.required_reach[start.pattern];
        if (!WithinReach(sentence, start.begin, r->begin, reach.chars, reach.words)) continue;
      }
      const int trigger = m.group_trigger[start.pattern];
      split = split || (trigger == last_trigger && start.pattern != last_group);
      last_group = start.pattern, last_trigger = trigger;
      starts[kept++] = {trigger, start.begin};
    }
    starts.resize(kept);
    // (Groups are numbered in their triggers' order, so the places stay in
    // order unless one trigger kept places of two of its groups.)
    if (split) {
      std::sort(starts.begin(), starts.end(), by_place);
      starts.erase(std::unique(starts.begin(), starts.end(), same), starts.end());
    }
  }
  if (starts.empty()) return out;
  const re2::StringPiece text(sentence.data(), sentence.size());
  re2::StringPiece found;
  int pattern = -1;
  std::size_t resume = 0;  // where the pattern's last match ended: matches do not overlap
  for (const AnchorScanner::Hit& start : starts) {
    if (start.pattern != pattern) pattern = start.pattern, resume = 0;
    const TriggerRule* rule = &m.triggers[pattern];
    if (start.begin == kEverywhere) {
      std::size_t pos = 0;
      while (pos <= sentence.size() && m.Find(pattern, text, pos, RE2::UNANCHORED, &found)) {
        std::size_t b = found.data() - sentence.data();
        std::size_t e = b + found.size();
        out.push_back({rule, b, e});
        pos = e > b ? e : e + 1;
      }
      continue;
    }
    // Every match begins with a leading literal, so the first place at or
    // after `resume` where the pattern matches is where an unanchored search
    // from `resume` would have found it.
    // (The scan succeeded, so the sentence holds no character that a literal
    // pattern's comparison of ASCII bytes would misread.)
    if (start.begin < resume) continue;
    if (const std::optional<LiteralPattern>& literal = m.literal[pattern]) {
      const std::size_t length = literal->MatchAt(sentence, start.begin);
      if (length == std::string_view::npos) continue;
      resume = start.begin + length;
    } else {
      if (!m.Find(pattern, text, start.begin, RE2::ANCHOR_START, &found)) continue;
      resume = start.begin + found.size();
    }
    out.push_back({rule, start.begin, resume});
  }
  // Suppression: a withholding match swallows the congratulation inside it.
  // Overlapping matches lie close together: sort by start and compare each
  // match only with those that begin before it ends.
  std::sort(out.begin(), out.end(), [](const TriggerMatch& a, const TriggerMatch& b) { return a.begin < b.begin; });
  std::size_t longest = 0;
  for (const TriggerMatch& t : out) longest = std::max(longest, t.end - t.begin);
  std::vector<TriggerMatch> kept;
  for (std::size_t ti = 0; ti < out.size(); ++ti) {
    const TriggerMatch& t = out[ti];
    std::size_t lo = ti, hi = ti + 1;
    while (lo > 0 && out[lo - 1].begin + longest > t.begin) --lo;
    while (hi < out.size() && out[hi].begin < t.end) ++hi;
    auto first = out.begin() + static_cast<std::ptrdiff_t>(lo), last = out.begin() + static_cast<std::ptrdiff_t>(hi);
    bool suppressed = std::any_of(first, last, [&](const TriggerMatch& o) {
      return &o != &t && o.begin < t.end && t.begin < o.end &&
             std::find(o.rule->suppresses.begin(), o.rule->suppresses.end(), t.rule->action) != o.rule->suppresses.end();
    });
    // Two rules of the same action on overlapping text: keep the longer.
    bool shadowed = std::any_of(first, last, [&](const TriggerMatch& o) {
      return &o != &t && o.rule->action == t.rule->action && o.begin <= t.begin && t.end <= o.end &&
             (o.end - o.begin > t.end - t.begin || (o.end - o.begin == t.end - t.begin && &o < &t));
    });
    if (!suppressed && !shadowed) kept.push_back(t);
  }
  std::sort(kept.begin(), kept.end(), [](const TriggerMatch& a, const TriggerMatch& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.rule->id < b.rule->id;
  });
  return kept;
}

}  // namespace diplograph::internal
