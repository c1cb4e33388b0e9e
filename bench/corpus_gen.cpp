// Deterministic news-like JSONL (see corpus_gen.h). Our own PRNG and integer
// arithmetic only: no std:: distributions, whose output differs between
// standard libraries, so a seed means the same corpus everywhere.
#include "corpus_gen.h"

#include <array>
#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <vector>

namespace diplograph::bench {
namespace {

struct Rng {
  std::uint64_t s;
  std::uint64_t Next() {  // splitmix64
    std::uint64_t z = (s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  std::size_t Below(std::size_t n) { return static_cast<std::size_t>(Next() % n); }
  bool Chance(double p) { return static_cast<double>(Next() >> 11) * 0x1.0p-53 < p; }
  template <typename C>
  const auto& Pick(const C& c) { return c[Below(std::size(c))]; }
};

// People the default lexicon knows, all in office throughout 2023.
struct Leader {
  std::string_view name, surname, title, country, capital;
  bool female;
};
constexpr Leader kLeaders[] = {
    {"Xi Jinping", "Xi", "Chinese President", "China", "Beijing", false},
    {"Vladimir Putin", "Putin", "Russian President", "Russia", "Moscow", false},
    {"Joe Biden", "Biden", "U.S. President", "the United States", "Washington", false},
    {"Emmanuel Macron", "Macron", "French President", "France", "Paris", false},
    {"Olaf Scholz", "Scholz", "German Chancellor", "Germany", "Berlin", false},
    {"Narendra Modi", "Modi", "Indian Prime Minister", "India", "New Delhi", false},
    {"Fumio Kishida", "Kishida", "Japanese Prime Minister", "Japan", "Tokyo", false},
    {"Sergei Lavrov", "Lavrov", "Russian Foreign Minister", "Russia", "Moscow", false},
    {"Antony Blinken", "Blinken", "U.S. Secretary of State", "the United States", "Washington", false},
    {"Wang Yi", "Wang", "Chinese Foreign Minister", "China", "Beijing", false},
    {"Cyril Ramaphosa", "Ramaphosa", "South African President", "South Africa", "Pretoria", false},
    {"Volodymyr Zelensky", "Zelensky", "Ukrainian President", "Ukraine", "Kyiv", false},
    {"Rishi Sunak", "Sunak", "British Prime Minister", "Britain", "London", false},
    {"Giorgia Meloni", "Meloni", "Italian Prime Minister", "Italy", "Rome", true},
    {"Justin Trudeau", "Trudeau", "Canadian Prime Minister", "Canada", "Ottawa", false},
    {"Anthony Albanese", "Albanese", "Australian Prime Minister", "Australia", "Canberra", false},
    {"Benjamin Netanyahu", "Netanyahu", "Israeli Prime Minister", "Israel", "Jerusalem", false},
    {"Annalena Baerbock", "Baerbock", "German Foreign Minister", "Germany", "Berlin", true},
    {"Catherine Colonna", "Colonna", "French Foreign Minister", "France", "Paris", true},
    {"Luiz Inácio Lula da Silva", "Lula", "Brazilian President", "Brazil", "Brasília", false},
};

constexpr std::string_view kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                        "July",    "August",   "September", "October", "November", "December"};
constexpr std::string_view kWeekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

constexpr std::string_view kFillerSubjects[] = {
    "The central bank", "Analysts", "Local officials", "The ministry of finance", "Investors", "Residents",
    "The weather service", "Opposition lawmakers", "Trade unions", "The statistics office", "Shipping companies",
    "Farmers in the region", "The city council", "Economists", "Health authorities", "Energy traders"};
constexpr std::string_view kFillerVerbs[] = {"reported", "expected", "warned of", "pointed to", "estimated",
                                             "described", "noted", "forecast", "questioned", "discussed"};
constexpr std::string_view kFillerObjects[] = {
    "a rise in consumer prices", "slower growth in the third quarter", "heavy rain along the coast",
    "a shortage of skilled workers", "higher fuel costs", "record grain exports", "weak demand for steel",
    "delays at the main port", "a new budget proposal", "lower interest rates next year",
    "a drop in industrial output", "the cost of the new railway line", "strong tourism numbers"};
constexpr std::string_view kFillerTails[] = {
    "", " in a report published this week", ", according to figures released on the same day",
    " as markets closed lower", ", though the details remain unclear", " after months of debate",
    ", citing people familiar with the matter", " for the second year in a row"};
constexpr std::string_view kTopics[] = {"trade", "energy security", "climate change", "the war in Ukraine",
                                        "regional security", "food supplies", "investment", "nuclear safety",
                                        "migration", "technology"};
constexpr std::string_view kHeadlines[] = {"Leaders seek common ground", "Diplomatic week in review",
                                           "Talks continue amid tensions", "Markets and politics",
                                           "A busy day for diplomacy", "Summit season opens"};

class Writer {
 public:
  explicit Writer(Rng* rng) : r_(*rng) {}

  std::string Date(int month, int day) {
    return std::string(kMonths[month - 1]) + " " + std::to_string(day);
  }

