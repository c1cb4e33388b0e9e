#include "actors/actor_recognizer.h"

#include <algorithm>
#include <bit>
#include <cctype>
#include <climits>
#include <cstdint>
#include <cstring>
#include <set>
#include <tuple>
#include <unordered_set>

#include "normalize/normalizer.h"
#include "util/edit_distance.h"
#include "util/embedded_data.h"
#include "util/json_util.h"
#include "util/strings.h"
#include "util/word_table.h"

namespace diplograph::internal {
namespace {

// The folded tokens of a name as the tokenizer splits it: "People's Republic of China"
// -> People 's Republic of China.
std::vector<std::string> NameTokens(std::string_view name) {
  std::string folded = Normalizer::Default().Fold(name);
  thread_local std::vector<Token> toks;  // its room kept: tens of thousands of names at start-up
  Tokenize(folded, &toks);
  std::vector<std::string> out;
  for (const Token& t : toks) out.emplace_back(t.text(folded));
  return out;
}

// A name with a hyphen joining a capitalised syllable to a lower-case one
// ("Lee Myung-bak", "Moon Jae-in"), written as news often writes it, with a
// space and a capital instead ("Lee Myung Bak", "Moon Jae In"). Empty if the
// name has no such hyphen ("Akufo-Addo", "el-Sisi" keep theirs).
std::string SyllableVariant(std::string_view name) {
  std::string out(name);
  bool changed = false;
  for (std::size_t i = 1; i + 1 < out.size(); ++i) {
    if (out[i] != '-' || !std::isalpha(static_cast<unsigned char>(out[i - 1])) || out[i + 1] < 'a' || out[i + 1] > 'z')
      continue;
    // (The syllable before the hyphen opens with a capital: "Myung-bak", not "al-Sharaa".)
    std::size_t b = i;
    while (b > 0 && std::isalpha(static_cast<unsigned char>(out[b - 1]))) --b;
    if (out[b] < 'A' || out[b] > 'Z') continue;
    out[i] = ' ';
    out[i + 1] = static_cast<char>(out[i + 1] - 'a' + 'A');
    changed = true;
  }
  return changed ? out : std::string();
}

// "al-Sharaa", "el-Sisi", "bin-Laden": a particle, a hyphen and a capital
// letter. A name that opens so is capitalised where it counts.
bool ParticleCapital(std::string_view w) {
  const std::size_t dash = w.find('-');
  return dash != std::string_view::npos && dash > 0 && dash <= 3 && dash + 1 < w.size() && w[dash + 1] >= 'A' &&
         w[dash + 1] <= 'Z';
}

// The case of such a word's particle, all letters: "al-Sharaa" lower, "Al-Jaber"
// upper (its first letter only), anything else none.
enum class Particle { kNone, kLower, kUpper };
Particle ParticleCase(std::string_view w) {
  if (!ParticleCapital(w)) return Particle::kNone;
  const std::size_t dash = w.find('-');
  for (std::size_t k = 1; k < dash; ++k)
    if (w[k] < 'a' || w[k] > 'z') return Particle::kNone;
  if (w[0] >= 'a' && w[0] <= 'z') return Particle::kLower;
  return w[0] >= 'A' && w[0] <= 'Z' ? Particle::kUpper : Particle::kNone;
}

// A name with lower-case particles, written with them capitalised, as at the
// start of a sentence or in some house styles: "al-Jubeir" <-> "Al-Jubeir",
// "Ahmed al-Sharaa" <-> "Ahmed Al-Sharaa". Empty if the name has none (no copy
// then: every name of the lexicon is tried at start-up).
std::string ParticleCapitalVariant(std::string_view name) {
  std::string out;
  for (std::size_t b = 0; b < name.size();) {
    std::size_t e = name.find(' ', b);
    if (e == std::string_view::npos) e = name.size();
    if (ParticleCase(name.substr(b, e - b)) == Particle::kLower) {
      if (out.empty()) out = std::string(name);
      out[b] = static_cast<char>(out[b] - 'a' + 'A');
    }
    b = e + 1;
  }
  return out;
}

// A name that opens with two or more initials, written the other way: "K. P.
// Sharma Oli" <-> "K.P. Sharma Oli" (news writes both; the tokenizer splits
// them differently). Empty if the name opens with fewer than two initials.
std::string InitialsVariant(std::string_view name) {
  auto is_initial = [&](std::size_t i) {
    return i + 1 < name.size() && name[i] >= 'A' && name[i] <= 'Z' && name[i + 1] == '.';
  };
  std::string letters;
  std::size_t i = 0;
  bool spaced = false, joined = false;
  while (is_initial(i)) {
    letters.push_back(name[i]);
    i += 2;
    if (is_initial(i)) {
      joined = true;
    } else if (i + 1 < name.size() && name[i] == ' ' && is_initial(i + 1)) {
      spaced = true;
      ++i;
    }
  }
  if (letters.size() < 2 || spaced == joined || i >= name.size() || name[i] != ' ') return {};
  std::string out;
  for (char c : letters) {
    if (joined && !out.empty()) out.push_back(' ');
    out.push_back(c);
    out.push_back('.');
  }
  out.append(name.substr(i));
  return out;
}

std::string Slug(std::string_view name) {
  std::string f = AsciiLowerCopy(Normalizer::Default().Fold(name));
  std::string out;
  for (char c : f) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out.push_back(c);
    else if (!out.empty() && out.back() != '_') out.push_back('_');
  }
  while (!out.empty() && out.back() == '_') out.pop_back();
  return out;
}

// The bytes a string holds, as a set of 64 classes (byte mod 64; letters
// and space fall in distinct classes).
std::uint64_t ByteSet(std::string_view s) {
  std::uint64_t set = 0;
  for (char c : s) set |= std::uint64_t{1} << (static_cast<unsigned char>(c) & 63);
  return set;
}

// A lower bound of the edit distance of two strings from their ByteSets: a
// class only one of them holds needs an edit of its own on that side (one
// edit removes at most one byte and adds at most one), so the distance is at
// least the larger count of such classes. Far cheaper than EditDistance, it
// rules out most candidate names.
std::size_t ByteSetDistance(std::uint64_t a, std::uint64_t b) {
  return static_cast<std::size_t>(std::max(std::popcount(a & ~b), std::popcount(b & ~a)));
}

// Orders fuzzy keys, and (token count, first letter, length) triples among them.
struct FuzzyOrder {
  using Key = std::tuple<std::size_t, char, std::size_t>;
  template <typename F>
  static Key KeyOf(const F& f) { return {f.ntoks, f.key[0], f.key.size()}; }
  static Key KeyOf(const Key& k) { return k; }
  template <typename A, typename B>
  bool operator()(const A& a, const B& b) const { return KeyOf(a) < KeyOf(b); }
};

// The lexicon rarely records the weeks between election and inauguration:
// the president-elect is whoever takes office as president within 80 days
// (unless the lexicon dates their time as president-elect itself).
// `presidents`: the people who were ever president of `country` (or null: nobody).
const LexiconEntry* IncomingPresident(const Lexicon& lex, const std::vector<std::size_t>* presidents,
                                      const std::string& country, const CivilDate& date) {
  const LexiconEntry* found = nullptr;
  if (!presidents) return nullptr;
  for (std::size_t index : *presidents) {
    const LexiconEntry& e = lex.entries()[index];
    bool dated_elect = std::any_of(e.roles.begin(), e.roles.end(), [&](const LexiconRole& r) {
      return r.role == "president_elect" && r.country == country;
    });
    if (dated_elect) continue;
    for (const LexiconRole& r : e.roles) {
      if (r.role != "president" || r.country != country || !r.from) continue;
      long long d = r.from->ToDays() - date.ToDays();
      if (d > 0 && d <= 80) {
        if (found && found != &e) return nullptr;
        found = &e;
      }
    }
  }
  return found;
}

// A lexicon name (or country adjective) by its tokens, and a title.
// `ids`: the vocabulary id of each token's lower-cased form (set once the
// tables are complete), compared before the token itself.
struct NameCand {
  std::vector<std::string> toks;  // folded, case kept
  std::size_t entry;
  MentionVia via;
  std::vector<std::uint32_t> ids = {};
};
struct TitleCand {
  std::vector<std::string> toks;  // lower case
  std::string role;               // role id; "" = generic ("counterpart"); "@leader"
  // The people the lexicon names with this title ("Emperor Naruhito"), or
  // nullptr (points into title_holders, set once it is built).
  const std::vector<std::size_t>* holders = nullptr;
  // (A token with a capital, which no lower-cased word equals, has kNeverId.)
  std::vector<std::uint32_t> ids = {};
};
// An id no token has (tokens have vocabulary ids or WordTable::kNone).
constexpr std::uint32_t kNeverId = WordTable::kNone - 1;
// Everything the rules ask about one word, found with one lookup per token:
// by the accent-folded form (case kept) and by the lower-cased form.
enum WordFlag : unsigned {
  kDeterminer = 1, kHonorific = 2, kNonName = 4,                     // folded
  kModifier = 8, kBlocker = 16, kTitleWord = 32, kElectionFirst = 64,  // lower-cased
  kWinnerFirst = 128, kImpliedFirst = 256,                           // lower-cased
  kSurnameBlocker = 512, kNameParticle = 1024,                       // folded
  kRoleTitleFirst = 2048, kWinnerSecond = 4096,                     // lower-cased
  kSurnameParticle = 8192,                                           // folded
  kPlaceWord = 16384, kRegimeNoun = 32768, kKinNoun = 65536,        // lower-cased
  kCityVisitWord = 131072                                            // lower-cased
};
// What LongestIn may skip in a bucket: the vocabulary ids of the second words
// of its candidates of two words or more, as a set of 64 classes (id mod 64),
// and where its one-word candidates begin (sorted longest first, they come
// last; the bucket's size: none). A token whose next word is in no class can
// only be the first one-word candidate.
struct Shortcut {
  std::uint64_t seconds = 0;
  std::size_t first_single = 0;
};
struct WordInfo {
  const std::vector<NameCand>* names = nullptr;       // folded: entries whose name starts here
  const std::vector<NameCand>* adjectives = nullptr;  // folded
  const std::vector<TitleCand>* titles = nullptr;     // lower-cased
  unsigned flags = 0;
  Shortcut names_cut, adjectives_cut, titles_cut;  // of the three buckets
};
// Why a word may make a sentence worth the rules (Impl::anchor_bits), by its
// lower-cased form: it is the first word of a name or a country adjective
// spelt with a capital first (only where the text's word opens with one) or
// otherwise, or a title that implies its country or its holder (any day);
// the first word of a title whose role a person the article named may hold
// (only with a date and someone named); the first or the second word of "the
// winner" (only with a date, and the second only after a first).
enum AnchorBit : std::uint8_t {
  kAnchorLexical = 1, kAnchorCapital = 2, kAnchorRoleTitle = 4, kAnchorWinnerFirst = 8, kAnchorWinnerSecond = 16
};
static_assert(kAnchorWinnerSecond == kAnchorWinnerFirst << 1, "the screen shifts the word before's bit onto the next's");
// The folded and the lower-cased entries of one lower-cased word ("the": the
// lower-cased entry, and the folded ones of "the" and "The"), so that a token
// costs one hash lookup.
struct WordSpellings {
  const WordInfo* lower = nullptr;
  std::vector<std::pair<std::string_view, const WordInfo*>> folded;  // keys of folded_words
};

}  // namespace

struct ActorRecognizer::Impl {
  const Lexicon* lex = nullptr;
  using NameCand = internal::NameCand;
  using TitleCand = internal::TitleCand;
  using WordInfo = internal::WordInfo;
  StringMap<std::vector<NameCand>> names;       // by first token
  StringMap<std::vector<NameCand>> adjectives;  // country adjectives
  StringMap<std::vector<TitleCand>> titles;
  StringMap<std::vector<std::size_t>> shorts;  // short name -> people
  StringMap<std::string> implied_country;      // "pope" -> "VAT"
  // A title -> the people the lexicon names with it and holding its role
  // ("emperor" -> Emperor Akihito, Emperor Naruhito): "the emperor" alone is
  // whichever of them holds the role on the day, when exactly one does.
  StringMap<std::vector<std::size_t>> title_holders;
  std::vector<std::vector<std::string>> winner_phrases;              // lower case
  // Generic titles that name, in the country before them, the holder of the
  // office of the last person named ("his Chinese counterpart", "his Uzbek host").
  std::vector<std::string> counterpart_titles;
  // Places whose name holds a country's ("Latin America"): lower case. A
  // country mention that ends one of them is no mention.
  std::vector<std::vector<std::string>> place_names;
  std::vector<std::vector<std::string>> election_words;              // lower case
  // Country -> the people who were ever its president, in lexicon order (for
  // a president-elect the lexicon does not date).
  StringMap<std::vector<std::size_t>> presidents;
  const std::vector<std::size_t>* PresidentsOf(std::string_view country) const {
    auto it = presidents.find(country);
    return it == presidents.end() ? nullptr : &it->second;
  }
  // The president-elect of `country` on `date`: as the lexicon dates it, or
  // else whoever takes office within the weeks after (IncomingPresident).
  const LexiconEntry* PresidentElect(const std::string& country, const CivilDate& date) const {
    if (const LexiconEntry* e = lex->HolderOf("president_elect", country, date)) return e;
    return IncomingPresident(*lex, PresidentsOf(country), country, date);
  }
  // Every word the rules know, by folded and by lower-cased form (WordInfo
  // points into the tables above: built last).
  StringMap<WordInfo> folded_words, lower_words;
  // Both, by the id of the lower-cased form in `vocabulary` (built from them
  // once they are complete). The vocabulary also holds every word of every
  // name, adjective and title (their NameCand/TitleCand ids), with no spellings.
  WordTable vocabulary;
  std::vector<WordSpellings> spellings;
  // Per vocabulary id + 1 (0: a word the vocabulary does not hold), why a
  // sentence holding the word may need the rules (AnchorBits): a cheap screen
  // before the per-token records are built.
  std::vector<std::uint8_t> anchor_bits;
  // Whether a winner phrase has a single word (else its second word is flagged kWinnerSecond).
  bool one_word_winner = false;
  struct Fuzzy {
    std::string key;  // lower folded, tokens joined by one space
    std::size_t entry;
    std::size_t ntoks;
    std::uint64_t bytes;  // ByteSet(key)
  };
  std::vector<Fuzzy> fuzzy;
  std::size_t fuzzy_min_tokens = 2, fuzzy_max_tokens = 4, fuzzy_chars_per_edit = 6, fuzzy_min_chars = 8;
  long long grace_days = 730;
  std::vector<std::string> bare_title_roles;  // roles whose title alone names a person the article named
  // "His Highness received a phone call from ...": an honorific standing alone
  // (its lower-case words) and the roles of the people it can name.
  struct HonorificTitle {
    std::vector<std::string> words;
    std::vector<std::string> roles;
  };
  std::vector<HonorificTitle> honorific_titles;
  // "the presidents of Latvia, Lithuania and Estonia": a plural title (its
  // lower-case words) and the role each listed state's holder has ("@leader":
  // the state's leading office).
  struct PluralTitle {
    std::vector<std::string> words;
    std::string role;
  };
  std::vector<PluralTitle> plural_titles;
  long long new_office_days = 365;  // "the new president": in office since at most this many days

