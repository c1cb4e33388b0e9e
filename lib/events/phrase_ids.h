// A phrase list of the rules in cue-word ids: whether a phrase ends at a token
// is asked by comparing integers, not strings.
//
// Every word of every phrase is added to the event builder's cue vocabulary
// (a WordTable), whose id each token of a sentence already carries (found
// once per sentence, split/sentence_words.h). A token and a phrase word are
// the same bytes exactly when they have the same id: both are looked up, as
// they are, in one table (a token the table lacks has WordTable::kNone, which
// no phrase word has).
//
// By the id of a last word, the phrases that end with it, in list order: a
// search at a token tries only those, and finds the same first phrase a walk
// over the whole list would.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "util/strings.h"
#include "util/word_table.h"

namespace diplograph::internal {

class PhraseIds {
 public:
  PhraseIds() = default;
  // Adds every word of `phrases` to `words`.
  PhraseIds(const PhraseList& phrases, WordTable* words) {
    phrases_.reserve(phrases.size());
    for (const auto& phrase : phrases) {
      std::vector<std::uint32_t>& ids = phrases_.emplace_back();
      ids.reserve(phrase.size());
      for (const auto& word : phrase) ids.push_back(words->Add(word));
      if (ids.empty()) continue;  // (an empty phrase ends nowhere)
      if (ids.back() >= by_last_.size()) by_last_.resize(ids.back() + 1);
      by_last_[ids.back()].push_back(static_cast<std::uint32_t>(phrases_.size() - 1));
    }
  }

  std::size_t size() const { return phrases_.size(); }
  // Phrase i's word ids, in the list's order.
  const std::vector<std::uint32_t>& operator[](std::size_t i) const { return phrases_[i]; }
  // The indexes of the phrases whose last word has id `id`, in list order
  // (none for WordTable::kNone or any word that ends no phrase).
  const std::vector<std::uint32_t>& EndingWith(std::uint32_t id) const {
    static const std::vector<std::uint32_t> kNone;
    return id < by_last_.size() ? by_last_[id] : kNone;
  }

  // Does `phrase` end at token k of a sentence of `n` tokens, whose ids
  // `id_at(i)` gives?
  template <typename IdAt>
  static bool EndsAt(const std::vector<std::uint32_t>& phrase, std::size_t n, std::size_t k, IdAt id_at) {
    if (phrase.empty() || k + 1 < phrase.size() || k >= n) return false;
    // From the last word back: most tries fail at the first word compared
    // after the last (which the caller's index matched already).
    const std::size_t start = k + 1 - phrase.size();
    for (std::size_t q = phrase.size(); q-- > 0;)
      if (id_at(start + q) != phrase[q]) return false;
    return true;
  }

 private:
  std::vector<std::vector<std::uint32_t>> phrases_;
  std::vector<std::vector<std::uint32_t>> by_last_;
};

}  // namespace diplograph::internal
