#include <catch2/catch.hpp>

#include "split/sentence_splitter.h"

using namespace diplograph::internal;

static std::vector<std::string> Sentences(std::string_view text, bool with_junk = false) {
  std::vector<std::string> out;
  for (const auto& s : SentenceSplitter::Default().Split(text))
    if (with_junk || !s.boilerplate) out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

TEST_CASE("abbreviations and initials do not end a sentence", "[split]") {
  auto s = Sentences("Mr. Biden met Gen. Smith on Nov. 3 in the U.S. capital. Joseph R. Biden spoke later.");
  REQUIRE(s.size() == 2);
  CHECK(s[1] == "Joseph R. Biden spoke later.");
  // Initials run together ("K.P.") are initials too; a capitalised word after
  // a period that follows a lower-case word still opens a sentence.
  CHECK(Sentences("Modi met K.P. Sharma Oli on Friday. Oli left.") ==
        std::vector<std::string>{"Modi met K.P. Sharma Oli on Friday.", "Oli left."});
  CHECK(Sentences("He met S.M. Krishna. Krishna left. Then A.B. left.") ==
        std::vector<std::string>{"He met S.M. Krishna.", "Krishna left.", "Then A.B. left."});
}

TEST_CASE("a headline without a period is its own sentence", "[split]") {
  auto s = Sentences("Xi meets Lavrov in Beijing\n\nChinese leader Xi Jinping met Lavrov on Tuesday.");
  REQUIRE(s.size() == 2);
  CHECK(s[0] == "Xi meets Lavrov in Beijing");
  auto spans = SentenceSplitter::Default().Split("Xi meets Lavrov in Beijing\n\nText.");
  CHECK(spans[0].headline);
}

TEST_CASE("a quotation spanning sentences stays whole", "[split]") {
  auto s = Sentences("\"We are pleased. We will work together,\" Xi said. Then he left.");
  REQUIRE(s.size() == 2);
  CHECK(s[0] == "\"We are pleased. We will work together,\" Xi said.");
}

TEST_CASE("datelines are cut off the first sentence", "[split]") {
  CHECK(Sentences("BEIJING - Chinese leader Xi Jinping met Lavrov.") ==
        std::vector<std::string>{"Chinese leader Xi Jinping met Lavrov."});
  CHECK(Sentences("MOSCOW (Reuters) - Putin spoke.") == std::vector<std::string>{"Putin spoke."});
  CHECK(Sentences("WASHINGTON, Nov 9 (AP) - Biden spoke.") == std::vector<std::string>{"Biden spoke."});
  // A city in mixed case with a date and an agency, with or without a dash
  // ("Taipei, Jan. 18 (CNA) The United States ..."): the date is the report's.
  CHECK(Sentences("Taipei, Jan. 18 (CNA) The United States spoke.") ==
        std::vector<std::string>{"The United States spoke."});
  CHECK(Sentences("Beijing, May 3 (Xinhua) -- Xi spoke.") == std::vector<std::string>{"Xi spoke."});
  // Hard negative: a sentence opening with a place and a date is no dateline.
  CHECK(Sentences("Paris, May 3 was a quiet day.") == std::vector<std::string>{"Paris, May 3 was a quiet day."});
}

TEST_CASE("site junk lines are marked as boilerplate and never merge sentences", "[split]") {
  std::string text =
      "Putin met Xi.\nSee also  Mayor joins police raids\nAdvertisement\nBy Jane Smith\nLeave a Reply\n"
      "Your email address will not be published. Required fields are marked *\nXi met Modi";
  auto all = SentenceSplitter::Default().Split(text);
  auto kept = Sentences(text);
  CHECK(kept == std::vector<std::string>{"Putin met Xi.", "Xi met Modi"});
  std::size_t junk = 0;
  for (const auto& s : all) junk += s.boilerplate;
  CHECK(junk == 5);
}

TEST_CASE("a link label alone on its line makes the linked headline after it junk too", "[split]") {
  CHECK(Sentences("Putin met Xi.\n\nRead more:\n\nBiden and Xi hold final meeting in Lima\n\nXi met Modi.") ==
        std::vector<std::string>{"Putin met Xi.", "Xi met Modi."});
  CHECK(Sentences("Putin met Xi.\nRelated stories:\nMacron and Scholz hail new chapter\nXi met Modi.") ==
        std::vector<std::string>{"Putin met Xi.", "Xi met Modi."});
  // Hard negatives: a label with its headline on the same line takes only that line,
  // and a sentence ending with a colon is no label.
  CHECK(Sentences("Read more: Macron says Europe must act\nXi met Modi.") == std::vector<std::string>{"Xi met Modi."});
  CHECK(Sentences("Putin said:\nXi met Modi.") == std::vector<std::string>{"Putin said:", "Xi met Modi."});
}

TEST_CASE("a link label opens a list: every headline-like line right after it is junk", "[split]") {
  // Several headlines, bulleted or not, with no blank line between.
  CHECK(Sentences("Putin met Xi.\n\nRead more:\n- Erdogan says Turkey will not apologise\n- Hollande to fly to Moscow "
                  "for talks with Putin\n\nXi met Modi.") == std::vector<std::string>{"Putin met Xi.", "Xi met Modi."});
  CHECK(Sentences("Putin met Xi.\nRelated:\nTillerson to go to Moscow next week\nTrump and Abe meet at Mar-a-Lago\n\n"
                  "Xi met Modi.") == std::vector<std::string>{"Putin met Xi.", "Xi met Modi."});
  // A label without a colon ("ALSO READ"), from `link_label`.
  CHECK(Sentences("Putin met Xi.\n\nALSO READ\nSushma Swaraj in Islamabad\nSharif invites Modi to summit\n\nXi met Modi.") ==
        std::vector<std::string>{"Putin met Xi.", "Xi met Modi."});
  CHECK(Sentences("Related coverage: AMLO to skip G20 summit\nXi met Modi.") == std::vector<std::string>{"Xi met Modi."});
  // Hard negatives: the list ends at a blank line or at a line ending a sentence,
  // and junk without a colon ("Advertisement") opens no list.
  CHECK(Sentences("Read more:\nBiden and Xi hold final meeting\n\nTalks in Moscow\nXi met Modi.") ==
        std::vector<std::string>{"Talks in Moscow", "Xi met Modi."});
  CHECK(Sentences("Related:\nBiden and Xi hold final meeting\nXi met Modi in Kazan.\nTalks in Moscow") ==
        std::vector<std::string>{"Xi met Modi in Kazan.", "Talks in Moscow"});
  CHECK(Sentences("Advertisement\nBiden and Xi hold final meeting") ==
        std::vector<std::string>{"Biden and Xi hold final meeting"});
  CHECK(Sentences("Most read\nBiden and Xi hold final meeting") == std::vector<std::string>{});
}

TEST_CASE("sentences never cross a line break", "[split]") {
  CHECK(Sentences("first line without period\nsecond line").size() == 2);
}

TEST_CASE("a run-on sentence is cut into pieces of bounded length at spaces", "[split]") {
  std::string text;
  while (text.size() < 20000) text += "Xi Jinping met Sergei Lavrov and Wang Yi ";
  auto spans = SentenceSplitter::Default().Split(text);
  REQUIRE(spans.size() >= 5);  // 20 KB at 4 KB per piece at most
  std::size_t covered = 0;
  for (std::size_t i = 0; i < spans.size(); ++i) {
    CHECK(spans[i].end - spans[i].begin <= 4096);
    CHECK(spans[i].end - spans[i].begin >= 2048);  // cut in the second half of a piece, or the rest
    CHECK(text[spans[i].begin] != ' ');
    CHECK(text[spans[i].end - 1] != ' ');
    if (i) CHECK(spans[i].begin > spans[i - 1].end);  // in order, not overlapping
    covered += spans[i].end - spans[i].begin;
    if (i + 1 == spans.size()) CHECK(spans[i].end == text.find_last_not_of(' ') + 1);
  }
  CHECK(covered + spans.size() - 1 >= text.find_last_not_of(' ') + 1 - 1);  // only the cut spaces are lost
}

TEST_CASE("cutting a run-on sentence without spaces never splits a UTF-8 sequence", "[split]") {
  std::string text;
  while (text.size() < 300) text += "\xC3\xA9";  // é, two bytes each
  std::vector<SentenceSpan> spans{{0, text.size(), 0, false, false}};
  SentenceSplitter::CapLength(text, 101, &spans);  // an odd limit: a naive cut lands inside a sequence
  REQUIRE(spans.size() >= 3);
  for (const auto& s : spans) {
    CHECK(s.end - s.begin <= 101);
    CHECK((static_cast<unsigned char>(text[s.begin]) & 0xC0) != 0x80);
  }
  CHECK(spans.back().end == text.size());
}

TEST_CASE("the readers' comments after an article are junk to the end", "[split]") {
  const std::string article = "Who has not congratulated Biden?\n\nThe Kremlin said it would wait.\n\nXi met Modi.\n\n";
  CHECK(Sentences(article + "READER COMMENTS (3)\n\nPatriot1776: Putin congratulated Biden already on Sunday.\n\n"
                            "MapleLeaf: Funny how things change.") ==
        std::vector<std::string>{"Who has not congratulated Biden?", "The Kremlin said it would wait.", "Xi met Modi."});
  CHECK(Sentences(article + "Leave a comment\nPutin met Xi.") ==
        std::vector<std::string>{"Who has not congratulated Biden?", "The Kremlin said it would wait.", "Xi met Modi."});
  CHECK(Sentences(article + "12 comments\nPutin met Xi.") ==
        std::vector<std::string>{"Who has not congratulated Biden?", "The Kremlin said it would wait.", "Xi met Modi."});
  // Hard negatives: a menu's "Comments" above the article is one junk line, and a sentence
  // about comments is text.
  CHECK(Sentences("Home\nComments\nPutin met Xi.\n\nXi met Modi.") ==
        std::vector<std::string>{"Home", "Putin met Xi.", "Xi met Modi."});
  CHECK(Sentences(article + "Comments from the Kremlin were sparse.\nPutin met Xi.") ==
        std::vector<std::string>{"Who has not congratulated Biden?", "The Kremlin said it would wait.", "Xi met Modi.",
                                 "Comments from the Kremlin were sparse.", "Putin met Xi."});
}

TEST_CASE("a short sentence and boilerplate are never cut", "[split]") {
  std::string junk(5000, 'x');
  std::vector<SentenceSpan> spans{{0, 10, 0, false, true}, {0, junk.size(), 1, true, false}};
  SentenceSplitter::CapLength(junk, 64, &spans);
  REQUIRE(spans.size() == 2);
  CHECK(spans[0].headline);
  CHECK(spans[1].end == junk.size());
}

TEST_CASE("only a quotation mark later on the same line keeps a quotation whole", "[split]") {
  // Closed on the line: the quotation is one sentence.
  CHECK(Sentences("He said \"We agree. We will sign.\" Then he left. Later she spoke.") ==
        std::vector<std::string>{"He said \"We agree. We will sign.\"", "Then he left.", "Later she spoke."});
  // Never closed: the quotation does not hold the line together.
  CHECK(Sentences("\"We agree. We will sign. Then he left.") ==
        std::vector<std::string>{"\"We agree.", "We will sign.", "Then he left."});
  // A mark on an earlier line, or in the dateline cut off this one, does not count.
  CHECK(Sentences("He said \"yes.\nWe agree. We sign. \"Fine.\"") ==
        std::vector<std::string>{"He said \"yes.", "We agree.", "We sign.", "\"Fine.\""});
  CHECK(Sentences("Text \"a\" here.\nThe talks ended. Both left. None spoke.") ==
        std::vector<std::string>{"Text \"a\" here.", "The talks ended.", "Both left.", "None spoke."});
  // Several quotations on one line: each is kept whole, and no more.
  CHECK(Sentences("\"One.\" Two. \"Three. Four.\" Five.") ==
        std::vector<std::string>{"\"One.\"", "Two.", "\"Three. Four.\"", "Five."});
}

TEST_CASE("abbreviations are looked up exactly, whatever their length", "[split]") {
  const SentenceSplitter& s = SentenceSplitter::Default();
  CHECK(s.IsAbbreviation("Mr"));
  CHECK(s.IsAbbreviation("Gen"));
  CHECK_FALSE(s.IsAbbreviation("Mr."));
  CHECK_FALSE(s.IsAbbreviation("mr"));
  CHECK_FALSE(s.IsAbbreviation(""));
  CHECK_FALSE(s.IsAbbreviation("Internationalization"));
  CHECK_FALSE(s.IsAbbreviation(std::string(1000, 'M')));
  CHECK(Sentences("They met Prof. Smith. Later Gen. Lee and Director Internationalization. Then more.") ==
        std::vector<std::string>{"They met Prof. Smith.", "Later Gen. Lee and Director Internationalization.",
                                 "Then more."});
}

TEST_CASE("a line holding only a date and a time is page furniture", "[split]") {
  CHECK(Sentences("Putin met Xi.\nAugust 11, 2020 10:18 GMT\nXi met Modi.") ==
        std::vector<std::string>{"Putin met Xi.", "Xi met Modi."});
  CHECK(Sentences("Putin met Xi.\nTuesday, 3 November 2020\nXi met Modi.") ==
        std::vector<std::string>{"Putin met Xi.", "Xi met Modi."});
  CHECK(Sentences("Putin met Xi.\nNov. 3, 2020 | 4:12 pm\nXi met Modi.") ==
        std::vector<std::string>{"Putin met Xi.", "Xi met Modi."});
  // A date inside a sentence, or opening one, is text.
  CHECK(Sentences("Putin met Xi.\nAugust 11, 2020 was the day Xi met Modi.") ==
        std::vector<std::string>{"Putin met Xi.", "August 11, 2020 was the day Xi met Modi."});
}

TEST_CASE("segmentation data: a bad pattern is an error located at its field, a user's link_label is used", "[split]") {
  auto bad = SentenceSplitter::FromJson("{\n  \"link_label\": \"(read more\"\n}", "seg.json");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().message().find("link_label pattern") != std::string::npos);
  CHECK(bad.status().where().file == "seg.json");
  CHECK(bad.status().where().line == 2);
  auto bad_dateline = SentenceSplitter::FromJson("{\"dateline\": \"[A-Z\"}", "seg.json");
  REQUIRE_FALSE(bad_dateline.ok());
  CHECK(bad_dateline.status().message().find("dateline pattern") != std::string::npos);
  // A user's own label (case-insensitive) opens a list.
  auto mine = SentenceSplitter::FromJson("{\"link_label\": \"lesen sie auch\"}", "seg.json");
  REQUIRE(mine.ok());
  const std::string text = "Putin met Xi.\nLESEN SIE AUCH\nMerkel hosts Zelensky\n\nXi met Modi.";
  std::vector<std::string> kept;
  for (const auto& s : mine->Split(text))
    if (!s.boilerplate) kept.emplace_back(text.substr(s.begin, s.end - s.begin));
  CHECK(kept == std::vector<std::string>{"Putin met Xi.", "Xi met Modi."});
}