  // In office on `date`, or until shortly before it: who a bare surname can
  // mean when the article has not named anyone of that surname in full.
  // Per entry, the days on which each role counts as recent: from a year
  // before it began (the elect) to grace_days after it ended.
  std::vector<std::vector<std::pair<long long, long long>>> recent_windows;
  // `day`: the date's ToDays(), computed once per sentence by the caller.
  bool RecentlyActive(std::size_t entry, const std::optional<long long>& day) const {
    if (!day) return true;
    for (const auto& [first, last] : recent_windows[entry])
      if (first <= *day && *day <= last) return true;
    return false;
  }
  void ComputeRecentWindows() {
    recent_windows.assign(lex->entries().size(), {});
    for (std::size_t i = 0; i < lex->entries().size(); ++i)
      for (const LexiconRole& r : lex->entries()[i].roles)
        recent_windows[i].emplace_back(r.from ? r.from->ToDays() - 366 : LLONG_MIN,
                                       r.to ? r.to->ToDays() + grace_days : LLONG_MAX);
  }

  const LexiconEntry& E(std::size_t i) const { return lex->entries()[i]; }
  // Per entry: its short names, accent-folded (remembered at every mention of
  // the person in full).
  std::vector<std::vector<std::string>> folded_shorts;

  static bool OpensWithThe(std::string_view name) { return name.substr(0, 4) == "the " || name.substr(0, 4) == "The "; }
  void AddName(std::string_view name, std::size_t entry, MentionVia via) {
    std::string_view n = name;
    if (OpensWithThe(n)) n.remove_prefix(4);
    AddNameTokens(NameTokens(n), entry, via);
  }
  // `toks`: NameTokens of a name that does not open with "the".
  void AddNameTokens(std::vector<std::string> toks, std::size_t entry, MentionVia via) {
    if (toks.empty()) return;
    auto& v = names[toks[0]];
    for (const auto& c : v)
      if (c.toks == toks && c.entry == entry) return;
    v.push_back({std::move(toks), entry, via});
  }
};

ActorRecognizer::ActorRecognizer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
ActorRecognizer::~ActorRecognizer() = default;
const Lexicon& ActorRecognizer::lexicon() const { return *impl_->lex; }
const WordTable& ActorRecognizer::vocabulary() const { return impl_->vocabulary; }

std::string ActorRecognizer::GenderOf(std::string_view actor) const {
  const LexiconEntry* e = impl_->lex->Find(actor);
  return e ? e->gender : std::string();
}

std::string ActorRecognizer::AddUnknownPerson(std::string_view name, std::string_view country, ArticleMemory* memory) const {
  NewActor na{"new:" + Slug(name), std::string(name), "", std::string(country)};
  auto known = std::find_if(memory->new_actors.begin(), memory->new_actors.end(),
                            [&](const NewActor& x) { return x.id == na.id; });
  if (known != memory->new_actors.end()) return known->id;
  const std::vector<std::string> words = NameTokens(name);
  if (words.empty()) return {};
  // "Seguro" in the headline, "Antonio Jose Seguro" in the lead: one person,
  // under the first id, named in full.
  if (auto it = memory->short_to_actor.find(words.back()); it != memory->short_to_actor.end())
    for (NewActor& x : memory->new_actors)
      if (x.id == it->second && x.role.empty()) {
        if (name.size() > x.name.size()) x.name = std::string(name);
        return x.id;
      }
  memory->short_to_actor[words.back()] = na.id;
  memory->new_actors.push_back(na);
  return na.id;
}

Result<std::unique_ptr<ActorRecognizer>> ActorRecognizer::Create(const Lexicon& lexicon) {
  auto impl = std::make_unique<Impl>();
  impl->lex = &lexicon;
  std::string_view rules_text = EmbeddedData("rules/actors.json");
  Result<nlohmann::json> rules = ParseJson(rules_text, "rules/actors.json");
  if (!rules.ok()) return rules.status();
  std::map<std::string, std::vector<std::string>> rule_words;  // word lists, flagged in folded_words/lower_words
  try {
    auto words = [&](const char* key, bool lower) {
      for (const auto& w : rules->value(key, nlohmann::json::array()))
        rule_words[key].push_back(lower ? AsciiLowerCopy(w.get<std::string>()) : w.get<std::string>());
    };
    words("honorifics", false);
    words("title_blockers", true);
    words("determiners", false);
    words("non_name_words", false);
    words("surname_blocking_articles", false);
    words("name_particles", false);
    words("surname_particles", false);
    words("title_modifiers", true);
    words("place_words", true);
    words("regime_nouns", true);
    words("kin_nouns", true);
    words("city_visit_words", true);
    for (const auto& t : rules->value("counterpart_titles", nlohmann::json::array()))
      impl->counterpart_titles.push_back(AsciiLowerCopy(t.get<std::string>()));
    for (const auto& t : rules->value("leader_titles", nlohmann::json::array())) {
      auto toks = NameTokens(AsciiLowerCopy(t.get<std::string>()));
      impl->titles[toks[0]].push_back({toks, "@leader"});
    }
    for (const auto& t : rules->value("generic_titles", nlohmann::json::array())) {
      auto toks = NameTokens(AsciiLowerCopy(t.get<std::string>()));
      impl->titles[toks[0]].push_back({toks, ""});
    }
    for (const auto& t : rules->value("place_names", nlohmann::json::array()))
      if (auto w = NameTokens(AsciiLowerCopy(t.get<std::string>())); w.size() >= 2) impl->place_names.push_back(std::move(w));
    for (const auto& t : rules->value("winner_phrases", nlohmann::json::array()))
      if (auto w = NameTokens(AsciiLowerCopy(t.get<std::string>())); !w.empty()) impl->winner_phrases.push_back(std::move(w));
    for (const auto& t : rules->value("election_words", nlohmann::json::array()))
      impl->election_words.push_back(NameTokens(AsciiLowerCopy(t.get<std::string>())));
    if (rules->contains("fuzzy")) {
      const auto& f = (*rules)["fuzzy"];
      impl->fuzzy_min_tokens = f.value("min_tokens", 2);
      impl->fuzzy_max_tokens = f.value("max_tokens", 4);
      impl->fuzzy_chars_per_edit = f.value("max_distance_per_chars", 6);
      impl->fuzzy_min_chars = f.value("min_chars", 8);
    }
    impl->grace_days = rules->value("short_name_grace_days", 730);
    impl->new_office_days = rules->value("new_office_days", 365);
    for (const auto& r : rules->value("bare_title_roles", nlohmann::json::array()))
      impl->bare_title_roles.push_back(r.get<std::string>());
    for (const auto& t : rules->value("plural_titles", nlohmann::json::array())) {
      Impl::PluralTitle pt;
      pt.words = SplitWords(AsciiLowerCopy(t.at("words").get<std::string>()));
      pt.role = t.at("role").get<std::string>();
      if (!pt.words.empty()) impl->plural_titles.push_back(std::move(pt));
    }
    for (const auto& h : rules->value("honorific_titles", nlohmann::json::array())) {
      Impl::HonorificTitle t;
      t.words = SplitWords(AsciiLowerCopy(h.at("words").get<std::string>()));
      t.roles = h.at("roles").get<std::vector<std::string>>();
      if (!t.words.empty()) impl->honorific_titles.push_back(std::move(t));
    }
    const nlohmann::json implied = rules->value("implied_country_titles", nlohmann::json::object());
    for (const auto& [t, c] : implied.items()) impl->implied_country[AsciiLowerCopy(t)] = c.get<std::string>();
  } catch (const nlohmann::json::exception& e) {
    return Status(StatusCode::kParseError, std::string("actor rules: ") + e.what(), {"rules/actors.json"});
  }
  for (const RoleDefinition& r : lexicon.roles()) {
    for (const auto& t : r.titles) {
      auto toks = NameTokens(AsciiLowerCopy(t));
      if (!toks.empty()) impl->titles[toks[0]].push_back({toks, r.id});
    }
  }
  const auto& entries = lexicon.entries();
  // The names and adjectives of countries, as tokens: a national body's alias
  // that opens with one ("Brazil's Foreign Ministry", "Chinese Foreign
  // Ministry") is also matched with the rest in lower case ("Brazil's foreign
  // ministry said"), as news writes it.
  std::set<std::vector<std::string>> country_words;
  for (const LexiconEntry& e : entries) {
    if (e.kind != ActorKind::kCountry) continue;
    country_words.insert(NameTokens(e.name));
    for (const auto& a : e.aliases) country_words.insert(NameTokens(a));
    for (const auto& a : e.adjectives) country_words.insert(NameTokens(a));
  }
  auto lower_after_country = [&](const std::string& alias) {
    std::vector<std::string> toks = NameTokens(alias);
    std::size_t k = 0;
    for (std::size_t n = std::min<std::size_t>(toks.size(), 4); n > 0 && k == 0; --n)
      if (country_words.count(std::vector<std::string>(toks.begin(), toks.begin() + n))) k = n;
    if (k == 0 || k >= toks.size()) return std::vector<std::string>{};
    if (toks[k] == "'s") ++k;
    bool changed = false;
    for (std::size_t q = k; q < toks.size(); ++q) {
      std::string low = AsciiLowerCopy(toks[q]);
      changed = changed || low != toks[q];
      toks[q] = std::move(low);
    }
    return changed ? toks : std::vector<std::string>{};
  };
  impl->folded_shorts.resize(entries.size());
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const LexiconEntry& e = entries[i];
    for (const auto& sn : e.short_names) impl->folded_shorts[i].push_back(Normalizer::Default().Fold(sn));
    for (const auto& sn : e.article_short_names) impl->folded_shorts[i].push_back(Normalizer::Default().Fold(sn));
    switch (e.kind) {
      case ActorKind::kPerson: {
        for (const LexiconRole& r : e.roles) {
          if (r.role != "president" || r.country.empty()) continue;
          auto& v = impl->presidents[r.country];
          if (v.empty() || v.back() != i) v.push_back(i);
        }
        auto add_fuzzy = [&](const std::vector<std::string>& toks) {
          if (toks.size() < impl->fuzzy_min_tokens) return;
          std::string key;
          for (const auto& t : toks) {
            if (!key.empty()) key += ' ';
            key += AsciiLowerCopy(t);
          }
          impl->fuzzy.push_back({key, i, toks.size(), ByteSet(key)});
        };
        // A name, alias or short name is both a name and a fuzzy key: tokenised
        // once for both (tokenising names is half of the recogniser's start-up),
        // unless it opens with "the", which only the name drops.
        auto add_name_and_fuzzy = [&](const std::string& n, MentionVia via) {
          std::vector<std::string> toks = NameTokens(n);
          add_fuzzy(toks);
          if (Impl::OpensWithThe(n)) impl->AddName(n, i, via);
          else impl->AddNameTokens(std::move(toks), i, via);
        };
        add_name_and_fuzzy(e.name, MentionVia::kName);
        for (const auto& a : e.aliases) add_name_and_fuzzy(a, MentionVia::kName);
        // ("K. P. Sharma Oli" is found as "K.P. Sharma Oli" too, and the other way.)
        if (e.kind == ActorKind::kPerson) {
          if (std::string v = InitialsVariant(e.name); !v.empty()) impl->AddName(v, i, MentionVia::kName);
          for (const auto& a : e.aliases)
            if (std::string v = InitialsVariant(a); !v.empty()) impl->AddName(v, i, MentionVia::kName);
          // ("Lee Myung-bak" is found as "Lee Myung Bak" too.)
          if (std::string v = SyllableVariant(e.name); !v.empty()) impl->AddName(v, i, MentionVia::kName);
          for (const auto& a : e.aliases)
            if (std::string v = SyllableVariant(a); !v.empty()) impl->AddName(v, i, MentionVia::kName);
          // ("al-Jubeir" is found as "Al-Jubeir" too, as a sentence opens, and
          // "Ahmed al-Sharaa" as "Ahmed Al-Sharaa".)
          if (std::string v = ParticleCapitalVariant(e.name); !v.empty()) impl->AddName(v, i, MentionVia::kName);
          for (const auto& a : e.aliases)
            if (std::string v = ParticleCapitalVariant(a); !v.empty()) impl->AddName(v, i, MentionVia::kName);
          for (const auto& a : e.short_names)
            if (std::string v = ParticleCapitalVariant(a); !v.empty()) impl->AddName(v, i, MentionVia::kShort);
          for (const auto& a : e.article_short_names)
            if (std::string v = ParticleCapitalVariant(a); !v.empty()) impl->AddName(v, i, MentionVia::kShort);
        }
        for (std::size_t k = 0; k < e.short_names.size(); ++k) {
          add_name_and_fuzzy(e.short_names[k], MentionVia::kShort);
          auto& v = impl->shorts[impl->folded_shorts[i][k]];
          if (std::find(v.begin(), v.end(), i) == v.end()) v.push_back(i);
        }
        // Remembered when the person is named in full, never resolved alone.
        for (const auto& sn : e.article_short_names) impl->AddName(sn, i, MentionVia::kShort);
        break;
      }
      case ActorKind::kCountry: {
        impl->AddName(e.name, i, MentionVia::kCountry);
        for (const auto& a : e.aliases) impl->AddName(a, i, MentionVia::kCountry);
        for (const auto& c : e.capitals) impl->AddName(c, i, MentionVia::kCapital);
        for (const auto& c : e.cities) impl->AddName(c, i, MentionVia::kCity);
        for (const auto& a : e.adjectives) {
          auto toks = NameTokens(a);
          if (!toks.empty()) impl->adjectives[toks[0]].push_back({toks, i, MentionVia::kCountry});
        }
        break;
      }
      case ActorKind::kOrganization: {
        impl->AddName(e.name, i, MentionVia::kOrganization);
        for (const auto& a : e.aliases) impl->AddName(a, i, MentionVia::kOrganization);
        if (!e.country.empty())
          for (const auto& a : e.aliases)
            if (std::vector<std::string> low = lower_after_country(a); !low.empty()) {
              auto& v = impl->names[low[0]];
              if (std::none_of(v.begin(), v.end(), [&](const NameCand& c) { return c.toks == low && c.entry == i; }))
                v.push_back({std::move(low), i, MentionVia::kOrganization});
            }
        break;
      }
    }
  }
  // People named with a title of a role they hold ("Emperor Naruhito").
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const LexiconEntry& e = entries[i];
    if (e.kind != ActorKind::kPerson) continue;
    auto consider = [&](const std::string& name) {
      auto toks = NameTokens(AsciiLowerCopy(name));
      if (toks.size() < 2) return;
      auto bucket = impl->titles.find(toks[0]);
      if (bucket == impl->titles.end()) return;
      for (const Impl::TitleCand& t : bucket->second) {
        if (t.role.empty() || t.toks.size() >= toks.size() || !std::equal(t.toks.begin(), t.toks.end(), toks.begin()))
          continue;
        if (std::none_of(e.roles.begin(), e.roles.end(), [&](const LexiconRole& r) { return r.role == t.role; })) continue;
        std::string joined;
        for (const std::string& w : t.toks) (joined += joined.empty() ? "" : " ") += w;
        auto& v = impl->title_holders[joined];
        if (std::find(v.begin(), v.end(), i) == v.end()) v.push_back(i);
      }
    };
    consider(e.name);
    for (const auto& a : e.aliases) consider(a);
  }
  // Longest first (stable: among equal lengths, the first added wins), so a
  // bucket's first match is its longest.
  auto longest_first = [](auto& index) {
    for (auto& [first, bucket] : index)
      std::stable_sort(bucket.begin(), bucket.end(),
                       [](const auto& a, const auto& b) { return a.toks.size() > b.toks.size(); });
  };
  // Fuzzy keys grouped by token count and first letter, the two things a
  // candidate must share with the text, and by length within a group, which
  // must be within the distance limit of the text's (looked up with
  // lower_bound; the order among candidates decides nothing: see rule E).
  std::stable_sort(impl->fuzzy.begin(), impl->fuzzy.end(), FuzzyOrder());
  longest_first(impl->names);
  longest_first(impl->adjectives);
  longest_first(impl->titles);
  Impl& m = *impl;
  m.ComputeRecentWindows();
  for (auto& [w, bucket] : m.names) m.folded_words[w].names = &bucket;
  for (auto& [w, bucket] : m.adjectives) m.folded_words[w].adjectives = &bucket;
  for (auto& [w, bucket] : m.titles) m.lower_words[w].titles = &bucket;
  for (auto& [w, bucket] : m.titles)
    for (auto& t : bucket) {
      std::string joined;
      for (const std::string& tw : t.toks) (joined += joined.empty() ? "" : " ") += tw;
      if (auto th = m.title_holders.find(joined); th != m.title_holders.end()) t.holders = &th->second;
    }
  auto flag = [](StringMap<WordInfo>* words, const std::vector<std::string>& list, unsigned f) {
    for (const std::string& w : list) (*words)[w].flags |= f;
  };
  flag(&m.folded_words, rule_words["determiners"], kDeterminer);
  flag(&m.folded_words, rule_words["honorifics"], kHonorific);
  flag(&m.folded_words, rule_words["non_name_words"], kNonName);
  flag(&m.folded_words, rule_words["surname_blocking_articles"], kSurnameBlocker);
  flag(&m.folded_words, rule_words["name_particles"], kNameParticle);
  flag(&m.folded_words, rule_words["surname_particles"], kSurnameParticle);
  flag(&m.lower_words, rule_words["place_words"], kPlaceWord);
  flag(&m.lower_words, rule_words["city_visit_words"], kCityVisitWord);
  flag(&m.lower_words, rule_words["regime_nouns"], kRegimeNoun);
  flag(&m.lower_words, rule_words["kin_nouns"], kKinNoun);
  // (A modifier of several words, "newly sworn-in", flags each: the title
  // search steps over modifiers one word at a time.)
  for (const std::string& w : rule_words["title_modifiers"])
    for (const std::string& word : SplitWords(w)) m.lower_words[word].flags |= kModifier;
  flag(&m.lower_words, rule_words["title_blockers"], kBlocker);
  std::vector<std::string> title_words, election_first, winner_first, implied_first, role_first;
  for (const auto& [first, bucket] : m.titles)
    for (const auto& t : bucket) {
      title_words.insert(title_words.end(), t.toks.begin(), t.toks.end());
      if (std::find(m.bare_title_roles.begin(), m.bare_title_roles.end(), t.role) != m.bare_title_roles.end())
        role_first.push_back(t.toks[0]);
      std::string joined;
      for (const std::string& w : t.toks) (joined += joined.empty() ? "" : " ") += w;
      if (m.implied_country.count(joined) || m.title_holders.count(joined)) implied_first.push_back(t.toks[0]);
    }
  for (const auto& ew : m.election_words)
    if (!ew.empty()) election_first.push_back(ew[0]);
  flag(&m.lower_words, title_words, kTitleWord);
  flag(&m.lower_words, election_first, kElectionFirst);
  std::vector<std::string> winner_second;
  for (const auto& w : m.winner_phrases) {
    winner_first.push_back(w[0]);
    if (w.size() == 1) m.one_word_winner = true;
    else winner_second.push_back(w[1]);
  }
  flag(&m.lower_words, winner_first, kWinnerFirst);
  flag(&m.lower_words, winner_second, kWinnerSecond);
  flag(&m.lower_words, implied_first, kImpliedFirst);
  flag(&m.lower_words, role_first, kRoleTitleFirst);
  // A lower-cased key with a capital could never be looked up (the text's
  // form is lower-cased too); every folded key is found under its lower-cased form.
  auto spellings_of = [&](const std::string& lower) -> WordSpellings& {
    const std::uint32_t id = m.vocabulary.Add(lower);
    if (id >= m.spellings.size()) m.spellings.resize(id + 1);
    return m.spellings[id];
  };
  for (const auto& [w, info] : m.lower_words)
    if (AsciiLowerCopy(w) == w) spellings_of(w).lower = &info;
  for (const auto& [w, info] : m.folded_words) spellings_of(AsciiLowerCopy(w)).folded.emplace_back(w, &info);
  std::string low;
  auto set_ids = [&](auto& index, bool exact) {
    for (auto& [first, bucket] : index)
      for (auto& c : bucket) {
        c.ids.resize(c.toks.size());
        for (std::size_t k = 0; k < c.toks.size(); ++k) {
          AsciiLowerInto(c.toks[k], &low);
          c.ids[k] = exact && low != c.toks[k] ? kNeverId : m.vocabulary.Add(low);
        }
      }
  };
  set_ids(m.names, false);
  set_ids(m.adjectives, false);
  set_ids(m.titles, true);
  auto shortcut = [](const auto* bucket) {
    Shortcut cut;
    if (!bucket) return cut;
    cut.first_single = bucket->size();
    for (std::size_t k = 0; k < bucket->size(); ++k) {
      const auto& c = (*bucket)[k];
      if (c.ids.size() >= 2) cut.seconds |= std::uint64_t{1} << (c.ids[1] & 63);
      else if (cut.first_single == bucket->size()) cut.first_single = k;
    }
    return cut;
  };
  for (auto* words : {&m.folded_words, &m.lower_words})
    for (auto& [w, info] : *words) {
      info.names_cut = shortcut(info.names);
      info.adjectives_cut = shortcut(info.adjectives);
      info.titles_cut = shortcut(info.titles);
    }
  m.spellings.resize(m.vocabulary.size());
  m.anchor_bits.assign(m.spellings.size() + 1, 0);
  for (std::size_t id = 0; id < m.spellings.size(); ++id) {
    const WordSpellings& sp = m.spellings[id];
    std::uint8_t bits = 0;
    if (sp.lower) {
      const unsigned f = sp.lower->flags;
      if (f & kImpliedFirst) bits |= kAnchorLexical;
      if (f & kRoleTitleFirst) bits |= kAnchorRoleTitle;
      if (f & kWinnerFirst) bits |= kAnchorWinnerFirst;
      if (f & kWinnerSecond) bits |= kAnchorWinnerSecond;
    }
    for (const auto& [spelling, info] : sp.folded)
      if (info->names || info->adjectives)
        bits |= !spelling.empty() && spelling[0] >= 'A' && spelling[0] <= 'Z' ? kAnchorCapital : kAnchorLexical;
    m.anchor_bits[id + 1] = bits;
  }
  return std::unique_ptr<ActorRecognizer>(new ActorRecognizer(std::move(impl)));
}

