// Normalise: plain quotes and dashes, ordinary spaces, no invisible
// characters, precomposed accented Latin letters (NFC), with a map from every
// byte of the normalised text back to the original text (offsets survive).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "diplograph/status.h"
#include "util/uninitialized_vector.h"

namespace diplograph::internal {

struct NormalizedText {
  std::string text;
  // to_orig[i] is the byte offset in the original text of normalised byte i;
  // to_orig[text.size()] is the original length. (Its growth writes no zeros
  // first: every byte is written once, as the text is.)
  UninitializedVector<std::uint32_t> to_orig;

  std::size_t OrigOffset(std::size_t norm) const { return to_orig[norm]; }
};

class Normalizer {
 public:
  // Built from lib/data/text/normalize.json.
  static const Normalizer& Default();
  static Result<Normalizer> FromJson(std::string_view json, std::string_view origin);

  Normalizer(Normalizer&&) noexcept;
  ~Normalizer();

  // `text` must be valid UTF-8 (readers repair it first).
  NormalizedText Normalize(std::string_view text) const;
  // The same into `out`, whose room is reused (a caller that keeps one per
  // thread spares the allocation, and the page faults, of every text).
  void Normalize(std::string_view text, NormalizedText* out) const;
  // Accent-folded copy for matching ("López" -> "Lopez"); case kept. Only
  // Latin letters change, so word boundaries stay where they were.
  std::string Fold(std::string_view text) const;

 private:
  struct Impl;
  explicit Normalizer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace diplograph::internal
