// A sentence's words, read once for every stage that looks words up.
//
// The actor recogniser, the date tagger and the event builder each know words
// of their own, each in a vocabulary (util/word_table.h) of their own, and
// each used to lower-case the sentence and hash its tokens again. Here:
//
// - SharedWords, built once at load, holds every word of those vocabularies in
//   one table, and per stage each word's id in that stage's vocabulary
//   (WordTable::kNone: not a word of the stage);
// - SentenceWords, read once per sentence (by the extractor, with the
//   tokens), holds the sentence lower-cased and each token's id in the shared
//   table: one hash per token, after which a stage finds a token's id of its
//   own by one array read (SharedWords::StageId).
//
// A token is looked up exactly as its bytes are, ASCII letters lower-cased:
// the same word every stage looked up before (the actor recogniser folds the
// accents of a token that has non-ASCII bytes first, and still does so
// itself: see `ascii`). Only the extractor reads sentences this way; a stage
// called without a SentenceWords (the tests, the dateline's cities) reads the
// sentence itself as before.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "split/tokenizer.h"
#include "util/word_table.h"

namespace diplograph::internal {

// `text` with its ASCII letters lower-cased into `out`; whether every byte is
// ASCII. One pass without a branch per byte (so that it vectorises).
inline bool LowerCaseAscii(std::string_view text, std::string* out) {
  out->assign(text);
  unsigned char high = 0;
  for (char& c : *out) {
    const auto u = static_cast<unsigned char>(c);
    high |= u;
    c = static_cast<char>(u + (static_cast<unsigned char>(u - 'A') < 26 ? 'a' - 'A' : 0));
  }
  return (high & 0x80) == 0;
}

// The stages that look up a sentence's words, each in its own vocabulary.
enum class WordStage : unsigned { kActors, kDates, kCues, kCount };

class SharedWords {
 public:
  SharedWords() {
    for (auto& ids : stage_ids_) ids.assign(1, WordTable::kNone);
  }

  // Adds every word of `stage`'s vocabulary. Each stage once, before Read.
  void Add(WordStage stage, const WordTable& words) {
    for (std::uint32_t id = 0; id < words.size(); ++id) {
      const std::uint32_t shared = table_.Add(words.word(id));
      for (auto& ids : stage_ids_)
        if (ids.size() < shared + 2) ids.resize(shared + 2, WordTable::kNone);
      stage_ids_[static_cast<unsigned>(stage)][shared + 1] = id;
    }
  }

  // After the last Add: the table at most a quarter full (instead of half),
  // since most tokens of a sentence are in none of the vocabularies and a
  // miss probes until an empty slot.
  void Spread() { table_.Reserve(2 * table_.size()); }

  const WordTable& table() const { return table_; }

  // The id in `stage`'s vocabulary of the word with `shared` id (which may be
  // WordTable::kNone): WordTable::kNone when the stage does not know it.
  std::uint32_t StageId(WordStage stage, std::uint32_t shared) const {
    return stage_ids_[static_cast<unsigned>(stage)][static_cast<std::uint32_t>(shared + 1)];
  }

 private:
  WordTable table_;

  // By stage, by shared id + 1 (so that kNone + 1 is 0, which holds kNone).
  std::array<std::vector<std::uint32_t>, static_cast<unsigned>(WordStage::kCount)> stage_ids_;
};

struct SentenceWords {
  const SharedWords* shared = nullptr;
  std::string lower;                // the sentence, ASCII letters lower-cased
  std::vector<std::uint32_t> ids;   // each token's id in shared->table(), or WordTable::kNone
  bool ascii = true;                // no byte of the sentence is past ASCII

  // Token k's id in `stage`'s vocabulary, or WordTable::kNone.
  std::uint32_t StageId(WordStage stage, std::size_t k) const { return shared->StageId(stage, ids[k]); }
  std::string_view Lower(const Token& t) const { return std::string_view(lower.data() + t.begin, t.end - t.begin); }

  // Tokenizes `sentence` into `*tokens` and reads its words: the lower-cased
  // copy is written by the tokenizer in its pass over the bytes, then each
  // token is looked up. Reuse one to reuse its buffers.
  void Read(const SharedWords& words, std::string_view sentence, std::vector<Token>* token_out) {
    shared = &words;
    ascii = Tokenize(sentence, token_out, &lower);
    const std::vector<Token>& tokens = *token_out;
    const std::size_t n = tokens.size();
    ids.resize(n);
    // (Through local pointers: the loop writes ids, after which the compiler
    // would reload the table's and the vectors' pointers at each token.)
    const WordTable::Reader table = words.table().reader();
    const Token* tok = tokens.data();
    const char* bytes = lower.data();
    std::uint32_t* out = ids.data();
    for (std::size_t k = 0; k < n; ++k) out[k] = table.Find(std::string_view(bytes + tok[k].begin, tok[k].end - tok[k].begin));
  }
};

}  // namespace diplograph::internal
