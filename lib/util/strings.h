// String helpers for the hot path: ASCII lower-casing without a string per
// word, and flat hash tables keyed by std::string that are searched with a
// std::string_view (no temporary key).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "split/tokenizer.h"

namespace diplograph::internal {

inline char AsciiLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c; }

// `s` lower-cased into `out` (ASCII letters only; other bytes unchanged),
// reusing its buffer.
inline void AsciiLowerInto(std::string_view s, std::string* out) {
  out->assign(s.data(), s.size());
  for (char& c : *out) c = AsciiLower(c);
}

// A lower-case copy of `s`.
// The words of `s` separated by runs of spaces ("newly sworn-in" -> "newly",
// "sworn-in"): how the rules' multi-word entries are read.
inline std::vector<std::string> SplitWords(std::string_view s) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    std::size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) out.emplace_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

// Whether `part` occurs in `text`. (memmem: string_view::find stops at every
// byte equal to the first of `part` to compare the rest, and a common first
// letter makes that a call every few bytes.)
inline bool HoldsBytes(std::string_view text, std::string_view part) {
  return memmem(text.data(), text.size(), part.data(), part.size()) != nullptr;
}

inline std::string AsciiLowerCopy(std::string_view s) {
  std::string out;
  AsciiLowerInto(s, &out);
  return out;
}

// A hash map from std::string keys, searched with a std::string_view (no
// temporary key): open addressing over one array of slots, entries kept in
// insertion order in one vector (iteration is that order). No erase. Built
// for the lexicon tables that are filled once and read at every token, where
// node-based maps cost a cache miss per node and a string hash per probe.
template <typename V>
class StringMap {
 public:
  using value_type = std::pair<std::string, V>;
  using iterator = typename std::vector<value_type>::iterator;
  using const_iterator = typename std::vector<value_type>::const_iterator;

  iterator begin() { return entries_.begin(); }
  iterator end() { return entries_.end(); }
  const_iterator begin() const { return entries_.begin(); }
  const_iterator end() const { return entries_.end(); }
  std::size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }
  void clear() {
    entries_.clear();
    hashes_.clear();
    slots_.clear();
    lengths_ = 0;
  }

  iterator find(std::string_view key) {
    std::size_t i = Lookup(key);
    return i == kNone ? entries_.end() : entries_.begin() + static_cast<std::ptrdiff_t>(i);
  }
  const_iterator find(std::string_view key) const {
    std::size_t i = Lookup(key);
    return i == kNone ? entries_.end() : entries_.begin() + static_cast<std::ptrdiff_t>(i);
  }
  std::size_t count(std::string_view key) const { return Lookup(key) == kNone ? 0 : 1; }

  // The value of `key`, inserted (value-initialised) if missing.
  V& operator[](std::string_view key) { return Insert(key, V()).first->second; }
  // Inserts (key, value) unless the key is there; the entry and whether it was inserted.
  std::pair<iterator, bool> Insert(std::string_view key, V value) {
    std::uint64_t h = Hash(key);
    if (std::size_t i = Index(key, h); i != kNone) return {entries_.begin() + static_cast<std::ptrdiff_t>(i), false};
    if ((entries_.size() + 1) * 2 > slots_.size()) Grow();
    entries_.emplace_back(std::string(key), std::move(value));
    hashes_.push_back(h);
    lengths_ |= LengthBit(key.size());
    Place(entries_.size() - 1, h);
    return {entries_.end() - 1, true};
  }

 private:
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  // Keys are words and short phrases: eight bytes at a time, each folded in
  // with a 64x64->128 multiply (std::hash runs a byte loop per key).
  static std::uint64_t Mix(std::uint64_t a, std::uint64_t b) {
    __extension__ using U128 = unsigned __int128;
    U128 r = static_cast<U128>(a) * b;
    return static_cast<std::uint64_t>(r) ^ static_cast<std::uint64_t>(r >> 64);
  }
  static std::uint64_t Hash(std::string_view key) {
    const char* p = key.data();
    std::size_t n = key.size();
    std::uint64_t h = 0x9E3779B97F4A7C15ull ^ n;
    for (; n >= 8; p += 8, n -= 8) {
      std::uint64_t w;
      std::memcpy(&w, p, 8);
      h = Mix(h ^ w, 0xBF58476D1CE4E5B9ull);
    }
    // The last 1-7 bytes with fixed-size reads (a memcpy of n bytes is a
    // library call): two overlapping 4-byte words, or the first, middle and
    // last byte. Either covers every byte, and n is in h already.
    std::uint64_t w = 0;
    if (n >= 4) {
      std::uint32_t lo, hi;
      std::memcpy(&lo, p, 4);
      std::memcpy(&hi, p + n - 4, 4);
      w = (static_cast<std::uint64_t>(hi) << 32) | lo;
    } else if (n > 0) {
      w = (static_cast<std::uint64_t>(static_cast<unsigned char>(p[0])) << 16) |
          (static_cast<std::uint64_t>(static_cast<unsigned char>(p[n / 2])) << 8) | static_cast<unsigned char>(p[n - 1]);
    }
    return Mix(h ^ w ^ 0xD6E8FEB86659FD93ull, 0x94D049BB133111EBull);
  }

  // Bit min(n, 63): the lengths of the keys, so that a word of a length no key
  // has (most words, for the short word lists of the rules) is turned away
  // before it is hashed.
  static std::uint64_t LengthBit(std::size_t n) { return std::uint64_t{1} << (n < 63 ? n : 63); }
  std::size_t Lookup(std::string_view key) const {
    if (!(lengths_ & LengthBit(key.size()))) return kNone;
    return Index(key, Hash(key));
  }
  std::size_t Index(std::string_view key, std::uint64_t h) const {
    if (slots_.empty()) return kNone;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t s = static_cast<std::size_t>(h) & mask;; s = (s + 1) & mask) {
      std::uint32_t e = slots_[s];
      if (e == 0) return kNone;
      if (hashes_[e - 1] == h && entries_[e - 1].first == key) return e - 1;
    }
  }
  void Place(std::size_t entry, std::uint64_t h) {
    const std::size_t mask = slots_.size() - 1;
    std::size_t s = static_cast<std::size_t>(h) & mask;
    while (slots_[s] != 0) s = (s + 1) & mask;
    slots_[s] = static_cast<std::uint32_t>(entry + 1);
  }
  void Grow() {
    slots_.assign(slots_.empty() ? 16 : slots_.size() * 2, 0);
    for (std::size_t e = 0; e < entries_.size(); ++e) Place(e, hashes_[e]);
  }

  std::vector<value_type> entries_;
  std::vector<std::uint64_t> hashes_;  // of entries_, same order
  std::vector<std::uint32_t> slots_;   // entry index + 1; 0 = empty; size a power of two
  std::uint64_t lengths_ = 0;          // LengthBit of every key
};