namespace {

// Whether the sizeof(Word) bytes at p and at q are the same, in one read each.
template <typename Word>
bool SameBytes(const char* p, const char* q) {
  Word x, y;
  std::memcpy(&x, p, sizeof x);
  std::memcpy(&y, q, sizeof y);
  return x == y;
}

// a == b for words: they are a few bytes long, and fixed-size reads cost
// less than the call to memcmp that operator== makes (or than a byte loop):
// eight bytes at a time, the last eight overlapping the others; below eight,
// the first four and the last four.
// (Always inlined: as a call it costs more than the compare, and the compiler
// stopped inlining it where the records are built.)
[[gnu::always_inline]] inline bool SameWord(std::string_view a, std::string_view b) {
  const std::size_t n = a.size();
  if (n != b.size()) return false;
  const char* p = a.data();
  const char* q = b.data();
  if (n >= 8) {
    for (std::size_t k = 0; k + 8 < n; k += 8)
      if (!SameBytes<std::uint64_t>(p + k, q + k)) return false;
    return SameBytes<std::uint64_t>(p + n - 8, q + n - 8);
  }
  if (n >= 4) return SameBytes<std::uint32_t>(p, q) && SameBytes<std::uint32_t>(p + n - 4, q + n - 4);
  for (std::size_t k = 0; k < n; ++k)
    if (p[k] != q[k]) return false;
  return true;
}

// The longest candidate of `bucket` (the lexicon entries whose first token is
// toks[i]) that matches toks from i on. Buckets are sorted longest first, so
// the first match is the answer. `ids`: the tokens' vocabulary ids, equal
// wherever the lower-cased words are; `kCase`: the words must also be equal
// as they are in `toks` (names), not only lower-cased (titles).
// `cut`: the bucket's Shortcut.
template <bool kCase, typename Cand, typename Texts>
const Cand* LongestIn(const std::vector<Cand>* bucket, const Shortcut& cut, const std::vector<std::uint32_t>& ids,
                      const Texts& toks, std::size_t i) {
  if (!bucket) return nullptr;
  if (i + 1 >= ids.size() || !((cut.seconds >> (ids[i + 1] & 63)) & 1))
    return cut.first_single < bucket->size() ? &(*bucket)[cut.first_single] : nullptr;
  for (const Cand& c : *bucket) {
    const std::size_t len = c.ids.size();
    if (i + len > ids.size()) continue;
    bool ok = true;
    for (std::size_t k = 1; k < len && ok; ++k) ok = ids[i + k] == c.ids[k] && (!kCase || SameWord(toks[i + k], c.toks[k]));
    if (ok) return &c;
  }
  return nullptr;
}

// The texts of a sentence's tokens, each made when asked (most are never
// asked for): an unaccented token's bytes in `base` (the sentence, or its
// lower-cased copy); when some token has accents, every token's text in `views`.
class TokenTexts {
 public:
  std::string_view operator[](std::size_t i) const {
    if (views_) return views_[i];
    return std::string_view(base_ + tok_[i].begin, tok_[i].end - tok_[i].begin);
  }
  void Set(const Token* tok, const char* base, const std::string_view* views) {
    tok_ = tok;
    base_ = base;
    views_ = views;
  }

 private:
  const Token* tok_ = nullptr;
  const char* base_ = nullptr;
  const std::string_view* views_ = nullptr;
};

struct SentenceView {
  std::string_view text;
  const std::vector<Token>* toks;
  TokenTexts folded;  // accent-folded, case kept
  TokenTexts lower;   // folded and lower-cased
  std::vector<std::uint32_t> ids;        // of `lower` in the vocabulary (or WordTable::kNone)
  // What the lexicon and the rules know of a token, in one record (written
  // once per token, read by every rule).
  struct Known {
    // The WordFlags of the folded and of the lower-cased form in one word (the
    // two forms' flags are distinct bits).
    unsigned flags = 0;
    // The longest lexicon name, country adjective and title starting at the
    // token (or null): the rules ask about the same positions many times.
    const NameCand* name = nullptr;
    const NameCand* adjective = nullptr;
    const TitleCand* title = nullptr;
  };
  std::vector<Known> known;
  // Some token begins a name or a country adjective, or is a title that
  // implies its country: the anchors HasAnchor() looks for that depend on the
  // lexicon alone, found here at no extra lookup.
  bool lexical_anchor = false;
  // (Kept, not computed: a vector's size divides by the element's size, and
  // every rule's bounds check asks for it.)
  std::size_t size() const { return n_; }
  bool Folded(std::size_t i, unsigned flag) const { return i < size() && (known[i].flags & flag); }
  bool Lower(std::size_t i, unsigned flag) const { return i < size() && (known[i].flags & flag); }
  bool Word(std::size_t i) const { return i < size() && (*toks)[i].word; }
  bool Cap(std::size_t i) const { return i < size() && (*toks)[i].cap; }