  // One event sentence; `last` is the leader the previous event named (for follow-ups).
  std::string Event(const Leader*& last, int month, int day) {
    const Leader& a = r_.Pick(kLeaders);
    const Leader* bp = &r_.Pick(kLeaders);
    while (bp->name == a.name) bp = &r_.Pick(kLeaders);
    const Leader& b = *bp;
    std::string when = r_.Chance(0.5) ? "on " + std::string(r_.Pick(kWeekdays))
                                      : "on " + Date(month, 1 + static_cast<int>(r_.Below(static_cast<std::size_t>(day))));
    std::string topic(r_.Pick(kTopics));
    std::string out;
    if (last && r_.Chance(0.25)) {
      // Follow-up: a surname or a pronoun for the actor named before.
      std::string who = r_.Chance(0.5) ? std::string(last->surname) : (last->female ? "She" : "He");
      switch (r_.Below(4)) {
        case 0: out = who + " also praised " + std::string(b.name) + " for his efforts on " + topic + "."; break;
        case 1: out = who + " later spoke by phone with " + std::string(b.title) + " " + std::string(b.name) + " " + when + "."; break;
        case 2: out = who + " invited " + std::string(b.name) + " to visit " + std::string(last->capital) + " next year."; break;
        default: out = who + " criticized " + std::string(b.country) + " over its position on " + topic + "."; break;
      }
      return out;
    }
    std::string A = r_.Chance(0.6) ? std::string(a.title) + " " + std::string(a.name) : std::string(a.name);
    std::string B = r_.Chance(0.4) ? std::string(b.title) + " " + std::string(b.name) : std::string(b.name);
    switch (r_.Below(10)) {
      case 0: out = A + " congratulated " + B + " " + when + " on his re-election."; break;
      case 1: out = A + " met " + B + " in " + std::string(b.capital) + " " + when + " to discuss " + topic + "."; break;
      case 2: out = A + " held talks with " + B + " " + when + ", focusing on " + topic + "."; break;
      case 3: out = A + " spoke by phone with " + B + " " + when + ", the two sides said."; break;
      case 4: out = A + " visited " + std::string(b.country) + " " + when + " for the first time since the pandemic."; break;
      case 5: out = std::string(a.country) + " and " + std::string(b.country) + " signed an agreement on " + topic + " " + when + "."; break;
      case 6: out = A + " praised " + B + " for the progress on " + topic + "."; break;
      case 7: out = A + " criticized " + B + " " + when + " over remarks on " + topic + "."; break;
      case 8: out = A + " is ready to meet " + B + " later this month, a spokesperson said."; break;
      default: out = A + " invited " + B + " to a summit on " + topic + " in " + std::string(a.capital) + " in " + std::string(kMonths[(month % 12)]) + "."; break;
    }
    last = &a;
    if (out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');  // "the United States ..."
    return out;
  }

  std::string Filler() {
    std::string s = std::string(r_.Pick(kFillerSubjects)) + " " + std::string(r_.Pick(kFillerVerbs)) + " " +
                    std::string(r_.Pick(kFillerObjects)) + std::string(r_.Pick(kFillerTails));
    if (r_.Chance(0.2)) s += ", with a figure of " + std::to_string(r_.Below(900) + 10) + "." + std::to_string(r_.Below(10)) + " percent";
    if (r_.Chance(0.1)) s += " in " + std::string(r_.Pick(kLeaders).capital);
    return s + ".";
  }

 private:
  Rng& r_;
};

void AppendJsonString(std::string* out, std::string_view s) {
  out->push_back('"');
  for (char c : s) {
    switch (c) {
      case '"': *out += "\\\""; break;
      case '\\': *out += "\\\\"; break;
      case '\n': *out += "\\n"; break;
      default: out->push_back(c);
    }
  }
  out->push_back('"');
}

}  // namespace

std::uint64_t GenerateCorpus(const CorpusOptions& options, const std::function<void(const std::string&)>& line) {
  Rng rng{options.seed};
  Writer w(&rng);
  std::uint64_t produced = 0, n = 0;
  std::string text, json;
  while (produced < options.bytes) {
    int month = 1 + static_cast<int>(rng.Below(12)), day = 1 + static_cast<int>(rng.Below(28));
    text.clear();
    text += rng.Pick(kHeadlines);
    text += "\n\n";
    std::size_t sentences = 8 + rng.Below(33);
    const Leader* last = nullptr;
    for (std::size_t i = 0; i < sentences; ++i) {
      text += rng.Chance(options.density) ? w.Event(last, month, day) : w.Filler();
      text += (i + 1 < sentences && rng.Chance(0.3)) ? "\n\n" : " ";
    }
    text.pop_back();
    char date[16];
    std::snprintf(date, sizeof date, "2023-%02d-%02d", month, day);
    json = "{\"id\": ";
    AppendJsonString(&json, options.id_prefix + "-" + std::to_string(n));
    json += ", \"published\": \"";
    json += date;
    json += "\", \"source\": \"generator\", \"text\": ";
    AppendJsonString(&json, text);
    json += "}";
    line(json);
    produced += json.size() + 1;
    ++n;
  }
  return n;
}

bool ParseSize(const char* s, std::uint64_t* out) {
  char* end = nullptr;
  double v = std::strtod(s, &end);
  if (end == s || v <= 0) return false;
  std::uint64_t mul = 1;
  if (*end == 'K' || *end == 'k') mul = 1ull << 10;
  else if (*end == 'M' || *end == 'm') mul = 1ull << 20;
  else if (*end == 'G' || *end == 'g') mul = 1ull << 30;
  else if (*end != '\0') return false;
  *out = static_cast<std::uint64_t>(v * static_cast<double>(mul));
  return true;
}

}  // namespace diplograph::bench
