#include "split/sentence_splitter.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <string>
#include <unordered_set>

#include "split/boilerplate.h"
#include "util/embedded_data.h"
#include "util/json_util.h"

namespace diplograph::internal {

namespace {
// Lets the abbreviation set be asked with a string_view, without a copy.
struct ViewHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
}  // namespace

struct SentenceSplitter::Impl {
  std::unordered_set<std::string, ViewHash, std::equal_to<>> abbreviations;
  std::size_t longest_abbreviation = 0;  // bytes: a longer word is none
  BoilerplateMatcher boilerplate;
  std::unique_ptr<RE2> dateline;
  std::unique_ptr<RE2> link_label;  // a line that alone opens a list of links (null: none)
  std::unique_ptr<RE2> comments_label;  // a line that opens the readers' comments (null: none)
  std::size_t max_sentence_bytes = 0;  // 0: no limit
};

SentenceSplitter::SentenceSplitter(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
SentenceSplitter::SentenceSplitter(SentenceSplitter&&) noexcept = default;
SentenceSplitter::~SentenceSplitter() = default;

Result<SentenceSplitter> SentenceSplitter::FromJson(std::string_view json, std::string_view origin) {
  Result<nlohmann::json> parsed = ParseJson(json, origin);
  if (!parsed.ok()) return parsed.status();
  auto impl = std::make_unique<Impl>();
  try {
    for (const auto& a : parsed->value("abbreviations", nlohmann::json::array())) {
      auto [it, fresh] = impl->abbreviations.insert(a.get<std::string>());
      impl->longest_abbreviation = std::max(impl->longest_abbreviation, it->size());
    }
    std::vector<std::string> boilerplate;
    for (const auto& p : parsed->value("boilerplate", nlohmann::json::array())) boilerplate.push_back(p.get<std::string>());
    Result<BoilerplateMatcher> matcher = BoilerplateMatcher::Create(boilerplate, json, origin);
    if (!matcher.ok()) return matcher.status();
    impl->boilerplate = std::move(matcher).value();
    if (auto m = parsed->find("max_sentence_bytes"); m != parsed->end()) {
      if (!m->is_number_unsigned() || m->get<std::size_t>() < 64)
        return Status(StatusCode::kParseError, "max_sentence_bytes must be a whole number of at least 64",
                      LocateField(json, "max_sentence_bytes", "", origin));
      impl->max_sentence_bytes = m->get<std::size_t>();
    }
    // An optional RE2 pattern under `key` (absent or empty: none).
    auto pattern = [&](const char* key, bool case_sensitive, std::unique_ptr<RE2>* out) -> Status {
      const std::string p = parsed->value(key, std::string());
      if (p.empty()) return Status();
      RE2::Options opt;
      opt.set_log_errors(false);
      opt.set_case_sensitive(case_sensitive);
      *out = std::make_unique<RE2>(p, opt);
      if (!(*out)->ok())
        return Status(StatusCode::kParseError, std::string(key) + " pattern: " + (*out)->error(),
                      LocateField(json, key, "", origin));
      return Status();
    };
    if (Status st = pattern("dateline", true, &impl->dateline); !st.ok()) return st;
    if (Status st = pattern("link_label", false, &impl->link_label); !st.ok()) return st;
    if (Status st = pattern("comments_label", false, &impl->comments_label); !st.ok()) return st;
  } catch (const nlohmann::json::exception& e) {
    return Status(StatusCode::kParseError, std::string("segmentation data: ") + e.what(), {std::string(origin)});
  }
  return SentenceSplitter(std::move(impl));
}

const SentenceSplitter& SentenceSplitter::Default() {
  static const SentenceSplitter* instance = [] {
    Result<SentenceSplitter> s = FromJson(EmbeddedData("text/segmentation.json"), "text/segmentation.json");
    if (!s.ok()) return new SentenceSplitter(std::make_unique<Impl>());
    return new SentenceSplitter(std::move(s).value());
  }();
  return *instance;
}

bool SentenceSplitter::IsAbbreviation(std::string_view w) const {
  return w.size() <= impl_->longest_abbreviation && impl_->abbreviations.find(w) != impl_->abbreviations.end();
}

namespace {
inline bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r'; }
inline bool IsUpperStart(std::string_view s, std::size_t i) {
  if (i >= s.size()) return false;
  auto c = static_cast<unsigned char>(s[i]);
  return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '"' || c == '\'' || c == '(' || c >= 0xC3;
}
inline bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
// One initial or several run together, before the period: "J", "K.P" ("K.P.
// Sharma Oli"), not "US" or "Ltd".
inline bool Initials(std::string_view w) {
  for (std::size_t k = 0; k < w.size(); ++k)
    if (k % 2 == 0 ? !(w[k] >= 'A' && w[k] <= 'Z') : w[k] != '.') return false;
  return w.size() % 2 == 1;
}
// The bytes the sentence walk stops at: quotation marks and . ! ?
constexpr std::array<bool, 256> kWalkStop = [] {
  std::array<bool, 256> t{};
  t['"'] = t['.'] = t['!'] = t['?'] = true;
  return t;
}();
// The first position in [i, e) holding a byte of kWalkStop, or e: sixteen
// bytes compared at a time where there are sixteen, most of a line being words.
inline std::size_t NextWalkStop(std::string_view s, std::size_t i, std::size_t e) {
#if defined(__SSE2__)
  for (; i + 16 <= e; i += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    const __m128i stop = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('"')), _mm_cmpeq_epi8(x, _mm_set1_epi8('.'))),
                                      _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('!')), _mm_cmpeq_epi8(x, _mm_set1_epi8('?'))));
    if (const auto bits = static_cast<unsigned>(_mm_movemask_epi8(stop)))
      return i + static_cast<unsigned>(std::countr_zero(bits));
  }
