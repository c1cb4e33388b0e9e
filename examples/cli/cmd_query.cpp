// diplograph query: questions to a graph file, as filters or as a pattern.
#include <cstdio>
#include <cstring>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "command.h"
#include "diplograph/export.h"
#include "diplograph/query.h"
#include "graph_io.h"

namespace diplograph::cli {
namespace {

const char kUsage[] =
    "usage: diplograph query [options] GRAPH.jsonld [PATTERN]\n"
    "\n"
    "Answers questions about a graph written by 'diplograph extract'. Either filters:\n"
    "  diplograph query g.jsonld --action congratulate --recipient Biden --with-evidence\n"
    "or a pattern (see docs/querying.md):\n"
    "  diplograph query g.jsonld '(?a)-[congratulate]->(Biden)'\n"
    "  diplograph query g.jsonld '(Xi)-[meet]-(?x)' --from 2024-04 --to 2024-04\n"
    "  diplograph query g.jsonld '(Putin)-[*]->(?x)'\n"
    "Names may be canonical names, aliases, surnames, Wikidata ids (Q7747) or lexicon ids.\n"
    "\n"
    "options:\n"
    "  --action A[,B...]     only these actions (repeatable)\n"
    "  --agent NAME          someone who acts (repeatable: any of them)\n"
    "  --recipient NAME      someone acted on (repeatable)\n"
    "  --party NAME          someone taking part in any role (repeatable)\n"
    "  --from DATE           events whose dates reach DATE or later (YYYY, YYYY-MM or YYYY-MM-DD)\n"
    "  --to DATE             events whose dates begin by DATE\n"
    "  --document ID         reported by this document\n"
    "  --factuality F[,G]    asserted, planned, negated, hedged (default: any)\n"
    "  --asserted            the same as --factuality asserted\n"
    "  --with-evidence       the sentences that report each event\n"
    "  --format F            table (default), csv, tsv, json or jsonl\n"
    "  --lexicon FILE        resolve names with this lexicon too (repeatable)\n"
    "  --no-lexicon          resolve names through the graph's actors only\n"
    "  -h, --help            this text\n"
    "\n"
    "exit codes: 0 answered (even with no rows), 1 a name that is no actor,\n"
    "            2 usage error or malformed pattern, 3 the graph could not be read\n";

std::vector<std::string> SplitComma(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream ss(s);
  std::string item;
  while (std::getline(ss, item, ','))
    if (!item.empty()) out.push_back(item);
  return out;
}

std::string Names(const std::vector<PartyRef>& refs) {
  std::string out;
  for (const auto& r : refs) out += (out.empty() ? "" : "; ") + r.name;
  return out;
}

std::string DateText(const std::optional<DateSpan>& d) {
  if (!d) return "";
  if (!d->value.empty()) return d->value;
  return d->earliest.ToString() + ".." + d->latest.ToString();
}

nlohmann::json RefsJson(const std::vector<PartyRef>& refs) {
  nlohmann::json a = nlohmann::json::array();
  for (const auto& r : refs) {
    nlohmann::json o{{"id", r.id}, {"name", r.name}};
    if (!r.qid.empty()) o["qid"] = r.qid;
    a.push_back(o);
  }
  return a;
}

nlohmann::json RowJson(const QueryRow& row, bool evidence) {
  nlohmann::json o;
  if (!row.bindings.empty()) {
    nlohmann::json b = nlohmann::json::object();
    for (const auto& [var, ref] : row.bindings) b[var] = RefsJson({ref})[0];
    o["bindings"] = b;
  }
  o["event"] = EventIri(row.event_id);
  o["action"] = row.action;
  o["agents"] = RefsJson(row.agents);
  o["recipients"] = RefsJson(row.recipients);
  o["participants"] = RefsJson(row.participants);
  if (row.date)
    o["date"] = {{"earliest", row.date->earliest.ToString()}, {"latest", row.date->latest.ToString()},
                 {"timex", row.date->value}, {"granularity", std::string(GranularityName(row.date->granularity))}};
  else
    o["date"] = nullptr;
  o["factuality"] = std::string(FactualityName(row.factuality));
  if (evidence) {
    nlohmann::json ev = nlohmann::json::array();
    for (const Mention& m : row.evidence)
      ev.push_back({{"document", m.document}, {"sentence", m.sentence}, {"trigger", m.trigger},
                    {"begin", m.begin}, {"end", m.end}});
    o["evidence"] = ev;
  }
  return o;
}

std::string CsvField(const std::string& s, char sep) {
  if (sep == '\t') {
    std::string out;
    for (char c : s) out += (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
    return out;
  }
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::size_t Width(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

void PrintTable(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows) {
  std::vector<std::size_t> w(header.size());
  for (std::size_t i = 0; i < header.size(); ++i) w[i] = Width(header[i]);
  for (const auto& r : rows)
    for (std::size_t i = 0; i < r.size(); ++i) w[i] = std::max(w[i], std::min<std::size_t>(Width(r[i]), 60));
  auto line = [&](const std::vector<std::string>& cells) {
    std::string out;
    for (std::size_t i = 0; i < cells.size(); ++i) {
      std::string c = cells[i];
      if (Width(c) > 60 && i + 1 < cells.size()) {  // keep columns aligned; the last column is never cut
        std::size_t cut = 0, n = 0;
        while (cut < c.size() && n < 59) {
          ++cut;
          while (cut < c.size() && (static_cast<unsigned char>(c[cut]) & 0xC0) == 0x80) ++cut;
          ++n;
        }
        c = c.substr(0, cut) + "…";
      }
      out += c;
      if (i + 1 < cells.size()) out += std::string(w[i] - Width(c) + 2, ' ');
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    std::cout << out << "\n";
  };
  line(header);
  std::vector<std::string> rule;
  for (std::size_t x : w) rule.push_back(std::string(x, '-'));
  line(rule);
  for (const auto& r : rows) line(r);
}

int RunQuery(int argc, char** argv) {
  Query q;
  std::string graph_path, pattern, format = "table";
  bool evidence = false, use_lexicon = true;
  std::vector<std::string> lexicons;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&]() -> const char* {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "diplograph query: %s needs a value\n", a.c_str());
        return nullptr;
      }
      return argv[++i];
    };
    if (a == "-h" || a == "--help") {
      std::fputs(kUsage, stdout);
      return kExitOk;
    } else if (a == "--with-evidence") {
      evidence = true;
    } else if (a == "--asserted") {
      q.factualities = {Factuality::kAsserted};
    } else if (a == "--no-lexicon") {
      use_lexicon = false;
    } else if (a == "--action" || a == "--agent" || a == "--recipient" || a == "--party" || a == "--from" ||
               a == "--to" || a == "--document" || a == "--factuality" || a == "--format" || a == "--lexicon" ||
               a == "--pattern") {
      const char* v = value();
      if (!v) return kExitUsage;
      std::string s = v;
      if (a == "--action") {
        for (auto& x : SplitComma(s)) q.actions.push_back(x);
      } else if (a == "--agent") {
        q.agents.push_back(s);
      } else if (a == "--recipient") {
        q.recipients.push_back(s);
      } else if (a == "--party") {
        q.parties.push_back(s);
      } else if (a == "--from" || a == "--to") {
        auto d = ParseDateBound(s, a == "--to");
        if (!d) {
          std::fprintf(stderr, "diplograph query: %s: expected YYYY, YYYY-MM or YYYY-MM-DD, got '%s'\n", a.c_str(), v);
          return kExitUsage;
        }
        (a == "--from" ? q.from : q.to) = d;
      } else if (a == "--document") {
        q.document = s;
      } else if (a == "--factuality") {
        for (auto& x : SplitComma(s)) {
          auto f = ParseFactuality(x);
          if (!f) {
            std::fprintf(stderr, "diplograph query: --factuality: expected asserted, planned, negated or hedged, got '%s'\n",
                         x.c_str());
            return kExitUsage;
          }
          q.factualities.push_back(*f);
        }
      } else if (a == "--format") {
        format = s;
        if (format != "table" && format != "csv" && format != "tsv" && format != "json" && format != "jsonl") {
          std::fprintf(stderr, "diplograph query: --format: expected table, csv, tsv, json or jsonl, got '%s'\n", v);
          return kExitUsage;
        }
      } else if (a == "--lexicon") {
        lexicons.push_back(s);
      } else if (a == "--pattern") {
        pattern = s;
      }
    } else if (a.size() > 1 && a[0] == '-') {
      std::fprintf(stderr, "diplograph query: unknown option '%s'\n%s", a.c_str(), kUsage);
      return kExitUsage;
    } else if (graph_path.empty()) {
      graph_path = a;
    } else if (pattern.empty()) {
      pattern = a;
    } else {
      std::fprintf(stderr, "diplograph query: one graph and at most one pattern, got also '%s'\n", a.c_str());
      return kExitUsage;
    }
  }
  if (graph_path.empty()) {
    std::fprintf(stderr, "diplograph query: no graph file\n%s", kUsage);
    return kExitUsage;
  }
  std::optional<Pattern> parsed;
  if (!pattern.empty()) {
    Result<Pattern> p = ParsePattern(pattern);
    if (!p.ok()) {
      std::fprintf(stderr, "diplograph query: %s\n", p.status().message().c_str());
      return kExitUsage;
    }
    parsed = *p;
  }
  std::optional<Graph> graph = LoadGraphOrReport("query", graph_path);
  if (!graph) return kExitIo;
  std::optional<Lexicon> lexicon;
  if (use_lexicon) {
    Result<Lexicon> def = Lexicon::Default();
    if (def.ok()) lexicon = *def;
    for (const std::string& f : lexicons) {
      if (!lexicon) lexicon = Lexicon();
      if (Status s = lexicon->AddFile(f); !s.ok()) {
        std::fprintf(stderr, "diplograph query: lexicon: %s\n", s.ToString().c_str());
        return kExitIo;
      }
    }
  }
  QueryEngine engine(*graph, lexicon ? &*lexicon : nullptr);
  Result<QueryResult> result = parsed ? engine.Run(*parsed, q) : engine.Run(q);
  if (!result.ok()) {
    std::fprintf(stderr, "diplograph query: %s\n", result.status().ToString().c_str());
    return result.status().code() == StatusCode::kNotFound ? kExitSomeRejected : kExitUsage;
  }

  if (format == "json" || format == "jsonl") {
    nlohmann::json all = nlohmann::json::array();
    for (const QueryRow& row : result->rows) {
      if (format == "jsonl")
        std::cout << RowJson(row, evidence).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
      else
        all.push_back(RowJson(row, evidence));
    }
    if (format == "json") std::cout << all.dump(1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    return kExitOk;
  }
  std::vector<std::string> header;
  for (const auto& v : result->variables) header.push_back("?" + v);
  for (const char* h : {"date", "action", "agents", "recipients", "participants", "factuality", "event"})
    header.push_back(h);
  if (evidence) {
    header.push_back("document");
    header.push_back("evidence");
  }
  std::vector<std::vector<std::string>> rows;
  for (const QueryRow& row : result->rows) {
    std::vector<std::string> cells;
    for (const auto& v : result->variables) {
      auto it = row.bindings.find(v);
      cells.push_back(it == row.bindings.end() ? "" : it->second.name);
    }
    for (const std::string& c : {DateText(row.date), row.action, Names(row.agents), Names(row.recipients),
                                 Names(row.participants), std::string(FactualityName(row.factuality)), row.event_id})
      cells.push_back(c);
    if (!evidence) {
      rows.push_back(std::move(cells));
      continue;
    }
    for (const Mention& m : row.evidence) {
      std::vector<std::string> r = cells;
      r.push_back(m.document);
      r.push_back(m.sentence);
      rows.push_back(std::move(r));
    }
  }
  if (format == "table") {
    PrintTable(header, rows);
    std::cout.flush();
    std::fprintf(stderr, "%zu row%s\n", rows.size(), rows.size() == 1 ? "" : "s");
  } else {
    char sep = format == "csv" ? ',' : '\t';
    for (const auto* r : {&header}) {
      for (std::size_t i = 0; i < r->size(); ++i) std::cout << (i ? std::string(1, sep) : "") << CsvField((*r)[i], sep);
      std::cout << (format == "csv" ? "\r\n" : "\n");
    }
    for (const auto& r : rows) {
      for (std::size_t i = 0; i < r.size(); ++i) std::cout << (i ? std::string(1, sep) : "") << CsvField(r[i], sep);
      std::cout << (format == "csv" ? "\r\n" : "\n");
    }
  }
  return kExitOk;
}

}  // namespace

DIPLOGRAPH_COMMAND("query", "answer questions about a graph (filters or patterns)", RunQuery);

}  // namespace diplograph::cli
