// Split: a normalised text into sentences, and each sentence into tokens.
//
// Sentences never cross a line break (headlines and list items end without a
// period), never split after an abbreviation or an initial ("Mr.", "U.S.",
// "Joseph R. Biden"), and keep a quotation that spans several sentences
// together when it closes on the same line. Site junk lines (cookie notices,
// "See also ...", bylines, "Leave a Reply") are marked as boilerplate, and a
// dateline ("BEIJING -", "MOSCOW (Reuters) -") is cut off the sentence start.
#pragma once

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

#include "diplograph/status.h"

namespace diplograph::internal {

struct SentenceSpan {
  std::size_t begin = 0;  // byte offsets into the normalised text
  std::size_t end = 0;
  std::size_t line = 0;       // 0-based line of the text it comes from
  bool boilerplate = false;   // a junk line: no actors, no events
  bool headline = false;      // a line without final punctuation (title, heading)
  std::size_t dateline = 0;   // bytes of dateline cut off right before this sentence ("BEIJING (Reuters) - ")
};

class SentenceSplitter {
 public:
  static const SentenceSplitter& Default();  // from lib/data/text/segmentation.json
  static Result<SentenceSplitter> FromJson(std::string_view json, std::string_view origin);
  SentenceSplitter(SentenceSplitter&&) noexcept;
  ~SentenceSplitter();

  // Sentences in text order; none longer than the data's max_sentence_bytes
  // (longer runs are cut, see CapLength).
  std::vector<SentenceSpan> Split(std::string_view text) const;
  // The same into *out (cleared first), whose room is kept from call to call.
  void Split(std::string_view text, std::vector<SentenceSpan>* out) const;
  bool IsAbbreviation(std::string_view word) const;

  // Cuts every non-boilerplate span longer than `max` bytes into pieces of at
  // most `max` bytes (at a space in the second half of the piece if there is
  // one, never inside a UTF-8 sequence). Exposed for tests.
  static void CapLength(std::string_view text, std::size_t max, std::vector<SentenceSpan>* spans);

 private:
  struct Impl;
  explicit SentenceSplitter(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace diplograph::internal