  // What Build's screen is told of the article and the rules: which
  // AnchorBits count by themselves (`need`; kAnchorCapital only at a word
  // that opens with a capital), whether kAnchorWinnerSecond counts after a
  // word with kAnchorWinnerFirst (`after_first`), whether a capitalised word
  // may begin a mention by itself (`caps`: the article has two-word short
  // forms or introduced someone the lexicon does not know), and from how many
  // capitalised words in a row the misspelt-name rule may apply (`fuzzy_run`;
  // SIZE_MAX: never).
  struct Screen {
    unsigned need = 0;
    bool after_first = false;
    bool caps = false;
    std::size_t fuzzy_run = SIZE_MAX;
  };

  // Builds the views and ids without a string per token: an ASCII token is a
  // view into the sentence (and into one lower-cased copy of it); the few
  // tokens with accents are folded into a side buffer. Reuse one view to reuse
  // its buffers. On the way, a screen at the cost of a bit test per token:
  // false when no rule of Recognize() can find a mention in the sentence
  // (no word that may begin an anchor, see HasAnchor), in which case the
  // records (Complete) are not needed. True does not mean there is one.
  // `read`: the sentence's words read already (lower-cased, and their ids
  // in a SharedWords that holds `vocabulary`), or null.
  bool Build(std::string_view sentence, const std::vector<Token>& tokens, const WordTable& vocabulary,
             const std::uint8_t* anchor_bits, const Screen& screen, const SentenceWords* read) {
    text = sentence;
    toks = &tokens;
    const std::size_t n = tokens.size();
    n_ = n;
    ids.resize(n);
    side_.clear();
    accented_.clear();
    bool ascii;
    const char* lower_bytes;
    if (read) {
      ascii = read->ascii;
      lower_bytes = read->lower.data();
    } else {
      ascii = LowerCaseAscii(sentence, &lower_text_);
      lower_bytes = lower_text_.data();
    }
    // The loops below go through local pointers: they write bytes and views,
    // after which the compiler would reload every vector's and the
    // vocabulary's pointers from memory at each token.
    const Token* tok = tokens.data();
    const char* text_bytes = sentence.data();
    std::uint32_t* id_out = ids.data();
    const WordTable::Reader words = vocabulary.reader();
    // (Read ids are shared ids, each turned into the vocabulary's own by one
    // array read.)
    const std::uint32_t* read_ids = read ? read->ids.data() : nullptr;
    const SharedWords* shared = read ? read->shared : nullptr;
    // The screen: a word with a needed AnchorBit, an accented word (its id
    // comes later), a capitalised word when `caps`, a long enough run of
    // capitalised words (the rules leave out the non-name words among them,
    // the screen keeps them: it may only say yes too often).
    // (Without a branch per token: the answers are or-ed together. A word's
    // kAnchorWinnerFirst, shifted, is the next word's kAnchorWinnerSecond.)
    const unsigned need_capital = screen.need, need_other = screen.need & ~unsigned{kAnchorCapital};
    const unsigned first = screen.after_first ? kAnchorWinnerFirst : 0;
    const std::uint8_t* bits_of = anchor_bits + 1;  // by id (kNone: -1)
    unsigned found = 0, before = 0;
    for (std::size_t i = 0; i < n; ++i) {
      const std::size_t begin = tok[i].begin, size = tok[i].end - begin;
      // (Not Token::text: its substr checks bounds the tokenizer guarantees.)
      if (!ascii) {
        const std::string_view raw(text_bytes + begin, size);
        if (std::any_of(raw.begin(), raw.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) {
          std::string f = Normalizer::Default().Fold(raw);
          accented_.push_back({i, side_.size(), f.size()});  // views into side_ once it is complete
          side_ += f;
          continue;
        }
      }
      const std::uint32_t id = read_ids ? shared->StageId(WordStage::kActors, read_ids[i])
                                        : words.Find(std::string_view(lower_bytes + begin, size));
      id_out[i] = id;
      // (An unaccented word opens with a capital exactly when it is `cap`.)
      const unsigned bits = bits_of[static_cast<std::int32_t>(id)];
      found |= bits & ((tok[i].cap ? need_capital : need_other) | (before << 1));
      before = bits & first;
    }
    if (!found && accented_.empty() && !CapitalsMayAnchor(screen)) return false;
    if (accented_.empty()) {
      folded.Set(tok, text_bytes, nullptr);
      lower.Set(tok, lower_bytes, nullptr);
      return true;
    }
    // Every token's texts in a table: the accented ones' in the side buffers.
    folded_views_.resize(n);
    lower_views_.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
      const std::size_t begin = tok[i].begin, size = tok[i].end - begin;
      folded_views_[i] = std::string_view(text_bytes + begin, size);
      lower_views_[i] = std::string_view(lower_bytes + begin, size);
    }
    AsciiLowerInto(side_, &lower_side_);
    for (const Accented& a : accented_) {
      folded_views_[a.token] = std::string_view(side_.data() + a.begin, a.size);
      lower_views_[a.token] = std::string_view(lower_side_.data() + a.begin, a.size);
      ids[a.token] = words.Find(lower_views_[a.token]);
    }
    folded.Set(tok, nullptr, folded_views_.data());
    lower.Set(tok, nullptr, lower_views_.data());
    return true;
  }

  // The screen's capitalised words: one when `caps`, or a run of
  // `fuzzy_run` that are not all capitals.
  bool CapitalsMayAnchor(const Screen& screen) const {
    std::size_t run = 0;
    for (const Token& t : *toks) {
      if (t.cap && t.word && screen.caps) return true;
      run = t.cap && t.word && !t.upper ? run + 1 : 0;
      if (run >= screen.fuzzy_run) return true;
    }
    return false;
  }

  // The records (`known`) and `lexical_anchor`, after a Build that said yes.
  void Complete(const std::vector<WordSpellings>& spellings) {
    // Every token's id is known before the first record is written: a name
    // or title starting at a token reads the ids of the tokens after it.
    const std::size_t n = n_;
    const std::uint32_t* id_out = ids.data();
    known.resize(n);
    bool anchor = false;
    Known* known_out = known.data();
    const WordSpellings* spelling_of = spellings.data();
    for (std::size_t i = 0; i < n; ++i) {
      Known& k = known_out[i];
      k = Known();
      if (id_out[i] == WordTable::kNone) continue;
      const WordSpellings& sp = spelling_of[id_out[i]];
      if (const WordInfo* l = sp.lower) {
        k.flags = l->flags;
        if (l->titles) k.title = LongestIn<false>(l->titles, l->titles_cut, ids, lower, i);
      }
      for (const auto& [spelling, f] : sp.folded) {
        if (!SameWord(spelling, folded[i])) continue;
        k.flags |= f->flags;
        if (f->names) k.name = LongestIn<true>(f->names, f->names_cut, ids, folded, i);
        if (f->adjectives) k.adjective = LongestIn<true>(f->adjectives, f->adjectives_cut, ids, folded, i);
        break;  // (the spellings differ)
      }
      anchor = anchor || k.name || k.adjective || (k.flags & kImpliedFirst);
    }
    lexical_anchor = anchor;
  }

 private:
  struct Accented {
    std::size_t token, begin, size;  // the folded text in side_
  };
  std::vector<Accented> accented_;
  std::vector<std::string_view> folded_views_, lower_views_;  // (only when some token is accented)
  std::string side_, lower_text_, lower_side_;
  std::size_t n_ = 0;  // tokens
};

// Can any rule of Recognize() find a mention in this sentence? (See the call.)
// `anchor_at(i)`: does a name, a country adjective, "the winner" or a two-word
// short form of someone the article named in full ("Sheikh Abdullah") begin at
// token i? A title alone is no anchor: it makes a mention only with a name or
// a country before or after it (anchors themselves) or when it names one
// country's office by itself ("the pope") or the one person the lexicon names
// with it who holds its role that day ("the emperor"). `introduced`: the article has
// introduced someone the lexicon does not know, whose surname alone may
// follow. `fuzzy_min_tokens` is 0 when there is no misspelt-name rule.
// Asked only of a sentence without a lexical anchor (SentenceView::lexical_anchor).
// `rare_flags`: the WordFlags on which anchor_at may hold there (a title of a
// role an article's person holds, "the winner"); `forms`: whether the article
// has two-word short forms (which begin at a capitalised word). anchor_at
// runs only at a token where one of those may begin.
template <typename AnchorAt>
bool HasAnchor(const SentenceView& s, AnchorAt anchor_at, bool introduced, std::size_t fuzzy_min_tokens,
               unsigned rare_flags, bool forms) {
  std::size_t cap_run = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const Token& t = (*s.toks)[i];
    const unsigned flags = s.known[i].flags;
    if (((flags & rare_flags) || (forms && t.cap && t.word)) && anchor_at(i)) return true;
    bool cap = t.cap && t.word && !(flags & kNonName);
    if (cap && introduced) return true;
    bool plain_cap = cap && !t.upper;
    cap_run = plain_cap ? cap_run + 1 : 0;
    if (fuzzy_min_tokens > 0 && cap_run >= fuzzy_min_tokens) return true;
  }
  return false;
}

}  // namespace

std::vector<ActorMention> ActorRecognizer::Recognize(std::string_view sentence, const std::vector<Token>& tokens,
                                                     const std::optional<CivilDate>& date,
                                                     ArticleMemory* memory, const SentenceWords* words) const {
  std::vector<ActorMention> out;
  Recognize(sentence, tokens, date, memory, &out, words);
  return out;
}