// A set of strings with the same layout (a StringMap without values).
class StringSet {
 public:
  std::size_t count(std::string_view key) const { return map_.count(key); }
  bool insert(std::string_view key) { return map_.Insert(key, 0).second; }
  template <typename It>
  void insert(It first, It last) {
    for (; first != last; ++first) insert(*first);
  }
  std::size_t size() const { return map_.size(); }
  bool empty() const { return map_.empty(); }

 private:
  StringMap<char> map_;
};

// A word list of a rules file: its words in the file's order, and a hash set
// to ask whether a word is one of them (the lists are asked at every token).
class WordList {
 public:
  WordList() = default;
  explicit WordList(std::vector<std::string> words) : words_(std::move(words)) { set_.insert(words_.begin(), words_.end()); }
  bool contains(std::string_view w) const { return set_.count(w) != 0; }
  const std::vector<std::string>& words() const { return words_; }
  std::vector<std::string>::const_iterator begin() const { return words_.begin(); }
  std::vector<std::string>::const_iterator end() const { return words_.end(); }
  std::size_t size() const { return words_.size(); }
  bool empty() const { return words_.empty(); }

 private:
  std::vector<std::string> words_;
  StringSet set_;
};

// Phrases of a rules file, each a list of lower-case words, with the sets of
// their first and last words: a phrase can start (end) at a token only if that
// token is one of them.
class PhraseList {
 public:
  PhraseList() = default;
  explicit PhraseList(std::vector<std::vector<std::string>> phrases) : phrases_(std::move(phrases)) {
    for (const auto& p : phrases_) {
      if (p.empty()) {
        has_empty_ = true;
        continue;
      }
      first_.insert(p.front());
      last_.insert(p.back());
    }
  }
  // (An empty phrase starts anywhere and ends nowhere.)
  bool MayStartWith(std::string_view w) const { return has_empty_ || first_.count(w) != 0; }
  bool MayEndWith(std::string_view w) const { return last_.count(w) != 0; }
  std::vector<std::vector<std::string>>::const_iterator begin() const { return phrases_.begin(); }
  std::vector<std::vector<std::string>>::const_iterator end() const { return phrases_.end(); }
  std::size_t size() const { return phrases_.size(); }
  bool empty() const { return phrases_.empty(); }
  const std::vector<std::string>& operator[](std::size_t i) const { return phrases_[i]; }  // in the file's order

 private:
  std::vector<std::vector<std::string>> phrases_;
  StringSet first_, last_;
  bool has_empty_ = false;
};

// The tokens of one sentence, lower-cased: one copy of the sentence, and a
// view of every token into it. Lower-casing keeps byte lengths, so token
// offsets index both. Reuse one object to reuse its buffers.
class LowerTokens {
 public:
  LowerTokens() = default;
  LowerTokens(const LowerTokens&) = delete;  // the views point into buf_
  LowerTokens& operator=(const LowerTokens&) = delete;
  void Build(std::string_view sentence, const std::vector<Token>& tokens) {
    AsciiLowerInto(sentence, &buf_);
    View(buf_, tokens);
  }
  // The same, from the sentence already lower-cased (which must outlive the views).
  void View(std::string_view lowered, const std::vector<Token>& tokens) {
    words_.clear();
    words_.reserve(tokens.size());
    for (const Token& t : tokens) words_.emplace_back(lowered.data() + t.begin, t.end - t.begin);
  }
  std::size_t size() const { return words_.size(); }
  // "" past the end.
  std::string_view operator[](std::size_t k) const { return k < words_.size() ? words_[k] : std::string_view(); }

 private:
  std::string buf_;
  std::vector<std::string_view> words_;
};

}  // namespace diplograph::internal
