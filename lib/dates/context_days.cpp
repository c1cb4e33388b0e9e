// The article's temporal anchor, found lazily (see context_days.h).
#include "dates/context_days.h"

namespace diplograph::internal {

void ContextDays::Reset(const TemporalTagger* tagger, std::optional<CivilDate> published, std::size_t count) {
  tagger_ = tagger;
  published_ = published;
  sentences_.assign(count, Sentence{});
  known_ = 0;
  known_anchor_.reset();
}

void ContextDays::Add(std::size_t si, std::string_view text, const std::vector<Token>* tokens,
                      const SentenceWords* words) {
  Sentence& s = sentences_[si];
  s.text = text;
  s.tokens = tokens;
  s.words = words;
  s.added = true;
}

bool ContextDays::TagWith(std::size_t si, std::optional<CivilDate> anchor, std::vector<Timex>* out) {
  const Sentence& s = sentences_[si];
  TemporalContext ctx;
  ctx.published = published_;
  ctx.anchor = anchor;
  tagger_->Tag(s.text, *s.tokens, ctx, s.words, out);  // (into the room `out` already has)
  // The anaphora rule is the one reader of the anchor, and every time it reads
  // it, it leaves an expression of its own.
  for (const Timex& t : *out)
    if (t.rule == "anaphora.day") return true;
  return false;
}

void ContextDays::Record(std::size_t si, const std::vector<Timex>& timexes) {
  Sentence& s = sentences_[si];
  s.tagged = true;
  s.day.reset();
  for (const Timex& t : timexes)
    if (t.type == TimexType::kDate && t.earliest && t.latest && *t.earliest == *t.latest) s.day = t.earliest;
}

void ContextDays::Tag(std::size_t si, std::vector<Timex>* out) {
  if (TagWith(si, std::nullopt, out)) TagWith(si, Before(si), out);
  Record(si, *out);
}

std::optional<CivilDate> ContextDays::Before(std::size_t si) {
  // Back to the nearest sentence that sets a single day without reading the
  // anchor; those on the way that read it wait for it.
  const std::size_t stop = si >= known_ ? known_ : 0;
  std::optional<CivilDate> anchor = si >= known_ ? known_anchor_ : std::nullopt;
  pending_.clear();
  for (std::size_t j = si; j-- > stop;) {
    Sentence& s = sentences_[j];
    if (!s.added) continue;
    if (!s.tagged && !tagger_->MaySetDay(s.text, *s.tokens, s.words)) {
      s.tagged = true;  // no single day, whatever the anchor
      s.day.reset();
    }
    if (!s.tagged) {
      if (TagWith(j, std::nullopt, &scratch_)) {
        pending_.push_back(j);
        continue;
      }
      Record(j, scratch_);
    }
    if (s.day) {
      anchor = s.day;
      break;
    }
  }
  // Then forward again through those that read it, each moving it in turn.
  for (std::size_t k = pending_.size(); k-- > 0;) {
    const std::size_t j = pending_[k];
    TagWith(j, anchor, &scratch_);
    Record(j, scratch_);
    if (sentences_[j].day) anchor = sentences_[j].day;
  }
  if (si >= known_) {
    known_ = si;
    known_anchor_ = anchor;
  }
  return anchor;
}

}  // namespace diplograph::internal
