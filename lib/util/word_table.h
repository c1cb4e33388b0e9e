// A vocabulary: a fixed set of words, each numbered by a small dense id (0,
// 1, 2, ... in the order they were added), so that what a stage knows of a
// word can live in flat arrays indexed by id instead of in string-keyed maps.
//
// Built once at load; Find() is on the extraction path, asked once per token.
// It costs a few fixed-size reads of the word and one probe of a flat table
// in most cases: a slot holds the word's first bytes and length, so a word of
// up to eight bytes (nearly every English word) is compared without leaving
// the slot, and a word the table does not hold (most tokens) usually stops
// at an empty slot. A one-byte word (punctuation, a fifth of all tokens) is
// read from an array of 256 ids instead. No erase.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace diplograph::internal {

class WordTable {
 public:
  static constexpr std::uint32_t kNone = static_cast<std::uint32_t>(-1);

  WordTable() : slots_(16), single_(256, kNone) {}

  // The id of `word`, added if missing.
  std::uint32_t Add(std::string_view word) {
    if (std::uint32_t id = Find(word); id != kNone) return id;
    if ((words_.size() + 1) * 2 > slots_.size()) Grow();
    words_.emplace_back(word);
    const auto id = static_cast<std::uint32_t>(words_.size() - 1);
    Place(id);
    if (word.size() == 1) single_[static_cast<unsigned char>(word[0])] = id;
    return id;
  }

  // The id of `word`, or kNone.
  std::uint32_t Find(std::string_view word) const;

  // Room for `words` words without growing: more slots than Add keeps, so
  // that a word the table does not hold meets an empty slot sooner.
  void Reserve(std::size_t words) {
    std::size_t slots = slots_.size();
    while (words * 2 > slots) slots *= 2;
    if (slots == slots_.size()) return;
    slots_.assign(slots, Slot());
    for (std::uint32_t id = 0; id < words_.size(); ++id) Place(id);
  }

  // The table's arrays, copied for a loop: a loop that also writes bytes
  // (which may alias anything) would reload them from the table at every
  // Find; through a local Reader they stay in registers. Valid until the next Add.
  class Reader;
  Reader reader() const;

  std::size_t size() const { return words_.size(); }
  bool empty() const { return words_.empty(); }
  const std::string& word(std::uint32_t id) const { return words_[id]; }

 private:
  struct Slot {
    std::uint64_t head = 0;        // Head() of the word
    std::uint32_t size = 0;        // its length in bytes
    std::uint32_t id_plus_one = 0;  // 0: empty
  };

  static std::uint64_t Load8(const char* p) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    return w;
  }
  static std::uint64_t Load4(const char* p) {
    std::uint32_t w;
    std::memcpy(&w, p, 4);
    return w;
  }
  // The word's bytes in one integer, read with fixed-size loads (a memcpy of
  // n bytes is a library call). Up to eight bytes, every byte is in it, so
  // two words of the same length are equal exactly when their heads are: the
  // first eight bytes (8); two overlapping four-byte words (4-7); the first,
  // middle and last byte (1-3). Longer words: their first and last eight bytes
  // mixed, which decides nothing alone (SameTail compares the rest).
  static std::uint64_t Head(const char* p, std::size_t n) {
    if (n >= 8) return n == 8 ? Load8(p) : Load8(p) ^ ((Load8(p + n - 8) << 29) | (Load8(p + n - 8) >> 35));
    if (n >= 4) return (Load4(p + n - 4) << 32) | Load4(p);
    if (n == 0) return 0;
    return (static_cast<std::uint64_t>(static_cast<unsigned char>(p[0])) << 16) |
           (static_cast<std::uint64_t>(static_cast<unsigned char>(p[n / 2])) << 8) | static_cast<unsigned char>(p[n - 1]);
  }
  static std::uint64_t Hash(std::uint64_t head, std::size_t n) {
    __extension__ using U128 = unsigned __int128;
    const U128 r = static_cast<U128>(head ^ (n * 0x9E3779B97F4A7C15ull)) * 0xBF58476D1CE4E5B9ull;
    return static_cast<std::uint64_t>(r) ^ static_cast<std::uint64_t>(r >> 64);
  }
  // Two words longer than eight bytes with the same length and head: equal?
  static bool SameTail(std::string_view a, std::string_view b) { return std::memcmp(a.data(), b.data(), a.size()) == 0; }

  void Place(std::uint32_t id) {
    const std::string& w = words_[id];
    const std::uint64_t head = Head(w.data(), w.size());
    const std::size_t mask = slots_.size() - 1;
    std::size_t s = Hash(head, w.size()) & mask;
    while (slots_[s].id_plus_one != 0) s = (s + 1) & mask;
    slots_[s] = Slot{head, static_cast<std::uint32_t>(w.size()), id + 1};
  }
  void Grow() {
    slots_.assign(slots_.size() * 2, Slot());
    for (std::uint32_t id = 0; id < words_.size(); ++id) Place(id);
  }

  std::vector<Slot> slots_;  // a power of two, at most half full
  std::vector<std::uint32_t> single_;  // the id of each one-byte word, or kNone
  std::vector<std::string> words_;
};

class WordTable::Reader {
 public:
  std::uint32_t Find(std::string_view word) const {
    const std::size_t n = word.size();
    if (n == 1) return single_[static_cast<unsigned char>(word[0])];
    const std::uint64_t head = Head(word.data(), n);
    for (std::size_t s = Hash(head, n) & mask_;; s = (s + 1) & mask_) {
      const Slot& slot = slots_[s];
      if (slot.id_plus_one == 0) return kNone;
      if (slot.head == head && slot.size == n && (n <= 8 || SameTail(words_[slot.id_plus_one - 1], word)))
        return slot.id_plus_one - 1;
    }
  }

 private:
  friend class WordTable;
  Reader(const Slot* slots, std::size_t mask, const std::uint32_t* single, const std::string* words)
      : slots_(slots), mask_(mask), single_(single), words_(words) {}
  const Slot* slots_;
  std::size_t mask_;
  const std::uint32_t* single_;
  const std::string* words_;
};

inline WordTable::Reader WordTable::reader() const { return Reader(slots_.data(), slots_.size() - 1, single_.data(), words_.data()); }
inline std::uint32_t WordTable::Find(std::string_view word) const { return reader().Find(word); }

}  // namespace diplograph::internal
