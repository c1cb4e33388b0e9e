// The RDF triples a diplograph graph stands for: exactly what its JSON-LD
// export expands to (same IRIs, literals and datatypes; mentions and
// selectors as blank nodes). Shared by the N-Triples, N-Quads and Turtle
// exporters.
#pragma once

#include <string>
#include <vector>

#include "diplograph/graph.h"

namespace diplograph::internal {

struct RdfTerm {
  enum class Kind { kIri, kBlank, kLiteral };
  Kind kind = Kind::kIri;
  std::string value;     // IRI, blank node label (without "_:") or lexical form
  std::string datatype;  // literals: full IRI; empty = xsd:string
};

struct RdfTriple {
  RdfTerm subject;
  std::string predicate;  // full IRI
  RdfTerm object;
};

std::vector<RdfTriple> GraphTriples(const Graph& graph);

// N-Triples forms of terms (escaped).
std::string NTriplesTerm(const RdfTerm& term);

}  // namespace diplograph::internal