#endif
  while (i < e && !kWalkStop[static_cast<unsigned char>(s[i])]) ++i;
  return i;
}
}  // namespace

std::vector<SentenceSpan> SentenceSplitter::Split(std::string_view text) const {
  std::vector<SentenceSpan> out;
  Split(text, &out);
  return out;
}

void SentenceSplitter::Split(std::string_view text, std::vector<SentenceSpan>* spans) const {
  std::vector<SentenceSpan>& out = *spans;
  out.clear();
  std::size_t line_no = 0;
  std::size_t pos = 0;
  // "Read more:" alone on its line: the next line is the linked headline, junk too.
  bool after_link_label = false;
  // And so is every headline-like line right after it (no blank line between,
  // no sentence punctuation at the end, or a "- " bullet): "Related:\nX to
  // visit Y\nA and B meet at Z".
  bool in_link_list = false;
  bool blank_before = false;
  // After "READER COMMENTS (3)" the rest is what readers wrote ("Putin
  // congratulated Biden already, I saw it on Telegram"): junk to the end. Only
  // after some of the article's own text, so that a menu's "Comments" above
  // the article leaves it whole.
  bool in_comments = false;
  std::size_t text_lines = 0;
  constexpr std::size_t kTextBeforeComments = 3;  // lines of text
  auto headline_like = [](std::string_view line) {
    if (line.size() > 2 && (line[0] == '-' || line[0] == '*') && line[1] == ' ') return true;
    const char last = line.back();
    return !(last == '.' || last == '!' || last == '?' || last == ':');
  };
  while (pos <= text.size()) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::size_t b = pos, e = eol;
    while (b < e && IsSpace(text[b])) ++b;
    while (e > b && IsSpace(text[e - 1])) --e;
    if (b >= e) blank_before = true;
    if (b < e) {
      std::string_view line = text.substr(b, e - b);
      const bool listed = in_link_list && !blank_before && headline_like(line);
      blank_before = false;
      // ("ALSO READ" alone: a label without a colon; short lines only.)
      const bool label = !after_link_label && !listed && impl_->link_label && line.size() <= 40 &&
                         RE2::FullMatch(re2::StringPiece(line.data(), line.size()), *impl_->link_label);
      if (!in_comments && impl_->comments_label && text_lines >= kTextBeforeComments && line.size() <= 40 &&
          RE2::FullMatch(re2::StringPiece(line.data(), line.size()), *impl_->comments_label))
        in_comments = true;
      if (in_comments || after_link_label || listed || label || impl_->boilerplate.Matches(line)) {
        out.push_back({b, e, line_no, true, false});
        in_link_list = after_link_label || listed;
        after_link_label = !after_link_label && !listed && (label || line.back() == ':');
      } else {
        in_link_list = false;
        ++text_lines;
        // Cut a dateline off the start of the line.
        std::size_t dateline = 0;
        if (impl_->dateline) {
          re2::StringPiece in(line.data(), line.size());
          re2::StringPiece m;
          if (impl_->dateline->Match(in, 0, in.size(), RE2::ANCHOR_START, &m, 1) && m.size() < line.size()) {
            b += m.size();
            dateline = m.size();
            line = text.substr(b, e - b);
          }
        }
        // Walk the line; split after . ! ? (plus closing quotes/brackets) when
        // a new sentence visibly starts.
        std::size_t start = b;
        bool in_quote = false;
        // Where the line's last quotation mark is: "does a quotation close later on
        // this line" is then one comparison, not a scan to the end of the line.
        // Looked up once, on the first boundary inside a quotation; only a
        // mark after such a boundary counts, so the search stays in the line.
        std::size_t last_quote = 0;
        bool last_quote_known = false;
        for (std::size_t i = b; i < e; ++i) {
          i = NextWalkStop(text, i, e);
          if (i == e) break;
          char c = text[i];
          if (c == '"') in_quote = !in_quote;
          if (c != '.' && c != '!' && c != '?') continue;
          std::size_t j = i + 1;
          while (j < e && (text[j] == '.' || text[j] == '!' || text[j] == '?')) ++j;
          bool closed_quote = false;
          while (j < e && (text[j] == '"' || text[j] == '\'' || text[j] == ')' || text[j] == ']')) {
            if (text[j] == '"') closed_quote = true;
            ++j;
          }
          if (j >= e || !IsSpace(text[j])) continue;
          std::size_t k = j;
          while (k < e && IsSpace(text[k])) ++k;
          if (!IsUpperStart(text, k)) continue;
          if (c == '.') {
            // The word before the period: an abbreviation or an initial?
            std::size_t w = i;
            while (w > start && (IsAlpha(text[w - 1]) || text[w - 1] == '.')) --w;
            std::string_view word = text.substr(w, i - w);
            if (!word.empty() && (IsAbbreviation(word) || Initials(word))) continue;
          }
          // Inside a quotation that closes later on this line: keep it whole.
          bool quote_now = in_quote;
          if (closed_quote) quote_now = !quote_now;  // the closing mark toggled it
          if (quote_now) {
            if (!last_quote_known) {
              const void* q = ::memrchr(text.data() + b, '"', e - b);
              last_quote = q ? static_cast<std::size_t>(static_cast<const char*>(q) - text.data()) : std::string_view::npos;
              last_quote_known = true;
            }
            if (last_quote != std::string_view::npos && last_quote >= j) continue;
          }
          if (closed_quote) in_quote = false;
          out.push_back({start, j, line_no, false, false, start == b ? dateline : 0});
          start = k;
          i = k - 1;
        }
        if (start < e) {
          char last = text[e - 1];
          bool headline = !(last == '.' || last == '!' || last == '?' || last == '"' || last == '\'' || last == ')' || last == ':');
          out.push_back({start, e, line_no, false, headline, start == b ? dateline : 0});
        }
      }
    }
    if (eol == text.size()) break;
    pos = eol + 1;
    ++line_no;
  }
  if (impl_->max_sentence_bytes) CapLength(text, impl_->max_sentence_bytes, &out);
}

