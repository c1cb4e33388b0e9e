// Tokens of one sentence: words (with inner apostrophes and hyphens, dotted
// acronyms such as "U.S." kept whole), possessive "'s" as its own token,
// numbers with inner commas, and single punctuation marks. Offsets are bytes
// into the string that was tokenised. No allocation besides the output vector
// (and, once per thread, room to classify a text longer than 4 KB). The bytes
// are classified 16 at a time into bit masks before the walk, so that where a
// word ends and whether it is all capitals are bit scans; the lower-cased
// copy that split/sentence_words.h needs is written in that pass.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace diplograph::internal {

struct Token {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool word = false;     // letters/digits; false for punctuation
  bool cap = false;      // starts with an upper-case letter (ASCII or Latin-1/Extended)
  bool upper = false;    // every letter upper case (and at least two letters)
  bool digit = false;    // starts with a digit
  bool possessive = false;  // the "'s" (or lone "'") after a name
  std::string_view text(std::string_view s) const { return s.substr(begin, end - begin); }
};

void Tokenize(std::string_view sentence, std::vector<Token>* out);

// The same, and in the same pass over the bytes the sentence with its ASCII
// letters lower-cased into `*lower` (byte for byte, so that a token's offsets
// hold in it too): whether every byte of the sentence is ASCII.
bool Tokenize(std::string_view sentence, std::vector<Token>* out, std::string* lower);

}  // namespace diplograph::internal
