// The pipeline, one document at a time:
//   normalise -> split sentences -> tokens -> actors -> actions -> dates -> events -> graph
#include "diplograph/extractor.h"

#include <algorithm>
#include <chrono>

#include "actions/action_rules.h"
#include "actors/actor_recognizer.h"
#include "dates/context_days.h"
#include "diplograph/temporal.h"
#include "events/event_builder.h"
#include "normalize/normalizer.h"
#include "split/sentence_splitter.h"
#include "split/sentence_words.h"
#include "split/tokenizer.h"
#include "util/parallel.h"
#include "util/utf8.h"

namespace diplograph {

using namespace internal;

namespace {

// Adds the time since the last Lap() to a stage counter; does nothing (not
// even read the clock) when timing is off.
class StageClock {
 public:
  explicit StageClock(bool on) : on_(on) {
    if (on_) last_ = std::chrono::steady_clock::now();
  }
  void Lap(std::uint64_t* stage) {
    if (!on_) return;
    auto now = std::chrono::steady_clock::now();
    *stage += static_cast<std::uint64_t>(std::chrono::duration_cast<std::chrono::nanoseconds>(now - last_).count());
    last_ = now;
  }

 private:
  bool on_;
  std::chrono::steady_clock::time_point last_;
};

// The city part of a dateline ("ST. PETERSBURG, Russia, June 17 (Reuters) -"
// gives "St. Petersburg"), written as names are ("BEIJING" -> "Beijing"), one
// string per city ("WASHINGTON/MOSCOW" gives two).
std::vector<std::string> DatelineCities(std::string_view dateline) {
  std::size_t end = dateline.find_first_of("(,-:");
  std::string_view head = dateline.substr(0, end);
  std::vector<std::string> cities(1);
  bool word_start = true;
  for (char ch : head) {
    if (ch == '/') {
      cities.emplace_back();
      word_start = true;
      continue;
    }
    bool letter = (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z');
    if (letter) ch = word_start ? static_cast<char>(ch & ~0x20) : static_cast<char>(ch | 0x20);
    word_start = !letter && ch != '\'';
    cities.back() += ch;
  }
  return cities;
}

// What one thread needs for an article, kept from article to article: a new
// memory and candidate list per article grew their tables and buffers anew
// each time. (Extract is not re-entered on a thread: the log callback runs
// after the last use.)
struct ArticleScratch {
  NormalizedText norm;  // the article's normalised text (views into it die with the article)
  std::vector<SentenceSpan> sentences;
  ArticleMemory memory;
  std::vector<CandidateEvent> candidates;
  std::vector<std::vector<TriggerMatch>> sentence_triggers;
  // Per sentence: the anchor is found after the sentence has passed (an
  // event's context day is asked in Finish), so the tokens stay.
  std::vector<std::vector<Token>> tokens;
  std::vector<SentenceWords> words;  // the same sentences' words, read once for the stages after the tokens
  ContextDays days;
  std::vector<std::size_t> article_sentence;  // the sentence index of each AddSentence, in order
  std::vector<Timex> no_timexes;
  std::vector<ActorMention> no_mentions;
  std::vector<TriggerMatch> no_triggers;
  std::vector<Token> tail_tokens;  // the sentence after the last with a trigger
  // The sentence being read: its actor mentions and its dates (each list's
  // room kept, not one list per sentence).
  std::vector<ActorMention> mentions;
  std::vector<Timex> timexes;
};

}  // namespace

struct Extractor::Impl {
  Lexicon lexicon;
  Options options;
  std::unique_ptr<ActorRecognizer> actors;
  const ActionRules* rules = nullptr;
  const TemporalTagger* tagger = nullptr;
  std::unique_ptr<EventBuilder> builder;
  // The words the actor, date and event stages look up, in one table: each
  // sentence's tokens are looked up once, for all three (split/sentence_words.h).
  SharedWords words;
};

Extractor::Extractor(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Extractor::Extractor(Extractor&&) noexcept = default;
Extractor& Extractor::operator=(Extractor&&) noexcept = default;
Extractor::~Extractor() = default;
const Lexicon& Extractor::lexicon() const { return impl_->lexicon; }

Result<Extractor> Extractor::Create(Options options) {
  auto impl = std::make_unique<Impl>();
  // Two independent halves: the lexicon and the actor tables compiled from it
  // (about 40% of the work), and the action rules (about 60%: the trigger
  // patterns compiled and their anchors found), which do not depend on the
  // lexicon. With a second thread they are built at once. The date tagger, the
  // normaliser and the splitter build their tables on first use: they are
  // built here, or the first Extract pays for it (24 M instructions, timed as
  // its split stage). None of those three can fail (an empty one is their
  // fallback).
  Status lexicon_status;
  auto lexicon_half = [&] {
    if (options.lexicon) {
      impl->lexicon = *options.lexicon;
    } else {
      Result<Lexicon> def = Lexicon::Default();
      if (!def.ok()) {
        lexicon_status = def.status();
        return;
      }
      impl->lexicon = *def;
    }
    Result<std::unique_ptr<ActorRecognizer>> actors = ActorRecognizer::Create(impl->lexicon);
    if (!actors.ok()) {
      lexicon_status = actors.status();
      return;
    }
    impl->actors = std::move(actors).value();
    impl->tagger = &TemporalTagger::Default();
    Normalizer::Default();
    SentenceSplitter::Default();
  };
  const unsigned threads = ThreadsOrCores(options.threads);
  auto rules_half = [&] { impl->rules = &ActionRules::Default(threads); };
  RunTwo(threads, lexicon_half, rules_half);
  if (!lexicon_status.ok()) return lexicon_status;
  impl->options = std::move(options);
  impl->options.lexicon.reset();
  if (impl->rules->actions().empty())
    return Status(StatusCode::kInternal, "the embedded action rules did not load");
  impl->builder = std::make_unique<EventBuilder>(*impl->rules, *impl->actors);
  impl->words.Add(WordStage::kActors, impl->actors->vocabulary());
  impl->words.Add(WordStage::kDates, impl->tagger->words());
  impl->words.Add(WordStage::kCues, impl->builder->cue_words());
  impl->words.Spread();
  return Extractor(std::move(impl));
}

DocumentReport Extractor::Extract(const Document& doc, Graph* graph) const {
  const Impl& m = *impl_;
  DocumentReport report;
  report.document = doc.id;
  report.bytes = doc.text.size();
  StageTimes& times = report.times;
  StageClock clock(m.options.time_stages);

  // The text as given; a repaired copy only when it is not valid UTF-8 (the
  // evidence of the events points into it, so it lives to the end).
  std::string_view text = doc.text;
  std::string repaired;
  if (FirstInvalidUtf8(text) != std::string_view::npos) {
    repaired = doc.text;
    std::size_t bad = RepairUtf8(&repaired);
    report.warnings.push_back("document '" + doc.id + "': " + std::to_string(bad) +
                              " invalid UTF-8 sequence(s) replaced with U+FFFD");
    text = repaired;
  }
  std::optional<CivilDate> published = doc.published ? doc.published : m.options.default_published;
  report.published = published;

  thread_local ArticleScratch reused;

  NormalizedText& norm = reused.norm;
  Normalizer::Default().Normalize(text, &norm);
  clock.Lap(&times.normalize);
  std::vector<SentenceSpan>& sentences = reused.sentences;
  SentenceSplitter::Default().Split(norm.text, &sentences);
  clock.Lap(&times.split);

  ArticleMemory& memory = reused.memory;
  memory.Clear();
  memory.published = published;
  std::vector<CandidateEvent>& candidates = reused.candidates;
  candidates.clear();
  // Code-point offsets: count as we go, sentences arrive in order.
  std::size_t cp_pos = 0, byte_pos = 0;
  auto to_cp = [&](std::size_t orig_byte) {
    if (orig_byte < byte_pos) {  // never happens for ordered sentences, but stay correct
      cp_pos = 0;
      byte_pos = 0;
    }
    cp_pos += CodePointCount(text.substr(byte_pos, orig_byte - byte_pos));
    byte_pos = orig_byte;
    return cp_pos;
  };

  // Triggers first, for every sentence: the sentences after the last one that
  // has a trigger can add no event (a sentence only feeds the memory of the
  // sentences after it), so the dear stages stop there, and an article with
  // no trigger at all costs only its split and this scan.
  std::vector<std::vector<TriggerMatch>>& sentence_triggers = reused.sentence_triggers;
  if (sentence_triggers.size() < sentences.size()) sentence_triggers.resize(sentences.size());
  for (std::size_t si = 0; si < sentences.size(); ++si) sentence_triggers[si].clear();
  std::size_t stop = 0;  // one past the last sentence with a trigger
  for (std::size_t si = 0; si < sentences.size(); ++si) {
    const SentenceSpan& span = sentences[si];
    if (span.boilerplate) {
      ++report.boilerplate_lines;
      continue;
    }
    ++report.sentences;
    sentence_triggers[si] = m.rules->Match(std::string_view(norm.text).substr(span.begin, span.end - span.begin));
    report.triggers += sentence_triggers[si].size();
    if (!sentence_triggers[si].empty()) stop = si + 1;
  }
  clock.Lap(&times.actions);

  if (reused.tokens.size() < stop) reused.tokens.resize(stop);
  if (reused.words.size() < stop) reused.words.resize(stop);
  ContextDays& days = reused.days;
  days.Reset(m.tagger, published, stop);
  std::vector<std::size_t>& article_sentence = reused.article_sentence;
  article_sentence.clear();
  for (std::size_t si = 0; si < stop; ++si) {
    const SentenceSpan& span = sentences[si];
    if (span.boilerplate) continue;
    if (span.dateline && memory.dateline_country.empty() && span.begin >= span.dateline) {
      // The dateline's city, if it names exactly one country.
      std::string country;
      bool several = false;
      for (const std::string& city :
           DatelineCities(std::string_view(norm.text).substr(span.begin - span.dateline, span.dateline))) {
        std::vector<Token> city_tokens;
        Tokenize(city, &city_tokens);
        ArticleMemory scratch;
        for (const ActorMention& am : m.actors->Recognize(city, city_tokens, published, &scratch)) {
          std::string c = am.kind == ActorKind::kCountry ? am.actor : am.country;
          if (c.empty()) continue;
          if (!country.empty() && c != country) several = true;
          country = c;
          break;
        }
      }
      if (!several) memory.dateline_country = country;
    }
    std::string_view sentence = std::string_view(norm.text).substr(span.begin, span.end - span.begin);
    std::vector<Token>& tokens = reused.tokens[si];
    SentenceWords& words = reused.words[si];
    words.Read(m.words, sentence, &tokens);  // (tokenizes it too)
    clock.Lap(&times.tokenize);
    std::vector<ActorMention>& mentions = reused.mentions;
    m.actors->Recognize(sentence, tokens, published, &memory, &mentions, &words);
    report.actor_mentions += mentions.size();
    clock.Lap(&times.actors);
    const std::vector<TriggerMatch>& triggers = sentence_triggers[si];
    // The dates of a sentence with a trigger; any other sentence is tagged only
    // if a later one reads the anchor through it (an anaphoric day, "the next
    // day", or an event told with no date of its own, its context day).
    days.Add(si, sentence, &tokens, &words);
    article_sentence.push_back(si);
    if (triggers.empty()) {  // (no actor named is fine: "he", "the two leaders")
      // Still feed the memory (who was named, who the subject was).
      SentenceContext c{sentence, &tokens, &mentions, &triggers, &reused.no_timexes, {}, &words};
      m.builder->AddSentence(c, &memory, &candidates);
      clock.Lap(&times.events);
      continue;
    }
    std::vector<Timex>& timexes = reused.timexes;
    days.Tag(si, &timexes);
    clock.Lap(&times.dates);
    std::size_t ob = norm.OrigOffset(span.begin), oe = norm.OrigOffset(span.end);
    // Spaces the normaliser dropped or folded ("\r" of a CRLF line end) are
    // not part of the quoted sentence.
    auto space = [](char ch) { return ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n' || ch == '\f' || ch == '\v'; };
    while (oe > ob && space(text[oe - 1])) --oe;
    while (ob < oe && space(text[ob])) ++ob;
    Evidence evidence;
    evidence.document = doc.id;
    evidence.begin = to_cp(ob);
    evidence.end = evidence.begin + CodePointCount(text.substr(ob, oe - ob));
    // The next sentence's start is counted on from this one's end: its bytes
    // are not counted again.
    cp_pos = evidence.end;
    byte_pos = oe;
    evidence.sentence = text.substr(ob, oe - ob);
    SentenceContext c{sentence, &tokens, &mentions, &triggers, &timexes, evidence, &words};
    m.builder->AddSentence(c, &memory, &candidates);
    clock.Lap(&times.events);
  }
  // The sentence after the last one with a trigger may still take back what
  // that one told ("... shook Mr Putin's hand. It was not a meeting."): when
  // the builder awaits it, it is read for that alone, its words without
  // actors or dates.
  std::size_t after = stop;
  while (after < sentences.size() && sentences[after].boilerplate) ++after;
  if (stop > 0 && after < sentences.size() && m.builder->AwaitsNextSentence(memory, candidates)) {
    const SentenceSpan& span = sentences[after];
    const std::string_view sentence = std::string_view(norm.text).substr(span.begin, span.end - span.begin);
    std::vector<Token>& tokens = reused.tail_tokens;
    Tokenize(sentence, &tokens);
    SentenceContext c{sentence, &tokens, &reused.no_mentions, &reused.no_triggers, &reused.no_timexes, {}, nullptr};
    m.builder->AddSentence(c, &memory, &candidates);
    clock.Lap(&times.events);
  }

  std::vector<Event> events = m.builder->Finish(
      candidates, [&](std::size_t sentence, bool election) {
        return election ? days.OccasionDay(article_sentence[sentence], m.rules->cues().election_nouns,
                                           m.rules->cues().election_night_strings)
                        : days.ContextDay(article_sentence[sentence]);
      });
  if (!m.options.keep_unasserted) {
    events.erase(std::remove_if(events.begin(), events.end(),
                                [](const Event& e) { return e.factuality != Factuality::kAsserted; }),
                 events.end());
  }
  // The actors these events name (views: sorting copies of the ids cost more
  // than the rest of this list).
  std::vector<std::string_view> ids;
  for (const Event& e : events)
    for (const auto* list : {&e.agents, &e.recipients, &e.participants}) ids.insert(ids.end(), list->begin(), list->end());
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  report.actors.reserve(ids.size());  // (growing the list moved every string of every actor)
  for (std::string_view id : ids) {
    Actor a;
    a.id = id;
    if (const LexiconEntry* e = m.lexicon.Find(id)) {
      a.name = e->name;
      a.kind = e->kind;
      a.qid = e->qid;
      a.country = m.lexicon.CountryOf(*e, published);
    } else {
      for (const NewActor& na : memory.new_actors) {
        if (na.id != id) continue;
        a.name = na.name;
        a.role = na.role;
        a.country = na.country.empty() && na.role.empty() ? memory.election_country : na.country;
        a.in_lexicon = false;
      }
      if (a.name.empty()) a.name = id;
    }
    report.actors.push_back(std::move(a));
  }
  clock.Lap(&times.events);
  if (graph) {
    DocumentRecord rec{doc.id, published, doc.title, doc.url, doc.source};
    graph->AddDocument(rec);
    for (const Actor& a : report.actors) graph->AddActor(a);
    graph->AddDocumentEvents(events);
    clock.Lap(&times.graph);
  }
  report.events = std::move(events);
  if (m.options.log && m.options.log_level <= LogLevel::kWarning)
    for (const auto& w : report.warnings) m.options.log(LogLevel::kWarning, w);
  if (m.options.log && m.options.log_level <= LogLevel::kDebug) {
    m.options.log(LogLevel::kDebug, "document '" + doc.id + "': " + std::to_string(report.sentences) + " sentences, " +
                                        std::to_string(report.actor_mentions) + " actor mentions, " +
                                        std::to_string(report.triggers) + " triggers, " +
                                        std::to_string(report.events.size()) + " events");
  }
  return report;
}

}  // namespace diplograph