// Text without sentence punctuation (scraped tables, lists, run-on captions)
// can make a "sentence" of megabytes; the later stages do work that grows with
// the square of a sentence's length (every trigger against every actor). Such
// sentences are cut into pieces of at most `max` bytes, at the last space
// before the limit where there is one, never inside a UTF-8 sequence.
void SentenceSplitter::CapLength(std::string_view text, std::size_t max, std::vector<SentenceSpan>* spans) {
  bool any = false;
  for (const SentenceSpan& sp : *spans) any = any || (!sp.boilerplate && sp.end - sp.begin > max);
  if (!any) return;
  std::vector<SentenceSpan> out;
  out.reserve(spans->size());
  for (const SentenceSpan& sp : *spans) {
    if (sp.boilerplate || sp.end - sp.begin <= max) {
      out.push_back(sp);
      continue;
    }
    std::size_t b = sp.begin;
    while (b < sp.end) {
      std::size_t e = sp.end;
      if (e - b > max) {
        e = b + max;
        std::size_t space = text.substr(b, max).rfind(' ');
        if (space != std::string_view::npos && space >= max / 2) e = b + space;
        while (e > b + 1 && (static_cast<unsigned char>(text[e]) & 0xC0) == 0x80) --e;
      }
      std::size_t trimmed = e;
      while (trimmed > b && IsSpace(text[trimmed - 1])) --trimmed;
      if (trimmed > b) out.push_back({b, trimmed, sp.line, false, false, b == sp.begin ? sp.dateline : 0});
      b = e;
      while (b < sp.end && IsSpace(text[b])) ++b;
    }
  }
  *spans = std::move(out);
}

}  // namespace diplograph::internal
