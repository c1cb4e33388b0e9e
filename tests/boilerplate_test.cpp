#include <catch2/catch.hpp>
#include <re2/set.h>

#include <nlohmann/json.hpp>

#include "split/boilerplate.h"
#include "util/embedded_data.h"

using namespace diplograph;
using namespace diplograph::internal;

namespace {
std::vector<std::string> DataPatterns() {
  std::vector<std::string> out;
  auto j = nlohmann::json::parse(EmbeddedData("text/segmentation.json"));
  for (const auto& p : j["boilerplate"]) out.push_back(p.get<std::string>());
  return out;
}
// What the matcher must answer: one set of all the patterns.
struct PlainSet {
  explicit PlainSet(const std::vector<std::string>& patterns) : set(Options(), RE2::ANCHOR_BOTH) {
    for (const std::string& p : patterns) set.Add(p, nullptr);
    set.Compile();
  }
  static RE2::Options Options() {
    RE2::Options o;
    o.set_case_sensitive(false);
    o.set_log_errors(false);
    return o;
  }
  RE2::Set set;
};
}  // namespace

TEST_CASE("the boilerplate matcher answers as one set of all the patterns", "[split]") {
  const std::vector<std::string> patterns = DataPatterns();
  Result<BoilerplateMatcher> m = BoilerplateMatcher::Create(patterns, "", "test");
  REQUIRE(m.ok());
  PlainSet plain(patterns);
  const std::vector<std::string> lines = {
      "We use cookies to improve your experience.",
      "This site uses COOKIES; by continuing you accept them",
      "Copyright 2023 Reuters. All rights reserved.",
      "(c) 2023 All Rights Reserved",
      "Privacy Policy | Terms of Service",
      "Read our privacy policy",
      "Theme Options by ThemeRuby",
      "Powered by WordPress theme license",
      "See also: Xi meets Putin",
      "Subscribe to our newsletter",
      "By John Smith",
      "Posted on: March 3, 2023",
      "5 min read",
      "Comments",
      "Xi met Putin in Moscow on Tuesday, calling all partners to talks.",
      "The ally of all allies, overall, rallied.",
      "The coo\xE2\x84\xAAie settings were accepted",  // KELVIN SIGN folds to 'k'
      "We use coo\xE2\x84\xAA",
      "Co\xC5\xBFts are unrelated to cookies policy",  // LONG S folds to 's'
      "terms of u\xC5\xBF" "e",
      "copyrighted material, used with consent",
      "xcopyright 2023",
      "_cookie use",
      "a cookie",
      "cookie",
      "all",
      "",
      "a",
      "Terms of use and settings, and a long tail of words to pass sixteen bytes: cookies accepted",
  };
  for (const std::string& line : lines) {
    INFO(line);
    CHECK(m->Matches(line) == plain.set.Match(line, nullptr));
  }
  // Each literal at each place of a line, after a space and glued to a word,
  // across the sixteen-byte blocks the matcher reads.
  for (const char* lit : {"cookie", "cookies", "COPYRIGHT", "privacy policy", "All Rights Reserved", "theme options"}) {
    for (std::size_t pad = 0; pad < 40; ++pad) {
      std::string line = std::string(pad, 'x') + " " + lit + " use " + std::string(40 - pad, 'y');
      std::string glued = std::string(pad, 'x') + lit + " use";
      INFO(line);
      CHECK(m->Matches(line) == plain.set.Match(line, nullptr));
      CHECK(m->Matches(glued) == plain.set.Match(glued, nullptr));
    }
  }
}

TEST_CASE("a boilerplate pattern RE2 refuses is an error, not a crash", "[split]") {
  Result<BoilerplateMatcher> m = BoilerplateMatcher::Create({"(unclosed"}, "", "test");
  CHECK_FALSE(m.ok());
  BoilerplateMatcher none;
  CHECK_FALSE(none.Matches("Copyright 2023"));
}
