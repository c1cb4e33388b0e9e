// diplograph dates: the temporal resolver on its own, one sentence a line.
#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>
#include <string>

#include "command.h"
#include "diplograph/temporal.h"

namespace diplograph::cli {
namespace {

const char kUsage[] =
    "usage: diplograph dates [--published YYYY-MM-DD] [--day-first] < sentences.txt\n"
    "\n"
    "Reads sentences from stdin, one per line, and writes one JSON object per line:\n"
    "  {\"text\": ..., \"dates\": [{\"begin\", \"end\", \"surface\", \"value\", \"type\", \"granularity\",\n"
    "                           \"earliest\", \"latest\", \"mod\", \"rule\"}]}\n"
    "begin/end count code points. Relative expressions (\"on Tuesday\", \"last week\") are resolved against\n"
    "--published; without it they come back with \"value\": null and a \"reason\". Expressions such as\n"
    "\"the previous day\" count from the last day resolved on an earlier line.\n"
    "\n"
    "  --published YYYY-MM-DD  the publication date\n"
    "  --day-first             read numeric dates such as 03/04/2020 as day/month (default month/day)\n";

std::size_t CodePoints(const std::string& s, std::size_t byte_end) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < byte_end && i < s.size(); ++i) n += (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
  return n;
}

int RunDates(int argc, char** argv) {
  TemporalContext ctx;
  bool day_first = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "-h" || a == "--help") {
      std::fputs(kUsage, stdout);
      return kExitOk;
    } else if (a == "--published" && i + 1 < argc) {
      ctx.published = CivilDate::Parse(argv[++i]);
      if (!ctx.published) {
        std::fprintf(stderr, "diplograph dates: --published: expected a date YYYY-MM-DD, got '%s'\n", argv[i]);
        return kExitUsage;
      }
    } else if (a == "--day-first") {
      day_first = true;
    } else {
      std::fprintf(stderr, "diplograph dates: unknown argument '%s'\n%s", a.c_str(), kUsage);
      return kExitUsage;
    }
  }
  const TemporalTagger* tagger = &TemporalTagger::Default();
  std::optional<TemporalTagger> custom;
  if (day_first) {
    // The default rules with the other numeric order.
    Result<TemporalTagger> t = TemporalTagger::DefaultWith(TemporalTagger::Options{false});
    if (!t.ok()) {
      std::fprintf(stderr, "diplograph dates: %s\n", t.status().ToString().c_str());
      return kExitIo;
    }
    custom.emplace(std::move(t).value());
    tagger = &*custom;
  }
  std::string line;
  while (std::getline(std::cin, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    nlohmann::json out{{"text", line}, {"dates", nlohmann::json::array()}};
    for (const Timex& t : tagger->Tag(line, ctx)) {
      nlohmann::json d{{"begin", CodePoints(line, t.begin)},
                       {"end", CodePoints(line, t.end)},
                       {"surface", t.surface},
                       {"type", std::string(TimexTypeName(t.type))},
                       {"granularity", std::string(GranularityName(t.granularity))},
                       {"mod", std::string(TimexModName(t.mod))},
                       {"rule", t.rule}};
      d["value"] = t.value.empty() ? nlohmann::json() : nlohmann::json(t.value);
      d["earliest"] = t.earliest ? nlohmann::json(t.earliest->ToString()) : nlohmann::json();
      d["latest"] = t.latest ? nlohmann::json(t.latest->ToString()) : nlohmann::json();
      if (!t.reason.empty()) d["reason"] = t.reason;
      out["dates"].push_back(std::move(d));
      if (t.type == TimexType::kDate && t.earliest && t.latest && *t.earliest == *t.latest) ctx.anchor = t.earliest;
    }
    std::cout << out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  }
  return kExitOk;
}

}  // namespace

DIPLOGRAPH_COMMAND("dates", "tag and resolve dates in sentences read from stdin", RunDates);

}  // namespace diplograph::cli