void ActorRecognizer::Recognize(std::string_view sentence, const std::vector<Token>& tokens,
                                const std::optional<CivilDate>& date, ArticleMemory* memory,
                                std::vector<ActorMention>* into, const SentenceWords* words) const {
  into->clear();
  const Impl& m = *impl_;
  const Lexicon& lex = *m.lex;
  // The per-sentence tables, kept per thread so that their buffers are reused
  // (Recognize never calls itself).
  thread_local SentenceView view;
  SentenceView& s = view;  // (the lambdas below capture this reference, not the thread-local)
  // The screen (see Build) in the terms of HasAnchor below: with a date, the
  // words of "the winner", and titles of a role when the article named someone.
  SentenceView::Screen screen;
  screen.need = kAnchorLexical | kAnchorCapital;
  if (date && !memory->named_entries.empty()) screen.need |= kAnchorRoleTitle;
  if (date && m.one_word_winner) screen.need |= kAnchorWinnerFirst;
  screen.after_first = date.has_value();
  screen.caps = !memory->two_word_firsts.empty() || !memory->new_actors.empty();
  if (!m.fuzzy.empty() && m.fuzzy_min_tokens > 0) screen.fuzzy_run = m.fuzzy_min_tokens;
  if (!s.Build(sentence, tokens, m.vocabulary, m.anchor_bits.data(), screen, words)) return;
  s.Complete(m.spellings);
  auto name_at = [&](std::size_t i) { return i < s.size() ? s.known[i].name : nullptr; };
  auto adjective_at = [&](std::size_t i) { return i < s.size() ? s.known[i].adjective : nullptr; };
  auto title_cand_at = [&](std::size_t i) { return i < s.size() ? s.known[i].title : nullptr; };
  // Can a winner phrase start at i? (The rules' phrases share their first
  // word, "the": the second is what tells.)
  auto winner_may_start = [&](std::size_t i) {
    return s.Lower(i, kWinnerFirst) && (m.one_word_winner || s.Lower(i + 1, kWinnerSecond));
  };
  auto winner_at = [&](const std::vector<std::string>& w, std::size_t i) {
    if (i + w.size() > s.size()) return false;
    for (std::size_t k = 0; k < w.size(); ++k)
      if (s.lower[i + k] != w[k]) return false;
    return true;
  };
  // "His Highness Sheikh Sabah": the last word of an honorific (learnt as the
  // short form of whom it stood for alone, C2 below) before a capitalised
  // name or title is the honorific of whoever follows, not that person.
  auto honorific_before_name = [&](std::size_t i) {
    if (i + 1 >= s.size() || !s.Cap(i + 1) || !s.Word(i + 1)) return false;
    return std::any_of(m.honorific_titles.begin(), m.honorific_titles.end(), [&](const Impl::HonorificTitle& h) {
      if (h.words.size() > i + 1) return false;
      for (std::size_t q = 0; q < h.words.size(); ++q)
        if (s.lower[i + 1 - h.words.size() + q] != h.words[q]) return false;
      return true;
    });
  };
  // A two-word short form of someone this article named in full ("Sheikh
  // Abdullah" after "Sheikh Abdullah bin Zayed"), not followed by more of a
  // name ("Sheikh Abdullah Al Thani", "Sheikh Abdullah bin Nasser" is someone
  // else): the person, or nullptr. Cheap when the article has none.
  thread_local std::string form_key;
  auto form_at = [&](std::size_t i) -> const std::string* {
    if (memory->two_word_firsts.empty() || i + 1 >= s.size() || !s.Cap(i) || !s.Word(i) || !s.Cap(i + 1) ||
        !s.Word(i + 1))
      return nullptr;
    const auto& firsts = memory->two_word_firsts;
    if (std::find(firsts.begin(), firsts.end(), s.folded[i]) == firsts.end()) return nullptr;
    if (i + 2 < s.size() && s.Word(i + 2) && (s.Cap(i + 2) || s.Folded(i + 2, kNameParticle))) return nullptr;
    form_key.assign(s.folded[i]);
    form_key += ' ';
    form_key += s.folded[i + 1];
    auto it = memory->two_word_forms.find(form_key);
    return it == memory->two_word_forms.end() ? nullptr : &it->second;
  };
  // "a trip to Latin America", "North American leaders": a country's name or
  // adjective at [b, e) that ends a place's name (`place_names`) is no mention.
  auto in_place_name = [&](std::size_t b, std::size_t e) {
    return std::any_of(m.place_names.begin(), m.place_names.end(), [&](const std::vector<std::string>& w) {
      if (w.size() > e || e - w.size() >= b) return false;
      for (std::size_t k = 0; k < w.size(); ++k)
        if (s.lower[e - w.size() + k] != w[k]) return false;
      return true;
    });
  };
  // "Theresa May ... Mrs May met Merkel": an honorific before a capitalised
  // word too common to be a surname alone (`non_name_words`: "May", "Will")
  // that ends the name of someone the article named in full is that person.
  // The person, or nullptr; `end` is past the surname.
  // The person the article named in full, most recent first, whose name
  // ends with the word at j, or nullptr.
  auto named_by_last_word = [&](std::size_t j) -> const LexiconEntry* {
    for (auto it = memory->named_entries.rbegin(); it != memory->named_entries.rend(); ++it) {
      const LexiconEntry& e = m.E(*it);
      const std::size_t sp = e.name.rfind(' ');
      // (Both spellings keep their case; `non_name_words` are plain ASCII.)
      if (sp != std::string::npos && std::string_view(e.name).substr(sp + 1) == s.folded[j]) return &e;
    }
    return nullptr;
  };
  auto honorific_surname = [&](std::size_t i, std::size_t* end) -> const LexiconEntry* {
    if (memory->named_entries.empty() || !s.Folded(i, kHonorific)) return nullptr;
    std::size_t j = i + 1;
    if (j < s.size() && s.folded[j] == ".") ++j;
    if (j >= s.size() || !s.Cap(j) || !s.Word(j) || !s.Folded(j, kNonName)) return nullptr;
    // (Not more of a name after it: "Mr Will Smith".)
    if (j + 1 < s.size() && s.Cap(j + 1) && s.Word(j + 1) && !s.Folded(j + 1, kNonName)) return nullptr;
    const LexiconEntry* e = named_by_last_word(j);
    if (e) *end = j + 1;
    return e;
  };
  auto anchor_at = [&](std::size_t i) {
    std::size_t he = 0;
    return name_at(i) || adjective_at(i) || (!memory->two_word_firsts.empty() && form_at(i)) ||
           honorific_surname(i, &he) ||
           (date && !memory->named_entries.empty() && s.Lower(i, kRoleTitleFirst)) ||  // "the president" alone
           (date && winner_may_start(i) &&
            std::any_of(m.winner_phrases.begin(), m.winner_phrases.end(), [&](const auto& w) { return winner_at(w, i); }));
  };
  // Every rule below needs an anchor: a name or a country adjective (titles,
  // honorifics and determiners make a mention only with one of these), a
  // title that implies its country ("the pope") or its one holder that day
  // ("the emperor"), "the winner", a two-word short
  // form of someone the article named in full ("Sheikh Abdullah"), a capitalised
  // word that may be the surname of someone this article introduced, or a run
  // of capitalised words long enough for the misspelt-name rule. A sentence
  // without one stops here (nothing else is recorded for it).
  if (!s.lexical_anchor) {
    const unsigned rare_flags =
        (date ? kWinnerFirst | (memory->named_entries.empty() ? 0u : unsigned{kRoleTitleFirst}) : 0u) |
        (memory->named_entries.empty() ? 0u : unsigned{kHonorific});
    if (!HasAnchor(s, anchor_at, !memory->new_actors.empty(), m.fuzzy.empty() ? 0 : m.fuzzy_min_tokens, rare_flags,
                   !memory->two_word_firsts.empty()))
      return;
  }

  const std::optional<long long> day = date ? std::optional<long long>(date->ToDays()) : std::nullopt;
  std::vector<ActorMention>& out = *into;
  out.reserve(8);  // (growing one by one moved every mention's strings at each step)
  auto entry_index = [&](const LexiconEntry* e) { return static_cast<std::size_t>(e - lex.entries().data()); };

  // A title alone ("Turkmenistan's president", the father) lends its holder
  // only the surnames no one named in full already holds ("Serdar
  // Berdimuhamedow ... the younger Berdimuhamedow" stays the son).
  // Nor does a full name take over a surname the article gave someone else,
  // unless it ends with it ("Alberto Fernández ... Cristina Fernández de
  // Kirchner ... Fernández" stays Alberto; "Cristina Fernández" takes it).
  auto remember = [&](std::size_t entry, bool by_title, std::string_view last_word) {
    const LexiconEntry& e = m.E(entry);
    for (const auto& sn : m.folded_shorts[entry]) {
      auto it = memory->short_to_actor.find(sn);
      if (it == memory->short_to_actor.end()) {
        memory->short_to_actor[sn] = e.id;
      } else if (!by_title && (it->second == e.id || sn == last_word)) {
        it->second = e.id;
      }
    }
  };
  // The two-word short forms of a person just named in full: the honorific or
  // monarch's title before the first name with it ("Sheikh Abdullah", "King
  // Abdullah"), and the first two words of a name of three words or more.
  auto remember_forms = [&](const ActorMention& am) {
    std::size_t ns = am.tok_end;  // where the name itself starts
    for (std::size_t k = am.tok_begin; k < am.tok_end && ns == am.tok_end; ++k)
      if (const Impl::NameCand* c = name_at(k); c && k + c->toks.size() == am.tok_end && m.E(c->entry).id == am.actor)
        ns = k;
    if (ns == am.tok_end) return;
    auto add = [&](std::size_t a) {
      // An ordinary word never opens a form, unless it is the title itself
      // ("King Abdullah II ... King Abdullah").
      const bool titled = s.Folded(a, kHonorific) || m.title_holders.count(s.lower[a]);
      if (!s.Cap(a) || !s.Word(a) || !s.Cap(a + 1) || !s.Word(a + 1) || (s.Folded(a, kNonName) && !titled) ||
          s.Folded(a + 1, kNonName))
        return;
      form_key.assign(s.folded[a]);
      (form_key += ' ') += s.folded[a + 1];
      auto it = memory->two_word_forms.find(form_key);
      if (it != memory->two_word_forms.end()) {
        if (it->second != am.actor) it->second = am.actor;
        return;
      }
      memory->two_word_forms[form_key] = am.actor;
      auto& firsts = memory->two_word_firsts;
      if (std::find(firsts.begin(), firsts.end(), s.folded[a]) == firsts.end()) firsts.emplace_back(s.folded[a]);
    };
    if (am.tok_end - ns >= 3) add(ns);
    // Only honorifics and the titles the lexicon's names open with ("King",
    // "Emir", "Sultan"): news writes "King Abdullah", never "President Joe".
    if (ns > 0 && am.tok_end - ns >= 2 && (s.Folded(ns - 1, kHonorific) || m.title_holders.count(s.lower[ns - 1])))
      add(ns - 1);
  };
  bool sentence_initial = false;
  auto resolve_short = [&](const std::string& folded) -> const LexiconEntry* {
    auto mem = memory->short_to_actor.find(folded);
    if (mem != memory->short_to_actor.end() && mem->second.empty()) return nullptr;  // someone else's
    if (mem != memory->short_to_actor.end()) {
      if (const LexiconEntry* e = lex.Find(mem->second)) return e;
    }
    auto it = m.shorts.find(folded);
    if (it == m.shorts.end()) return nullptr;
    // Not named in full in this article: the one person of that surname in
    // office (or recently so) on the publication date, if exactly one. A
    // surname nobody else has counts only then too ("in Lagos" in 2015 is the
    // city, not Ricardo Lagos), or for people without offices (Guaido).
    // Of several recently in office, the one in office on the day, if exactly
    // one is ("Morales" in December 2019 is Jimmy Morales, Evo Morales having resigned).
    const LexiconEntry* found = nullptr;
    const LexiconEntry* in_office = nullptr;
    bool several = false, several_in_office = false;
    for (std::size_t idx : it->second) {
      const LexiconEntry& e = m.E(idx);
      if (!m.RecentlyActive(idx, day)) continue;
      several = several || found;
      found = &e;
      if (date && std::any_of(e.roles.begin(), e.roles.end(), [&](const LexiconRole& r) { return r.ActiveOn(*date); })) {
        several_in_office = several_in_office || in_office;
        in_office = &e;
      }
    }
    if (several) return several_in_office ? nullptr : in_office;
    if (!found && it->second.size() == 1 && m.E(it->second[0]).roles.empty()) found = &m.E(it->second[0]);
    return found;
  };
  // A mention the rules offer at a token. Several may be offered there and
  // one is kept: only that one becomes an ActorMention (its id and country
  // copied into strings).
  struct Candidate {
    std::size_t tok_begin = 0, tok_end = 0;
    MentionVia via = MentionVia::kName;
    const LexiconEntry* entry = nullptr;  // null: the new actor below
    std::size_t new_actor = 0;            // index in memory->new_actors
    // The new actor's country on this mention (null: the one it was introduced with).
    const LexiconEntry* new_country = nullptr;
  };
  auto make = [&](std::size_t b, std::size_t e, const LexiconEntry& entry, MentionVia via) {
    Candidate c;
    c.tok_begin = b;
    c.tok_end = e;
    c.via = via;
    c.entry = &entry;
    return c;
  };
  auto id_of = [&](const Candidate& c) -> const std::string& {
    return c.entry ? c.entry->id : memory->new_actors[c.new_actor].id;
  };
  auto mention_of = [&](const Candidate& c) {
    ActorMention am;
    am.tok_begin = c.tok_begin;
    am.tok_end = c.tok_end;
    am.actor = id_of(c);
    am.kind = c.entry ? c.entry->kind : ActorKind::kPerson;
    am.via = c.via;
    if (c.entry) am.country = lex.CountryOf(*c.entry, date);
    else am.country = c.new_country ? c.new_country->id : memory->new_actors[c.new_actor].country;
    return am;
  };
  // Whom "the new president" means: the person the article named who took up
  // `role` last, at most new_office_days before `day`. Nobody for a generic title.
  // ("the new head of state", "@leader": the leading office of whichever state;
  // only after "new", not "the veteran leader".)
  auto recent_holder = [&](const std::string& role, const CivilDate& day, bool said_new) -> const LexiconEntry* {
    if (role.empty() || (role[0] == '@' && (role != "@leader" || !said_new))) return nullptr;
    auto holds = [&](const LexiconRole& r) {
      if (role != "@leader") return r.role == role;
      const LexiconEntry* state = r.country.empty() ? nullptr : lex.Find(r.country);
      return state && state->leader_role == r.role;
    };
    const long long today = day.ToDays();
    // Of the people the article named (not someone this sentence names
    // already: "Emir Tamim was received by the new sultan" is someone else),
    // the one who took up the office last, within new_office_days.
    const LexiconEntry* found = nullptr;
    long long since = -1;
    for (auto it = memory->named_entries.rbegin(); it != memory->named_entries.rend(); ++it) {
      const LexiconEntry& e = m.E(*it);
      if (std::any_of(out.begin(), out.end(), [&](const ActorMention& am) { return am.actor == e.id; })) continue;
      for (const LexiconRole& r : e.roles) {
        if (!holds(r) || !r.from || !r.ActiveOn(day)) continue;
        const long long start = r.from->ToDays();
        if (today - start <= m.new_office_days && start > since) {
          since = start;
          found = &e;
        }
      }
    }
    return found;
  };
  // Whom a bare title means ("the president" after "Joko Widodo"): of the
  // people the article named in full, those holding the title's role on
  // `day` (with a title the lexicon's names open with, "King", "Sultan", only
  // the people it names so). One: that person; several: the one the article's
  // body named first, its protagonist ("Sharif called on Xi ... The prime
  // minister felicitated President Xi", after a headline naming Premier Li;
  // "The president first received Kagame and Akufo-Addo" in a story on
  // Tinubu's inauguration); else the one of the dateline's country if exactly
  // one is; else nobody.
  auto bare_title_holder = [&](const Impl::TitleCand& title, const CivilDate& day) -> const LexiconEntry* {
    if (memory->named_entries.empty() ||
        std::find(m.bare_title_roles.begin(), m.bare_title_roles.end(), title.role) == m.bare_title_roles.end())
      return nullptr;
    // The role by which lexicon entry `idx` holds the title on the day, if any.
    auto held_by = [&](std::size_t idx) -> const LexiconRole* {
      if (title.holders && std::find(title.holders->begin(), title.holders->end(), idx) == title.holders->end())
        return nullptr;
      const LexiconRole* held = nullptr;
      for (const LexiconRole& r : m.E(idx).roles)
        if (r.role == title.role && r.ActiveOn(day)) held = &r;
      return held;
    };
    const LexiconEntry* found = nullptr;
    const LexiconEntry* local = nullptr;
    int count = 0, local_count = 0;
    for (std::size_t idx : memory->named_entries) {
      const LexiconRole* held = held_by(idx);
      if (!held) continue;
      ++count;
      found = &m.E(idx);
      if (!memory->dateline_country.empty() && held->country == memory->dateline_country) {
        ++local_count;
        local = &m.E(idx);
      }
    }
    if (count == 1) return found;
    // The one holder who shares a country with a person this sentence named
    // before the title: "White House spokesman Scott McClellan said the
    // president had taken calls from Blair" (Putin a president too); "At home,
    // Prime Minister Mostafa Madbouly congratulated the president".
    {
      const LexiconEntry* compatriot = nullptr;
      int compatriots = 0;
      for (std::size_t idx : memory->named_entries) {
        const LexiconRole* held = held_by(idx);
        if (!held || held->country.empty()) continue;
        bool shares = false;
        for (const ActorMention& o : out) {
          if (o.kind != ActorKind::kPerson || o.via == MentionVia::kAdjective) continue;
          const LexiconEntry* oe = lex.Find(o.actor);
          if (oe && oe != &m.E(idx) && lex.CountryOf(*oe, day) == held->country) shares = true;
        }
        if (shares) {
          ++compatriots;
          compatriot = &m.E(idx);
        }
      }
      if (compatriots == 1) return compatriot;
    }
    // Else the holder the article's body named first: its protagonist.
    for (std::size_t idx : memory->first_named)
      if (held_by(idx)) return &m.E(idx);
    return local_count == 1 ? local : nullptr;
  };
  // Does the title go on after token k: "the president of the federation",
  // "the president Xi" (a name: another rule), "the chancellor-designate"?
  auto title_continues = [&](std::size_t k) {
    if (k >= s.size()) return false;
    if (s.lower[k] == "of" || s.folded[k] == "-") return true;
    return s.Word(k) && s.Cap(k) && !s.Folded(k, kNonName);
  };
  // Is token k inside a known name (a country, capital or organization word such
  // as "Kremlin" or "Beijing" right before a surname)?
  auto inside_known_name = [&](std::size_t k) {
    for (std::size_t b = k + 1; b-- > 0 && k - b < 4;)
      if (const Impl::NameCand* c = name_at(b); c && b + c->toks.size() > k) return true;
    return false;
  };
  // Is the organization name at i the tail of a longer proper name, so
  // someone else: "the African Union's Peace and Security Council" (a
  // capitalised word the lexicon does not know, then "and", before a name that
  // is no acronym), "the National Security Council", "Russia's Security
  // Council" (another state's or body's possessive; "America's State
  // Department" is the state's own body)?
  auto ends_known_name = [&](std::size_t k) {
    for (std::size_t b = k + 1; b-- > 0 && k - b < 4;)
      if (const Impl::NameCand* c = name_at(b); c && b + c->toks.size() == k + 1) return true;
    return false;
  };
  auto inside_longer_name = [&](std::size_t i, const LexiconEntry& org) {
    if (i >= 2 && (s.lower[i - 1] == "and" || s.lower[i - 1] == "&") && !(*s.toks)[i].upper && s.Cap(i - 2) &&
        s.Word(i - 2) && !s.Folded(i - 2, kNonName) && !adjective_at(i - 2) && !ends_known_name(i - 2))
      return true;
    // "the National Security Council": a determiner, then a capitalised word the
    // lexicon does not know.
    if (i >= 2 && !(*s.toks)[i].upper && s.Folded(i - 2, kDeterminer) && s.Cap(i - 1) && s.Word(i - 1) &&
        !(*s.toks)[i - 1].upper && !s.Folded(i - 1, kNonName) && !adjective_at(i - 1) &&
        !ends_known_name(i - 1))
      return true;
    if (i >= 2 && (*s.toks)[i - 1].possessive) {
      for (std::size_t b = i - 1; b-- > 0 && i - 1 - b <= 6;) {
        const Impl::NameCand* c = name_at(b);
        if (!c || b + c->toks.size() != i - 1) continue;
        const LexiconEntry& owner = m.E(c->entry);
        if (owner.kind == ActorKind::kPerson) return false;
        return owner.id != org.country && owner.id != org.id;
      }
    }
    return false;
  };
  // Does the name `c` at i open as a name does: a capital, a particle joined
  // by a hyphen to one ("al-Sharaa"), or, for a name of several words, one of
  // `surname_particles` in lower case with a capital at its end ("von der
  // Leyen", "de Gaulle")?
  auto opens_name = [&](std::size_t i, const Impl::NameCand& c) {
    return s.Cap(i) || ParticleCapital(s.folded[i]) ||
           (c.toks.size() > 1 && s.Folded(i, kSurnameParticle) && s.Cap(i + c.toks.size() - 1));
  };
  // A person's name at i: full name or alias (longest), or a short name.
  auto person_at = [&](std::size_t i, std::size_t* end) -> const LexiconEntry* {
    const Impl::NameCand* c = name_at(i);
    if (!c || m.E(c->entry).kind != ActorKind::kPerson || !opens_name(i, *c)) return nullptr;
    *end = i + c->toks.size();
    // "Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah": the alias "Sheikh Mishal
    // al-Ahmad" matched, the name goes on in capitalised particles joined by
    // hyphens ("Al-Jaber", "El-Sabah"), which are part of it.
    if (c->via == MentionVia::kName)
      while (*end < s.size() && s.Word(*end) && !name_at(*end) && ParticleCase(s.folded[*end]) == Particle::kUpper)
        ++*end;
    if (c->via == MentionVia::kShort) {
      // "Wang Xiaoming" (unknown) is not "Wang".
      if (s.Cap(*end) && s.Word(*end) && !name_at(*end) && !s.Folded(*end, kNonName))
        return nullptr;
      // "a journey to the Moon", "a Major step": a bare surname right after an
      // article is a thing or a word, not the person ("President Moon" has a title).
      // ("the Maduro regime", "the Biden administration" is the person's government.)
      if (i > 0 && s.Folded(i - 1, kSurnameBlocker) && !s.Lower(*end, kRegimeNoun))
        return nullptr;
      // "Jill Biden", "Julian Castro": a capitalised word before the surname
      // that is no title, honorific, country adjective, known name or
      // non-name word ("Later", "Will", "The") is a first name, and the
      // person is someone else.
      // (Not a middle initial: "George W Bush".)
      if (i > 0 && s.Cap(i - 1) && s.Word(i - 1) && !(*s.toks)[i - 1].upper && s.folded[i - 1].size() > 1 &&
          !s.Folded(i - 1, kNonName) &&
          !s.Folded(i - 1, kHonorific) && !s.Lower(i - 1, kTitleWord) && !adjective_at(i - 1) &&
          !name_at(i - 1) && !inside_known_name(i - 1)) {
        // ("Social Democrat Aécio Neves ... Neves conceded": the surname alone
        // is that someone else for the rest of the article, nobody the lexicon
        // knows, until its holder is named in full.)
        std::string key;
        for (std::size_t k = i; k < *end; ++k) (key += key.empty() ? "" : " ") += s.folded[k];
        if (memory->short_to_actor.find(key) == memory->short_to_actor.end()) memory->short_to_actor[key] = std::string();
        return nullptr;
      }
      std::string joined;
      for (std::size_t k = i; k < *end; ++k) (joined += joined.empty() ? "" : " ") += s.folded[k];
      sentence_initial = i == 0 || (i == 1 && !(*s.toks)[0].word);
      const LexiconEntry* e = resolve_short(joined);
      // "Al-Jubeir" opening a sentence is the "al-Jubeir" named earlier.
      if (!e && ParticleCase(std::string_view(joined).substr(0, joined.find(' '))) == Particle::kUpper &&
          ParticleCapitalVariant(joined).empty()) {
        std::string lowered = joined;
        lowered[0] = static_cast<char>(lowered[0] - 'A' + 'a');
        e = resolve_short(lowered);
      }
      return e;
    }
    return &m.E(c->entry);
  };
  auto country_at = [&](std::size_t i, std::size_t* end) -> const LexiconEntry* {
    const Impl::NameCand* c = name_at(i);
    if (!c || m.E(c->entry).kind != ActorKind::kCountry || c->via == MentionVia::kCapital) return nullptr;
    *end = i + c->toks.size();
    return &m.E(c->entry);
  };
  // Which country's election does the sentence talk about ("Germany's
  // election", "the French presidential election")? Remembered for the article.
  const LexiconEntry* sentence_election = nullptr;
  if (date) {
    for (std::size_t k = 0; k < s.size() && !sentence_election; ++k) {
      if (!s.Lower(k, kElectionFirst)) continue;
      for (const auto& ew : m.election_words) {
        if (k + ew.size() > s.size()) continue;
        bool hit = true;
        for (std::size_t q = 0; q < ew.size() && hit; ++q) hit = s.lower[k + q] == ew[q];
        if (!hit) continue;
        for (std::size_t back = 1; back <= 3 && back <= k && !sentence_election; ++back) {
          std::size_t p = k - back;
          if (const Impl::NameCand* a = adjective_at(p)) sentence_election = &m.E(a->entry);
          std::size_t ce;
          if (!sentence_election) {
            if (const LexiconEntry* c = country_at(p, &ce)) sentence_election = c;
          }
        }
        if (sentence_election) break;
      }
    }
    if (sentence_election) memory->election_country = sentence_election->id;
  }
  auto title_at = [&](std::size_t i, std::size_t* end) -> const Impl::TitleCand* {
    const Impl::TitleCand* t = title_cand_at(i);
    if (t) *end = i + t->toks.size();
    return t;
  };
  auto cap_run = [&](std::size_t i) {
    std::size_t j = i;
    while (j < s.size() && j - i < 4 && s.Cap(j) && s.Word(j) && !(*s.toks)[j].upper && !s.Folded(j, kNonName) &&
           !title_cand_at(j) && !adjective_at(j))
      ++j;
    return j;
  };

  // Makes the kept candidate an ActorMention and remembers what the article
  // learns from it (short forms, who was named); returns where to go on.
  auto commit = [&](const Candidate& best) -> std::size_t {
    ActorMention am = mention_of(best);
    if (am.kind == ActorKind::kCountry && in_place_name(am.tok_begin, am.tok_end)) return am.tok_end;
    am.possessive = am.tok_end < s.size() && (*s.toks)[am.tok_end].possessive;
    if (am.kind == ActorKind::kPerson && am.via != MentionVia::kShort && am.via != MentionVia::kFuzzy) {
      // (Ids are unique: a lexicon entry's id finds the entry itself.)
      if (const LexiconEntry* e = best.entry ? best.entry : lex.Find(am.actor)) {
        // ("Mr Aliyev's father, Heydar Aliyev": a relative named in full takes
        // no surname the article already gave someone, like a title alone.)
        const std::size_t before = am.tok_begin > 0 && s.folded[am.tok_begin - 1] == "," ? am.tok_begin - 1 : am.tok_begin;
        const bool kin = before > 0 && s.Lower(before - 1, kKinNoun);
        remember(entry_index(e), am.via == MentionVia::kTitle || kin, s.folded[am.tok_end - 1]);
        auto& named = memory->named_entries;
        named.erase(std::remove(named.begin(), named.end(), entry_index(e)), named.end());
        named.push_back(entry_index(e));
        if (memory->home_country.empty() && date)
          for (const LexiconRole& r : e->roles) {
            const RoleDefinition* def = r.country.empty() || !r.ActiveOn(*date) ? nullptr : lex.FindRole(r.role);
            if (def && def->kind == "spokesperson") memory->home_country = r.country;
          }
        if (memory->sentence > 0 &&
            std::find(memory->first_named.begin(), memory->first_named.end(), entry_index(e)) ==
                memory->first_named.end())
          memory->first_named.push_back(entry_index(e));
        // "His Highness Prince Faisal bin Farhan": the honorific, right before
        // the name, inside it, or before up to two capitalised titles.
        for (std::size_t hi = 0; hi < m.honorific_titles.size(); ++hi) {
          const std::vector<std::string>& hw = m.honorific_titles[hi].words;
          bool introduced = false;
          for (std::size_t skip = 0; skip <= 2 && !introduced; ++skip) {
            if (am.tok_begin < hw.size() + skip) break;
            const std::size_t p = am.tok_begin - hw.size() - skip;
            bool hit = true;
            for (std::size_t q = 0; q < hw.size() && hit; ++q) hit = s.lower[p + q] == hw[q];
            for (std::size_t q = p + hw.size(); q < am.tok_begin && hit; ++q) hit = s.Cap(q) && s.Word(q);
            introduced = hit;
          }
          if (!introduced && am.tok_begin + hw.size() < am.tok_end) {
            introduced = true;
            for (std::size_t q = 0; q < hw.size() && introduced; ++q) introduced = s.lower[am.tok_begin + q] == hw[q];
          }
          const std::pair<std::size_t, std::size_t> key{hi, entry_index(e)};
          if (introduced &&
              std::find(memory->honorific_named.begin(), memory->honorific_named.end(), key) == memory->honorific_named.end())
            memory->honorific_named.push_back(key);
        }
        // A person the lexicon gives no short form, named in full: his last
        // name alone is him for the rest of the article ("Alberto Fujimori
        // ... sent Fujimori a message"), unless it already names someone or
        // follows a particle. (Not a state's name that ends a title: "Mohamed
        // bin Zayed, President of the UAE, ..." leaves "the UAE" a state.)
        const std::size_t last = am.tok_end - 1;
        bool state_last = false;
        for (std::size_t k = am.tok_begin; am.via == MentionVia::kTitle && k < am.tok_end && !state_last; ++k) {
          std::size_t ce = 0;
          state_last = country_at(k, &ce) && ce == am.tok_end;
        }
        if (m.folded_shorts[entry_index(e)].empty() && !state_last && am.tok_end - am.tok_begin >= 2 && s.Cap(last) &&
            s.Word(last) && s.folded[last].size() > 2 && !s.Folded(last, kNonName) && !s.Folded(last, kNameParticle) &&
            !s.Folded(last - 1, kNameParticle))  // "Al Saud", "bin Salman": a family's name
          if (memory->short_to_actor.find(s.folded[last]) == memory->short_to_actor.end())
            memory->short_to_actor[std::string(s.folded[last])] = e->id;
      }
      remember_forms(am);
    }
    std::size_t next = am.tok_end;
    out.push_back(std::move(am));
    return next;
  };

  // Rule P below: the mentions of a plural title's list of states, from the
  // determiner at `at`; returns where the list ends, or `at` if none is there.
  auto plural_list = [&](std::size_t at) -> std::size_t {
    for (const Impl::PluralTitle& pt : m.plural_titles) {
      std::size_t k = at + 1;
      bool hit = k + pt.words.size() < s.size();
      for (std::size_t q = 0; q < pt.words.size() && hit; ++q) hit = s.lower[k + q] == pt.words[q];
      if (!hit) continue;
      k += pt.words.size();
      if (s.lower[k] != "of") return at;
      ++k;
      std::vector<std::pair<std::pair<std::size_t, std::size_t>, const LexiconEntry*>> states;
      while (k < s.size()) {
        if (s.lower[k] == "the") ++k;
        std::size_t ce = 0;
        const LexiconEntry* c = country_at(k, &ce);
        if (!c) break;
        states.push_back({{k, ce}, c});
        k = ce;
        // ", " or " and " or ", and " before the next state
        std::size_t n = k;
        if (n < s.size() && s.folded[n] == ",") ++n;
        if (n < s.size() && s.lower[n] == "and") ++n;
        if (n == k) break;
        std::size_t probe = n < s.size() && s.lower[n] == "the" ? n + 1 : n;
        std::size_t pe = 0;
        if (!country_at(probe, &pe)) break;
        k = n;
      }
      if (states.size() < 2) return at;
      std::size_t next = at;
      for (const auto& [span, country] : states) {
        const std::string role = pt.role == "@leader" ? country->leader_role : pt.role;
        const LexiconEntry* holder = lex.HolderOf(role, country->id, *date);
        next = commit(holder ? make(span.first, span.second, *holder, MentionVia::kTitle)
                             : make(span.first, span.second, *country, MentionVia::kCountry));
        if (!out.empty() && out.back().tok_begin == span.first) {
          out.back().listed_after_title = true;
          out.back().title_begin = at;
        }
      }
      return std::max(next, states.back().first.second);
    }
    return at;
  };

  std::size_t i = 0;
  // Every rule below starts at a capitalised word or at a word the lexicon or
  // the rules know as a determiner, blocker, honorific, "the winner"'s first
  // word, or the start of a name, country adjective or title: other words
  // are passed over at the cost of one test.
  constexpr unsigned kMayStart = kDeterminer | kBlocker | kHonorific | kWinnerFirst;
  while (i < s.size()) {
    const SentenceView::Known& known = s.known[i];
    if (!s.Word(i) || (!s.Cap(i) && !(known.flags & kMayStart) && !known.name && !known.adjective && !known.title)) {
      ++i;
      continue;
    }
    std::optional<Candidate> best;
    // The longest mention wins; on a tie a lexicon entry beats a new actor
    // ("Pope Francis" is known, not a pope called Francis).
    auto offer = [&](const Candidate& c) {
      if (!best || c.tok_end > best->tok_end ||
          (c.tok_end == best->tok_end && id_of(*best).rfind("new:", 0) == 0 && id_of(c).rfind("new:", 0) != 0))
        best = c;
    };

    // A0: a two-word short form of someone named in full earlier in the
    // article ("Sheikh Abdullah"); offered first, so that a lexicon name of
    // the same length ("King Abdullah", another person) does not take it.
    if (!memory->two_word_firsts.empty() && s.Cap(i)) {
      if (const std::string* id = form_at(i))
        if (const LexiconEntry* e = lex.Find(*id)) offer(make(i, i + 2, *e, MentionVia::kShort));
    }

    // P: "the presidents of Latvia, Lithuania and Estonia", "the leaders of
    // Ethiopia and Somalia": each state named stands for its holder of the
    // office that day (the state itself when the lexicon knows no holder).
    if (date && s.lower[i] == "the" && !m.plural_titles.empty()) {
      if (std::size_t end = plural_list(i); end > i) {
        i = end;
        continue;
      }
    }

    // A: [det] [country adjective | Country's] [blocker] title [of Country] [name]
    {
      std::size_t j = i;
      bool det = false, modified = false;
      if (s.Folded(j, kDeterminer)) {
        det = true;
        ++j;
        while (s.Lower(j, kModifier)) {  // "the new Japanese prime minister"
          ++j;
          modified = true;
        }
      }
      const LexiconEntry* country = nullptr;
      bool country_possessive = false;
      // "Palestinian Authority President Mahmoud Abbas", "NATO
      // Secretary-General Jens Stoltenberg": an organisation's name before a
      // capitalised title and a person's name only qualifies them (the title
      // alone is left to the organisation's own mention).
      if (const Impl::NameCand* o = s.Cap(j) ? name_at(j) : nullptr;
          o && m.E(o->entry).kind == ActorKind::kOrganization && j + o->toks.size() < s.size() &&
          s.Cap(j + o->toks.size()) && title_cand_at(j + o->toks.size())) {
        std::size_t te = 0;
        std::size_t ne = 0;
        if (title_at(j + o->toks.size(), &te) && te < s.size() && person_at(te, &ne)) j += o->toks.size();
      }
      if (const Impl::NameCand* a = adjective_at(j)) {
        country = &m.E(a->entry);
        j += a->toks.size();
        // "the UAE's foreign minister", "the UK's ambassador": an adjective
        // that is also the state's short name, as a possessive.
        if (j < s.size() && (*s.toks)[j].possessive) {
          country_possessive = true;
          ++j;
        }
      } else {
        std::size_t ce;
        if (const LexiconEntry* c = country_at(j, &ce); c && ce < s.size() && (*s.toks)[ce].possessive) {
          country = c;
          country_possessive = true;
          j = ce + 1;
        } else if (c && ce < s.size() && s.Cap(ce) && title_cand_at(ce)) {
          // "Mauritius Prime Minister Pravind Jugnauth", "Kenya President
          // William Ruto": the state's name before a capitalised title.
          country = c;
          country_possessive = true;  // the title alone names the holder, as after "Kenya's"
          j = ce;
        }
      }
      // "Pakistan's new foreign minister", "Algeria's veteran foreign minister"
      if (country)
        while (s.Lower(j, kModifier)) ++j;
      bool blocked = false;
      // ("vice" blocks "president" but opens the title "Vice President": "the
      // US vice president" is that title's holder, not nobody.)
      while (s.Lower(j, kBlocker) && !title_cand_at(j)) {
        blocked = true;
        ++j;
        if (j < s.size() && s.folded[j] == "-") ++j;
      }
      std::size_t te = 0;
      const Impl::TitleCand* title = title_at(j, &te);
      if (title && !country) {
        // "the pope": a title that names one country's office by itself
        std::string joined;
        for (std::size_t k = j; k < te; ++k) (joined += joined.empty() ? "" : " ") += s.lower[k];
        auto ic = m.implied_country.find(joined);
        if (ic != m.implied_country.end()) country = lex.Find(ic->second);
      }
      if (title) {
        std::size_t after = te;
        // "the president of Mexico"; a capitalised title needs no article
        // ("sent a message to President of the Republic of Rwanda, Paul
        // Kagame", "As Prime Minister of India, he ...").
        bool of_country = false;
        if (!country && after + 1 < s.size() && s.lower[after] == "of") {
          std::size_t k = after + 1;
          if (s.lower[k] == "the") ++k;
          std::size_t ce;
          if (const LexiconEntry* c = country_at(k, &ce)) {
            country = c;
            after = ce;
            // (Not an office held or won: "his re-election as President of
            // Rwanda", "was elected President of Kenya".)
            // Nor inside a longer title: "the Deputy Minister of Defence of
            // the Russian Federation" is not the minister. Nor in apposition
            // inside a list ("Vladimir Putin, President of Russia, and ..."):
            // the name says it, and the list has no member more.
            const bool listed_apposition = i > 0 && s.folded[i - 1] == "," && ce + 1 < s.size() &&
                                           s.folded[ce] == "," && s.lower[ce + 1] == "and";
            of_country = !det && s.Cap(j) && !listed_apposition &&
                         !(i > 0 && (s.lower[i - 1] == "as" || (s.lower[i - 1].size() > 3 && s.lower[i - 1].ends_with("ed")) ||
                                     s.Lower(i - 1, kBlocker) || s.Lower(i - 1, kModifier) || s.Folded(i - 1, kDeterminer)));
          }
        }
        std::size_t ne = 0;
        std::size_t name_start = after;
        if (name_start < s.size() && s.folded[name_start] == ",") {
          // Appositive: the name is a mention of its own ("Russia's foreign
          // minister, Sergei Lavrov,"); but a name the lexicon does not know
          // there, closed by a comma, is the title's holder, after the post
          // too ("Ukraine's ambassador to Germany, Andrij Melnyk, said").
          name_start = s.size();
        }
        {
          std::size_t k = after;
          std::size_t ce = 0;
          if (k + 1 < s.size() && (s.lower[k] == "to" || s.lower[k] == "in") && country_at(k + 1, &ce)) k = ce;
          const std::size_t a = k + 1;
          if (country && k < s.size() && s.folded[k] == "," && a < s.size() && s.Cap(a) && !name_at(a) &&
              !person_at(a, &ce) && !country_at(a, &ce)) {
            const std::size_t re = cap_run(a);
            // (Not when the lexicon knows who held the post: "the President of
            // the Russian Federation, Vladimir Poutine," is Putin misspelt.)
            const std::string& role = title->role == "@leader" ? country->leader_role : title->role;
            if (re >= a + 2 && re < s.size() && s.folded[re] == "," && !title->role.empty() &&
                !(date && lex.HolderOf(role, country->id, *date)))
              name_start = a;
          }
        }
        // "Prime Minister Samdech Techo Hun Sen", "President Dr. X": honorifics
        // between the title and a name the lexicon knows.
        if (name_start < s.size() && s.Folded(name_start, kHonorific) && !person_at(name_start, &ne)) {
          std::size_t k = name_start;
          while (k < s.size() && (s.Folded(k, kHonorific) || (k > name_start && s.folded[k] == "."))) ++k;
          if (k < s.size() && person_at(k, &ne)) name_start = k;
        }
        if (const LexiconEntry* p = name_start < s.size() ? person_at(name_start, &ne) : nullptr) {
          // "and H.E. President Xi Jinping held talks": an honorific before the
          // title belongs to the mention (a list's "and" is then next to it).
          offer(make(i > 0 && s.Folded(i - 1, kHonorific) ? i - 1 : i, ne, *p, MentionVia::kTitleName));
        } else if (!title->role.empty() && country && name_start < s.size() && s.Cap(name_start) &&
                   cap_run(name_start) > name_start && !country_at(name_start, &ne) &&
                   (!name_at(name_start) ||
                    // ("Chinese Ambassador Chen Song": a known surname, "Chen", opening
                    // a longer name the lexicon does not know is someone else.)
                    (name_at(name_start)->via == MentionVia::kShort && cap_run(name_start) >= name_start + 2))) {
          // An actor the lexicon does not know: "Kenyan President William Ruto".
          std::size_t re = cap_run(name_start);
          std::string name(sentence.substr((*s.toks)[name_start].begin, (*s.toks)[re - 1].end - (*s.toks)[name_start].begin));
          std::string role = title->role == "@leader" ? country->leader_role : title->role;
          // Unless the last name is the short form of the one person holding
          // that office then ("Egyptian President Mohammad Mursi": Morsi, whose
          // full name the lexicon spells otherwise).
          const LexiconEntry* holder = date ? lex.HolderOf(role, country->id, *date) : nullptr;
          // ("Saudi King Abdullah", "Jordan's King Abdullah": one word that
          // opens or closes the holder's name or one of its aliases, "King
          // Abdullah", names that holder; not a middle name: "Pope Francis" is
          // no "Robert Francis Prevost".)
          auto word_of_holder = [&](std::string_view w) {
            auto same = [&](std::string_view part) {
              return part.size() == w.size() && std::equal(part.begin(), part.end(), w.begin(), [](char a, char c) {
                       return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(c));
                     });
            };
            auto has = [&](std::string_view form) {
              const std::size_t first_end = std::min(form.find(' '), form.size());
              const std::size_t last_begin = form.rfind(' ') == std::string_view::npos ? 0 : form.rfind(' ') + 1;
              return same(form.substr(0, first_end)) || same(form.substr(last_begin));
            };
            if (has(holder->name)) return true;
            for (const std::string& a : holder->aliases)
              if (has(a)) return true;
            return false;
          };
          if (holder && re - name_start == 1) {
            if (!word_of_holder(s.folded[name_start])) holder = nullptr;
          } else if (holder) {
            auto sh = m.shorts.find(s.folded[re - 1]);
            if (sh == m.shorts.end() ||
                std::find(sh->second.begin(), sh->second.end(), entry_index(holder)) == sh->second.end())
              holder = nullptr;
          }
          if (holder) {
            offer(make(i, re, *holder, MentionVia::kTitleName));
          } else {
            NewActor na{"new:" + Slug(name), name, role, country->id};
            auto known_actor = std::find_if(memory->new_actors.begin(), memory->new_actors.end(),
                                            [&](const NewActor& x) { return x.id == na.id; });
            const auto index = static_cast<std::size_t>(known_actor - memory->new_actors.begin());
            if (known_actor == memory->new_actors.end()) memory->new_actors.push_back(na);
            memory->short_to_actor[std::string(s.folded[re - 1])] = na.id;  // the surname alone, later on
            Candidate c;
            c.tok_begin = i;
            c.tok_end = re;
            c.via = MentionVia::kTitleName;
            c.new_actor = index;
            c.new_country = country;
            offer(c);
          }
        } else if (!blocked && country && !title->role.empty() && date && (det || country_possessive || of_country)) {
          std::string role = title->role == "@leader" ? country->leader_role : title->role;
          const LexiconEntry* holder =
              role == "president_elect" ? m.PresidentElect(country->id, *date) : lex.HolderOf(role, country->id, *date);
          if (holder) offer(make(i, after, *holder, MentionVia::kTitle));
        } else if (const LexiconEntry* named = !blocked && !country && modified && date && det && !sentence_election &&
                                                       memory->election_country.empty()
                                                   ? recent_holder(title->role, *date, s.lower[i + 1].starts_with("new"))
                                                   : nullptr) {
          // "the new sultan", "the new president": of the people this article
          // named, the one who took up that office last. (After an election
          // the article names, "the new president" is its winner: rule D.)
          offer(make(i, te, *named, MentionVia::kTitle));
        } else if (const LexiconEntry* named = !blocked && !country && !modified && date && det && j == i + 1 &&
                                                       s.lower[i] == "the" && after == te && !title_continues(te)
                                                   ? bare_title_holder(*title, *date)
                                                   : nullptr) {
          // "the president", "the chancellor", "the king" alone: the one
          // person the article named who holds that office on the day.
          offer(make(i, te, *named, MentionVia::kTitle));
        } else if (const LexiconEntry* own = !blocked && !country && !modified && date &&
                                                     !memory->home_country.empty() && after == te &&
                                                     !title_continues(te) && (det ? s.lower[i] == "the" : s.Cap(i)) &&
                                                     (te >= s.size() || !s.Cap(te) || !s.Word(te)) &&
                                                     std::find(m.bare_title_roles.begin(), m.bare_title_roles.end(),
                                                               title->role) != m.bare_title_roles.end()
                                                 ? lex.HolderOf(title->role, memory->home_country, *date)
                                                 : nullptr) {
          // A briefing's "Prime Minister held talks", "the Prime Minister": no
          // one the article named holds the office, so the spokesperson's own
          // government's holder does.
          offer(make(i, te, *own, MentionVia::kTitle));
        } else if (!blocked && !country && title->holders && date && det) {
          // "the emperor": the one person the lexicon names with this title
          // who holds its role on the day (none or several: nobody).
          if (title->holders) {
            const LexiconEntry* holder = nullptr;
            bool several = false;
            for (std::size_t idx : *title->holders) {
              const LexiconEntry& e = m.E(idx);
              bool active = std::any_of(e.roles.begin(), e.roles.end(), [&](const LexiconRole& r) {
                return r.role == title->role && r.ActiveOn(*date);
              });
              if (!active) continue;
              several = holder != nullptr;
              if (several) break;
              holder = &e;
            }
            if (holder && !several) offer(make(i, te, *holder, MentionVia::kTitle));
          }
        } else if (!blocked && country && title->role.empty() && date && det &&
                   std::find(m.counterpart_titles.begin(), m.counterpart_titles.end(), s.lower[te - 1]) !=
                       m.counterpart_titles.end()) {
          // "his Chinese counterpart", "his Uzbek host" (`counterpart_titles`):
          // whoever holds, in that country, the office of the last person named
          // before it (in this sentence, else the previous sentence's subject:
          // "He had a meeting with his Uzbek host").
          const LexiconEntry* named = nullptr;
          bool person_here = false;
          for (auto it = out.rbegin(); it != out.rend() && !person_here; ++it) {
            if (it->kind != ActorKind::kPerson || it->via == MentionVia::kAdjective) continue;
            person_here = true;
            named = lex.Find(it->actor);
          }
          if (!person_here && !memory->last_subject.empty()) named = lex.Find(memory->last_subject);
          if (named && named->kind == ActorKind::kPerson)
            for (const LexiconRole& r : named->roles) {
              if (!r.ActiveOn(*date) || r.country.empty() || r.country == country->id) continue;
              if (const LexiconEntry* holder = lex.HolderOf(r.role, country->id, *date))
                offer(make(i, after, *holder, MentionVia::kTitle));
              break;
            }
        }
      } else if (country && !det) {
        // "Chinese Xi"
        std::size_t ne = 0;
        if (const LexiconEntry* p = person_at(j, &ne)) offer(make(i, ne, *p, MentionVia::kTitleName));
      }
    }

    // A2: an honorific standing alone ("His Highness received a phone call
    // from ...", the Gulf agencies' way of naming their ruler): of the people
    // the article's body named, the first who holds one of its roles that day.
    if (date && (!memory->first_named.empty() || !memory->honorific_named.empty()) && s.Cap(i + 1))
      for (const Impl::HonorificTitle& h : m.honorific_titles) {
        const std::size_t j = i + h.words.size();
        // A name or a title follows ("His Highness Sheikh Mohamed", "His Royal
        // Highness the Crown Prince"): other rules.
        if (j >= s.size() || s.Cap(j) || !s.Word(j) || s.lower[j] == "the") continue;
        bool hit = true;
        for (std::size_t q = 0; q < h.words.size() && hit; ++q) hit = s.lower[i + q] == h.words[q];
        if (!hit) continue;
        // (Whom this honorific introduced, if anyone: "His Highness Prince
        // Faisal bin Farhan, Minister of Foreign Affairs, arrived ... His
        // Highness was received by President Zelensky".)
        const std::size_t hi = static_cast<std::size_t>(&h - m.honorific_titles.data());
        auto introduced = std::find_if(memory->honorific_named.begin(), memory->honorific_named.end(),
                                       [&](const auto& x) { return x.first == hi; });
        if (introduced != memory->honorific_named.end()) {
          offer(make(i, j, m.E(introduced->second), MentionVia::kTitle));
          break;
        }
        for (std::size_t idx : memory->first_named) {
          const bool holds = std::any_of(m.E(idx).roles.begin(), m.E(idx).roles.end(), [&](const LexiconRole& r) {
            return r.ActiveOn(*date) && std::find(h.roles.begin(), h.roles.end(), r.role) != h.roles.end();
          });
          if (holds) {
            offer(make(i, j, m.E(idx), MentionVia::kTitle));
            break;
          }
        }
        break;
      }

    // B: honorific + name ("Mr. Biden")
    if (s.Folded(i, kHonorific)) {
      std::size_t j = i + 1;
      if (j < s.size() && s.folded[j] == ".") ++j;
      std::size_t ne = 0;
      if (const LexiconEntry* p = person_at(j, &ne)) offer(make(i, ne, *p, MentionVia::kName));
      else if (const LexiconEntry* h = honorific_surname(i, &ne)) offer(make(i, ne, *h, MentionVia::kShort));
    }
    // B1: "Theresa May ... May, on her first trip to Asia, had met Obama": such
    // a common word alone is that person too where it cannot be the month or
    // the modal: it opens the sentence or follows punctuation or "and", and a
    // comma, a possessive or a lower-case word (no number) comes after it
    // ("in May", "on 5 May", "May 5", "May Day" stay dates and names of
    // their own). (Only in a sentence that names someone else or some state:
    // the screen above passes no sentence on this word alone.)
    if (!memory->named_entries.empty() && s.Cap(i) && s.Word(i) && s.Folded(i, kNonName) &&
        (i == 0 || !s.Word(i - 1) || s.lower[i - 1] == "and") && i + 1 < s.size() &&
        (s.folded[i + 1] == "," || (*s.toks)[i + 1].possessive ||
         (s.Word(i + 1) && !s.Cap(i + 1) && !(*s.toks)[i + 1].digit))) {
      // (`named_entries` holds people only.)
      if (const LexiconEntry* h = named_by_last_word(i)) offer(make(i, i + 1, *h, MentionVia::kShort));
    }

    // C: a name: person, country, capital, organization.
    if (s.Cap(i) || s.Word(i)) {
      if (const Impl::NameCand* c = name_at(i); c && opens_name(i, *c)) {
        const LexiconEntry& e = m.E(c->entry);
        if (e.kind == ActorKind::kPerson) {
          std::size_t ne = 0;
          if (const LexiconEntry* p = person_at(i, &ne)) offer(make(i, ne, *p, c->via == MentionVia::kShort ? MentionVia::kShort : MentionVia::kName));
        } else if (c->via == MentionVia::kCity) {
          // "arrived in Jeddah", "flew to New York", "visited Osaka": a city
          // other than a capital names its state only as a visit's place, right
          // after one of `city_visit_words` (or it and "in"/"to"/"into"/"at":
          // "landed at Hiroshima airport"); "met in Osaka", "the New York
          // Times" name nobody.
          const bool visited = i >= 1 && (s.Lower(i - 1, kCityVisitWord) ||
                                          (i >= 2 && (s.lower[i - 1] == "in" || s.lower[i - 1] == "to" || s.lower[i - 1] == "into" ||
                                                      s.lower[i - 1] == "at") &&
                                           s.Lower(i - 2, kCityVisitWord)));
          if (visited) offer(make(i, i + c->toks.size(), e, c->via));
        } else if (e.kind != ActorKind::kOrganization || !inside_longer_name(i, e)) {
          offer(make(i, i + c->toks.size(), e, c->via));
        }
      }
    }

    // C1: a state's name that is also the last name of a person the article
    // named in full ("Luis Montenegro ... congratulated Montenegro"): the
    // person, unless a word of place comes before it ("in Montenegro").
    if (best && best->entry && best->entry->kind == ActorKind::kCountry && best->tok_begin == i &&
        best->tok_end == i + 1 && !(i > 0 && s.Lower(i - 1, kPlaceWord))) {
      auto it = memory->short_to_actor.find(s.folded[i]);
      if (it != memory->short_to_actor.end())
        if (const LexiconEntry* e = lex.Find(it->second); e && e->kind == ActorKind::kPerson)
          best = make(i, i + 1, *e, MentionVia::kShort);
    }

    // "the Maduro regime", "the Trump administration": a surname between an
    // article and one of `regime_nouns` is the person's government, the state
    // they lead on the day.
    if (best && best->entry && best->entry->kind == ActorKind::kPerson && best->tok_begin == i && i > 0 &&
        s.Folded(i - 1, kSurnameBlocker) && s.Lower(best->tok_end, kRegimeNoun)) {
      const std::string state = lex.CountryOf(*best->entry, date);
      if (const LexiconEntry* e = state.empty() ? nullptr : lex.Find(state))
        best = make(i, best->tok_end, *e, best->via);
    }

    // C2: the surname of someone this article introduced by title ("Kenyan
    // President William Ruto ... Ruto said").
    if (!best && s.Cap(i) && !s.Folded(i, kNonName)) {
      auto it = memory->short_to_actor.find(s.folded[i]);
      if (it != memory->short_to_actor.end() && honorific_before_name(i)) it = memory->short_to_actor.end();
      // A lexicon person's last name (not after a particle: "Mohammed bin
      // Salman" is not King Salman).
      if (it != memory->short_to_actor.end() && it->second.rfind("new:", 0) != 0 && !name_at(i)) {
        const LexiconEntry* e = lex.Find(it->second);
        if (e && e->kind == ActorKind::kPerson && !(i > 0 && s.Folded(i - 1, kNameParticle)))
          offer(make(i, i + 1, *e, MentionVia::kShort));
      } else if (it != memory->short_to_actor.end() && !name_at(i)) {
        for (std::size_t k = 0; k < memory->new_actors.size(); ++k) {
          if (memory->new_actors[k].id != it->second) continue;
          Candidate c;
          c.tok_begin = i;
          c.tok_end = i + 1;
          c.via = MentionVia::kShort;
          c.new_actor = k;
          offer(c);
        }
      }
    }

    // D: "the winner" of a named election.
    if (date && winner_may_start(i)) {
      for (const auto& w : m.winner_phrases) {
        if (!winner_at(w, i)) continue;
        const LexiconEntry* country = sentence_election;
        // Else the election the article named last ("May also congratulated the winner").
        if (!country && !memory->election_country.empty()) country = lex.Find(memory->election_country);
        if (country) {
          if (const LexiconEntry* holder = m.PresidentElect(country->id, *date)) {
            offer(make(i, i + w.size(), *holder, MentionVia::kWinner));
          }
        }
      }
    }

    // E: a misspelt multi-word name ("Lobez Abrador").
    if (!best && s.Cap(i) && !s.Folded(i, kNonName) && !m.fuzzy.empty()) {
      std::size_t re = cap_run(i);
      if (re - i >= m.fuzzy_min_tokens && !name_at(i)) {
        std::size_t n = std::min(re - i, m.fuzzy_max_tokens);
        std::string key;
        for (std::size_t k = i; k < i + n; ++k) (key += key.empty() ? "" : " ") += s.lower[k];
        if (key.size() >= m.fuzzy_min_chars) {
          std::size_t limit = std::max<std::size_t>(1, key.size() / m.fuzzy_chars_per_edit);
          const Impl::Fuzzy* found = nullptr;
          std::size_t best_d = limit + 1;
          bool tie = false;
          const std::uint64_t key_bytes = ByteSet(key);
          // The candidates of the same token count and first letter whose
          // length is within the limit; in any order, the first at the least
          // distance is the answer unless another person is as near.
          const std::size_t shortest = key.size() > limit ? key.size() - limit : 0;
          const FuzzyOrder::Key last{n, key[0], key.size() + limit};
          for (auto f_it = std::lower_bound(m.fuzzy.begin(), m.fuzzy.end(), FuzzyOrder::Key{n, key[0], shortest}, FuzzyOrder());
               f_it != m.fuzzy.end() && !FuzzyOrder()(last, *f_it); ++f_it) {
            const Impl::Fuzzy& f = *f_it;
            // Only a distance up to best_d can change the answer (a tie
            // included), so a candidate surely further is passed over.
            const std::size_t bound = std::min(limit, best_d);
            std::size_t lenf = f.key.size();
            if ((lenf > key.size() ? lenf - key.size() : key.size() - lenf) > bound) continue;
            if (ByteSetDistance(key_bytes, f.bytes) > bound) continue;
            if (!m.RecentlyActive(f.entry, day)) continue;
            std::size_t d = EditDistance(key, f.key, bound);
            if (d < best_d) {
              best_d = d;
              found = &f;
              tie = false;
            } else if (d == best_d && found && found->entry != f.entry) {
              tie = true;
            }
          }
          if (found && !tie && best_d > 0) offer(make(i, i + n, m.E(found->entry), MentionVia::kFuzzy));
        }
      }
    }

    // A country adjective alone ("Russian banks"): kept apart, for the rules that want it.
    if (!best) {
      if (const Impl::NameCand* a = adjective_at(i); a && s.Cap(i) && !in_place_name(i, i + a->toks.size())) {
        ActorMention am = mention_of(make(i, i + a->toks.size(), m.E(a->entry), MentionVia::kAdjective));
        std::size_t next = am.tok_end;
        out.push_back(std::move(am));
        i = next;
        continue;
      }
    }

    if (best) {
      i = commit(*best);
    } else {
      ++i;
    }
  }
  // "the Asia-Pacific Economic Cooperation (APEC) forum": an abbreviation in
  // brackets right after a mention of the same actor is that mention again,
  // not a second party.
  for (std::size_t k = 1; k < out.size();) {
    const ActorMention& a = out[k - 1];
    const ActorMention& b = out[k];
    if (b.actor == a.actor && b.tok_begin == a.tok_end + 1 && s.lower[a.tok_end] == "(" && b.tok_end < s.size() &&
        s.lower[b.tok_end] == ")")
      out.erase(out.begin() + static_cast<std::ptrdiff_t>(k));
    else
      ++k;
  }
  // "talks hosted by China's top diplomat, Wang Yi", "met Germany's
  // chancellor, Olaf Scholz": a person named right after a title without a
  // name, set off by a comma, is who the title means; the name is surer than
  // the lexicon's holder of the office on that day.
  // (Closed like an appositive: not "his French counterpart, Kremlin
  // spokesman Dmitry Peskov confirmed".)
  auto set_off = [&](std::size_t e) {
    return e >= s.size() || s.lower[e] == "," || s.lower[e] == "." || s.lower[e] == ";" || s.lower[e] == ")";
  };
  for (std::size_t k = 1; k < out.size(); ++k) {
    ActorMention& a = out[k - 1];
    const ActorMention& b = out[k];
    if (a.via == MentionVia::kTitle && a.kind == ActorKind::kPerson && b.kind == ActorKind::kPerson &&
        (b.via == MentionVia::kName || b.via == MentionVia::kTitleName) && !a.possessive &&
        b.tok_begin == a.tok_end + 1 && s.lower[a.tok_end] == "," && a.actor != b.actor && set_off(b.tok_end)) {
      a.actor = b.actor;
      a.country = b.country;
    }
  }
}

}  // namespace diplograph::internal
