// The analysts' pattern language of diplograph/query.h:
//   (A)-[action|action]->(B)   (A)<-[*]-(B)   (A)-[meet]-(B)
// A hand-written scanner; every error names the code-point column.
#include <cctype>

#include "diplograph/query.h"
#include "util/utf8.h"

namespace diplograph {
namespace {

class PatternScanner {
 public:
  explicit PatternScanner(std::string_view text) : s_(text) {}

  Status Error(std::string message, std::size_t at) const {
    std::size_t col = internal::CodePointCount(s_.substr(0, std::min(at, s_.size()))) + 1;
    return Status(StatusCode::kInvalidArgument,
                  "pattern: " + message + " at column " + std::to_string(col) + "\n  " + std::string(s_) + "\n  " +
                      std::string(col - 1, ' ') + "^",
                  SourceLocation{"<pattern>", 1, col});
  }

  void SkipSpace() {
    while (i_ < s_.size() && std::isspace(static_cast<unsigned char>(s_[i_]))) ++i_;
  }
  bool Eat(std::string_view token) {
    if (s_.substr(i_, token.size()) != token) return false;
    i_ += token.size();
    return true;
  }
  std::string Found() const {
    if (i_ >= s_.size()) return "the end of the pattern";
    return std::string("'") + s_[i_] + "'";
  }

  Status Node(PatternNode* node) {
    SkipSpace();
    if (!Eat("(")) return Error("expected '(' to open a node, found " + Found(), i_);
    SkipSpace();
    if (Eat("?")) {
      std::size_t start = i_;
      while (i_ < s_.size() && (std::isalnum(static_cast<unsigned char>(s_[i_])) || s_[i_] == '_')) ++i_;
      if (i_ == start) return Error("expected a variable name after '?', found " + Found(), i_);
      node->variable = std::string(s_.substr(start, i_ - start));
    } else if (Eat("\"")) {
      std::size_t start = i_;
      while (i_ < s_.size() && s_[i_] != '"') ++i_;
      if (i_ >= s_.size()) return Error("unterminated quoted name", start - 1);
      node->actor = std::string(s_.substr(start, i_ - start));
      ++i_;
    } else {
      std::size_t start = i_;
      while (i_ < s_.size() && s_[i_] != ')' && s_[i_] != '(' && s_[i_] != '[' && s_[i_] != ']') ++i_;
      std::string_view name = s_.substr(start, i_ - start);
      while (!name.empty() && std::isspace(static_cast<unsigned char>(name.back()))) name.remove_suffix(1);
      node->actor = std::string(name);
    }
    SkipSpace();
    if (!Eat(")")) return Error("expected ')' to close the node, found " + Found(), i_);
    return Status::Ok();
  }

  Status Edge(Pattern* p) {
    SkipSpace();
    std::size_t arrow_start = i_;
    bool left_arrow = Eat("<-");
    if (!left_arrow && !Eat("-")) return Error("expected '-[' or '<-[' after a node, found " + Found(), i_);
    SkipSpace();
    if (!Eat("[")) return Error("expected '[' to open the action, found " + Found(), i_);
    SkipSpace();
    if (Eat("*")) {
      SkipSpace();
    } else {
      while (true) {
        SkipSpace();
        Eat(":");  // tolerate Cypher's "[:meet]"
        std::size_t start = i_;
        while (i_ < s_.size() && (std::isalnum(static_cast<unsigned char>(s_[i_])) || s_[i_] == '_')) ++i_;
        if (i_ == start) return Error("expected an action name or '*', found " + Found(), i_);
        std::string action(s_.substr(start, i_ - start));
        for (char& c : action) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        p->actions.push_back(action);
        SkipSpace();
        if (!Eat("|")) break;
      }
    }
    if (!Eat("]")) return Error("expected ']' or '|' after the action, found " + Found(), i_);
    SkipSpace();
    bool right_arrow = Eat("->");
    if (!right_arrow && !Eat("-")) return Error("expected '-' or '->' after ']', found " + Found(), i_);
    if (left_arrow && right_arrow) return Error("an edge points one way ('->' or '<-') or none ('-'), not both", arrow_start);
    p->direction = left_arrow ? Pattern::Direction::kLeft
                              : right_arrow ? Pattern::Direction::kRight : Pattern::Direction::kEither;
    return Status::Ok();
  }

  Status Whole(Pattern* p) {
    if (Status s = Node(&p->left); !s.ok()) return s;
    if (Status s = Edge(p); !s.ok()) return s;
    if (Status s = Node(&p->right); !s.ok()) return s;
    SkipSpace();
    if (i_ < s_.size()) return Error("unexpected " + Found() + " after the pattern", i_);
    return Status::Ok();
  }

 private:
  std::string_view s_;
  std::size_t i_ = 0;
};

}  // namespace

Result<Pattern> ParsePattern(std::string_view text) {
  Pattern p;
  PatternScanner scanner(text);
  if (Status s = scanner.Whole(&p); !s.ok()) return s;
  return p;
}

}  // namespace diplograph
