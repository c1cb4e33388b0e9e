#include "normalize/normalizer.h"

#include <nlohmann/json.hpp>

#include <array>
#include <unordered_map>

#include "util/embedded_data.h"
#include "util/json_util.h"
#include "util/utf8.h"

namespace diplograph::internal {

struct Normalizer::Impl {
  std::unordered_map<char32_t, std::string> replace;
  std::unordered_map<std::uint64_t, std::string> compose;  // (base << 32 | mark) -> composed
  std::unordered_map<char32_t, std::string> fold;
  std::array<bool, 128> ascii_special{};  // ASCII bytes that `replace` changes
  std::array<bool, 256> ascii_kept{};     // ASCII bytes that it does not change
};

Normalizer::Normalizer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {
  for (std::size_t b = 0; b < 128; ++b) impl_->ascii_kept[b] = !impl_->ascii_special[b];
}
Normalizer::Normalizer(Normalizer&&) noexcept = default;
Normalizer::~Normalizer() = default;

static char32_t OnlyCodePoint(const std::string& s, bool* ok) {
  std::size_t len = 0;
  *ok = !s.empty();
  if (!*ok) return 0;
  char32_t cp = DecodeUtf8(s, 0, &len);
  *ok = len == s.size();
  return cp;
}

Result<Normalizer> Normalizer::FromJson(std::string_view json, std::string_view origin) {
  Result<nlohmann::json> parsed = ParseJson(json, origin);
  if (!parsed.ok()) return parsed.status();
  auto impl = std::make_unique<Impl>();
  const nlohmann::json& j = *parsed;
  try {
    const nlohmann::json replace_map = j.value("replace", nlohmann::json::object());
    for (const auto& [k, v] : replace_map.items()) {
      bool ok;
      char32_t cp = OnlyCodePoint(k, &ok);
      if (!ok) return Status(StatusCode::kParseError, "replace: key must be one character: '" + k + "'", {std::string(origin)});
      impl->replace[cp] = v.get<std::string>();
      if (cp < 128) impl->ascii_special[cp] = true;
    }
    const nlohmann::json compose_map = j.value("compose", nlohmann::json::object());
    for (const auto& [k, v] : compose_map.items()) {
      std::size_t l1, l2;
      if (k.empty()) continue;
      char32_t a = DecodeUtf8(k, 0, &l1);
      if (l1 >= k.size()) return Status(StatusCode::kParseError, "compose: key must be two characters: '" + k + "'", {std::string(origin)});
      char32_t b = DecodeUtf8(k, l1, &l2);
      impl->compose[(static_cast<std::uint64_t>(a) << 32) | b] = v.get<std::string>();
    }
    const nlohmann::json fold_map = j.value("fold", nlohmann::json::object());
    for (const auto& [k, v] : fold_map.items()) {
      bool ok;
      char32_t cp = OnlyCodePoint(k, &ok);
      if (!ok) return Status(StatusCode::kParseError, "fold: key must be one character: '" + k + "'", {std::string(origin)});
      impl->fold[cp] = v.get<std::string>();
    }
  } catch (const nlohmann::json::exception& e) {
    return Status(StatusCode::kParseError, std::string("normalisation data: ") + e.what(), {std::string(origin)});
  }
  return Normalizer(std::move(impl));
}

const Normalizer& Normalizer::Default() {
  static const Normalizer* instance = [] {
    Result<Normalizer> n = FromJson(EmbeddedData("text/normalize.json"), "text/normalize.json");
    // The embedded data is checked by the tests; an empty normaliser is the
    // safe fallback should it ever be broken.
    if (!n.ok()) return new Normalizer(std::make_unique<Impl>());
    return new Normalizer(std::move(n).value());
  }();
  return *instance;
}

NormalizedText Normalizer::Normalize(std::string_view in) const {
  NormalizedText out;
  Normalize(in, &out);
  return out;
}

void Normalizer::Normalize(std::string_view in, NormalizedText* into) const {
  NormalizedText& out = *into;
  out.text.clear();
  out.to_orig.clear();
  const std::size_t n = in.size();
  out.text.reserve(n);
  out.to_orig.reserve(n + 1);
  const Impl& m = *impl_;
  // Appends s, every byte of it mapping back to the original character at `orig`.
  auto emit = [&](std::string_view s, std::size_t orig) {
    out.text.append(s);
    out.to_orig.insert(out.to_orig.end(), s.size(), static_cast<std::uint32_t>(orig));
  };
  auto mark_lead = [&](std::size_t k) {
    return static_cast<unsigned char>(in[k]) == 0xCC || static_cast<unsigned char>(in[k]) == 0xCD;
  };
  std::size_t i = 0;
  while (i < n) {
    // A run of ASCII that stays as it is (most of any text) is copied whole.
    std::size_t j = i;
    while (j < n && m.ascii_kept[static_cast<unsigned char>(in[j])]) ++j;
    if (j < n && j > i && mark_lead(j)) --j;  // a letter before a combining mark: composed below
    if (j > i) {
      out.text.append(in.data() + i, j - i);
      const std::size_t old = out.to_orig.size();
      out.to_orig.resize(old + (j - i));
      std::uint32_t* o = out.to_orig.data() + old;
      for (std::size_t k = i; k < j; ++k) *o++ = static_cast<std::uint32_t>(k);
      i = j;
      if (i == n) break;
    }
    // One character that may change.
    const auto b = static_cast<unsigned char>(in[i]);
    const bool mark_follows = i + 1 < n && mark_lead(i + 1);
    if (b < 0x80 && !mark_follows) {
      if (m.ascii_special[b]) {
        emit(m.replace.at(b), i);
      } else {
        out.text.push_back(static_cast<char>(b));
        out.to_orig.push_back(static_cast<std::uint32_t>(i));
      }
      ++i;
      continue;
    }
    std::size_t len;
    char32_t cp = DecodeUtf8(in, i, &len);
    // A base letter followed by a combining mark becomes one precomposed letter.
    if (b < 0x80) len = 1;
    if (i + len < n && mark_lead(i + len)) {
      std::size_t len2;
      char32_t mark = DecodeUtf8(in, i + len, &len2);
      auto it = m.compose.find((static_cast<std::uint64_t>(cp) << 32) | mark);
      if (it != m.compose.end()) {
        emit(it->second, i);
        i += len + len2;
        continue;
      }
    }
    auto r = m.replace.find(cp);
    if (r != m.replace.end()) {
      emit(r->second, i);
    } else {
      emit(in.substr(i, len), i);
    }
    i += len;
  }
  out.to_orig.push_back(static_cast<std::uint32_t>(n));
}

std::string Normalizer::Fold(std::string_view in) const {
  std::string out;
  out.reserve(in.size());
  std::size_t i = 0;
  while (i < in.size()) {
    if (static_cast<unsigned char>(in[i]) < 0x80) {
      std::size_t j = i + 1;
      while (j < in.size() && static_cast<unsigned char>(in[j]) < 0x80) ++j;
      out.append(in.data() + i, j - i);
      i = j;
      continue;
    }
    std::size_t len;
    char32_t cp = DecodeUtf8(in, i, &len);
    auto f = impl_->fold.find(cp);
    if (f != impl_->fold.end()) {
      out += f->second;
    } else {
      out.append(in.substr(i, len));
    }
    i += len;
  }
  return out;
}

}  // namespace diplograph::internal
