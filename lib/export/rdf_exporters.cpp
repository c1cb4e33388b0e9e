// N-Triples, N-Quads and Turtle: the JSON-LD export's triples for RDF stores
// and SPARQL engines that do not read JSON-LD.
#include <cctype>

#include "export/exporters.h"
#include "export/rdf_triples.h"

namespace diplograph::internal {
namespace {

class NTriplesExporter final : public Exporter {
 public:
  explicit NTriplesExporter(bool quads) : quads_(quads) {}
  std::string_view name() const override { return quads_ ? "nquads" : "ntriples"; }
  std::string_view extension() const override { return quads_ ? ".nq" : ".nt"; }
  Status Write(const Graph& g, std::ostream& out) const override {
    // The default graph only: an N-Triples file is also a valid N-Quads file.
    for (const RdfTriple& t : GraphTriples(g))
      out << NTriplesTerm(t.subject) << " <" << t.predicate << "> " << NTriplesTerm(t.object) << " .\n";
    if (!out) return Status(StatusCode::kIoError, "write failed");
    return Status::Ok();
  }

 private:
  bool quads_;
};

const std::pair<const char*, const char*> kPrefixes[] = {
    {"rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"},
    {"xsd", "http://www.w3.org/2001/XMLSchema#"},
    {"dg", "https://w3id.org/diplograph/ns#"},
    {"schema", "http://schema.org/"},
    {"sem", "http://semanticweb.cs.vu.nl/2009/11/sem/"},
    {"prov", "http://www.w3.org/ns/prov#"},
    {"oa", "http://www.w3.org/ns/oa#"},
    {"wd", "http://www.wikidata.org/entity/"},
    {"actor", "https://w3id.org/diplograph/id/actor/"},
    {"event", "https://w3id.org/diplograph/id/event/"},
    {"document", "https://w3id.org/diplograph/id/document/"},
};

// A prefixed name when the local part is plainly safe, else <IRI>.
std::string Short(const std::string& iri) {
  for (const auto& [prefix, ns] : kPrefixes) {
    std::string_view n(ns);
    if (iri.size() <= n.size() || iri.compare(0, n.size(), n) != 0) continue;
    std::string local = iri.substr(n.size());
    bool safe = std::isalpha(static_cast<unsigned char>(local[0]));
    for (char c : local) safe = safe && (std::isalnum(static_cast<unsigned char>(c)) || c == '_');
    if (safe) return std::string(prefix) + ":" + local;
  }
  return NTriplesTerm(RdfTerm{RdfTerm::Kind::kIri, iri, ""});
}

std::string TurtleTerm(const RdfTerm& t) {
  if (t.kind == RdfTerm::Kind::kIri) return Short(t.value);
  if (t.kind == RdfTerm::Kind::kLiteral && !t.datatype.empty()) {
    RdfTerm plain = t;
    plain.datatype.clear();
    return NTriplesTerm(plain) + "^^" + Short(t.datatype);
  }
  return NTriplesTerm(t);
}

class TurtleExporter final : public Exporter {
 public:
  std::string_view name() const override { return "turtle"; }
  std::string_view extension() const override { return ".ttl"; }
  Status Write(const Graph& g, std::ostream& out) const override {
    for (const auto& [prefix, ns] : kPrefixes) out << "@prefix " << prefix << ": <" << ns << "> .\n";
    std::vector<RdfTriple> triples = GraphTriples(g);
    std::string subject, predicate;
    for (const RdfTriple& t : triples) {
      std::string s = TurtleTerm(t.subject);
      std::string p = t.predicate == "http://www.w3.org/1999/02/22-rdf-syntax-ns#type" ? "a" : Short(t.predicate);
      std::string o = TurtleTerm(t.object);
      if (s != subject) {
        if (!subject.empty()) out << " .\n";
        out << "\n" << s << "\n    " << p << " " << o;
        subject = s;
        predicate = p;
      } else if (p != predicate) {
        out << " ;\n    " << p << " " << o;
        predicate = p;
      } else {
        out << ", " << o;
      }
    }
    if (!subject.empty()) out << " .\n";
    if (!out) return Status(StatusCode::kIoError, "write failed");
    return Status::Ok();
  }
};

}  // namespace

std::unique_ptr<Exporter> MakeNTriplesExporter() { return std::make_unique<NTriplesExporter>(false); }
std::unique_ptr<Exporter> MakeNQuadsExporter() { return std::make_unique<NTriplesExporter>(true); }
std::unique_ptr<Exporter> MakeTurtleExporter() { return std::make_unique<TurtleExporter>(); }

}  // namespace diplograph::internal
