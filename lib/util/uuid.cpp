#include "util/uuid.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace diplograph::internal {
namespace {
inline std::uint32_t Rol(std::uint32_t x, int n) { return (x << n) | (x >> (32 - n)); }
}  // namespace

namespace {

// Twenty steps of one SHA-1 round (function `f`, constant `k`), unrolled by
// five so that the five words take each other's roles instead of being
// shifted along at every step: the shifting was a third of the instructions
// (callgrind) when grouping computes an id for every event.
template <typename F>
inline void Sha1Round(std::uint32_t& a, std::uint32_t& b, std::uint32_t& c, std::uint32_t& d, std::uint32_t& e,
                      const std::uint32_t* w, std::uint32_t k, F f) {
  for (int i = 0; i < 20; i += 5) {
    e += Rol(a, 5) + f(b, c, d) + k + w[i];
    b = Rol(b, 30);
    d += Rol(e, 5) + f(a, b, c) + k + w[i + 1];
    a = Rol(a, 30);
    c += Rol(d, 5) + f(e, a, b) + k + w[i + 2];
    e = Rol(e, 30);
    b += Rol(c, 5) + f(d, e, a) + k + w[i + 3];
    d = Rol(d, 30);
    a += Rol(b, 5) + f(c, d, e) + k + w[i + 4];
    c = Rol(c, 30);
  }
}

void Sha1Block(const unsigned char* p, std::uint32_t h[5]) {
  std::uint32_t w[80];
  for (int i = 0; i < 16; ++i)
    w[i] = (std::uint32_t(p[4 * i]) << 24) | (std::uint32_t(p[4 * i + 1]) << 16) | (std::uint32_t(p[4 * i + 2]) << 8) |
           p[4 * i + 3];
  for (int i = 16; i < 80; ++i) w[i] = Rol(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
  std::uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
  auto choose = [](std::uint32_t x, std::uint32_t y, std::uint32_t z) { return z ^ (x & (y ^ z)); };
  auto parity = [](std::uint32_t x, std::uint32_t y, std::uint32_t z) { return x ^ y ^ z; };
  auto majority = [](std::uint32_t x, std::uint32_t y, std::uint32_t z) { return (x & y) | (z & (x | y)); };
  Sha1Round(a, b, c, d, e, w, 0x5A827999, choose);
  Sha1Round(a, b, c, d, e, w + 20, 0x6ED9EBA1, parity);
  Sha1Round(a, b, c, d, e, w + 40, 0x8F1BBCDC, majority);
  Sha1Round(a, b, c, d, e, w + 60, 0xCA62C1D6, parity);
  h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e;
}

// SHA-1 of the concatenation of two byte strings, into 20 bytes: whole
// blocks are read in place, only the tail is copied (no allocation).
void Sha1Of(std::string_view x, std::string_view y, unsigned char out[20]) {
  std::uint32_t h[5] = {0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0};
  unsigned char block[64];
  std::size_t fill = 0;
  for (std::string_view part : {x, y}) {
    const auto* p = reinterpret_cast<const unsigned char*>(part.data());
    std::size_t n = part.size();
    while (n > 0) {
      if (fill == 0 && n >= 64) {
        Sha1Block(p, h);
        p += 64;
        n -= 64;
        continue;
      }
      std::size_t take = std::min<std::size_t>(64 - fill, n);
      std::memcpy(block + fill, p, take);
      fill += take;
      p += take;
      n -= take;
      if (fill == 64) {
        Sha1Block(block, h);
        fill = 0;
      }
    }
  }
  const std::uint64_t bits = static_cast<std::uint64_t>(x.size() + y.size()) * 8;
  block[fill++] = 0x80;
  if (fill > 56) {
    std::memset(block + fill, 0, 64 - fill);
    Sha1Block(block, h);
    fill = 0;
  }
  std::memset(block + fill, 0, 56 - fill);
  for (int i = 0; i < 8; ++i) block[56 + i] = static_cast<unsigned char>(bits >> (56 - 8 * i));
  Sha1Block(block, h);
  for (int i = 0; i < 5; ++i)
    for (int j = 0; j < 4; ++j) out[4 * i + j] = static_cast<unsigned char>(h[i] >> (24 - 8 * j));
}

}  // namespace

std::string Sha1(std::string_view data) {
  unsigned char d[20];
  Sha1Of(data, {}, d);
  return std::string(reinterpret_cast<const char*>(d), 20);
}

std::string UuidV5(std::string_view ns, std::string_view name) {
  unsigned char d[20];
  Sha1Of(ns, name, d);
  d[6] = static_cast<unsigned char>((d[6] & 0x0F) | 0x50);
  d[8] = static_cast<unsigned char>((d[8] & 0x3F) | 0x80);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out(36, '-');
  std::size_t o = 0;
  for (int i = 0; i < 16; ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) ++o;  // the dashes
    out[o++] = kHex[d[i] >> 4];
    out[o++] = kHex[d[i] & 0x0F];
  }
  return out;
}

std::string_view DiplographNamespace() {
  // RFC 4122 URL namespace 6ba7b811-9dad-11d1-80b4-00c04fd430c8.
  static const std::string ns = [] {
    const unsigned char url_ns[16] = {0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1,
                                      0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8};
    std::string id = UuidV5(std::string(reinterpret_cast<const char*>(url_ns), 16), "https://w3id.org/diplograph/");
    std::string bytes;
    for (std::size_t i = 0; i < id.size(); ++i) {
      if (id[i] == '-') continue;
      bytes.push_back(static_cast<char>(std::stoi(id.substr(i, 2), nullptr, 16)));
      ++i;
    }
    return bytes;
  }();
  return ns;
}

}  // namespace diplograph::internal
