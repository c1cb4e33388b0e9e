#include "diplograph/status.h"

namespace diplograph {

std::string Status::ToString() const {
  if (ok()) return "OK";
  std::string out;
  if (!where_.file.empty()) out += where_.file;
  if (where_.line) {
    if (!out.empty()) out += ':';
    out += std::to_string(where_.line);
    if (where_.column) out += ':' + std::to_string(where_.column);
  }
  if (!out.empty()) out += ": ";
  out += message_;
  return out;
}

Status Status::WithFile(std::string file) const {
  Status s = *this;
  s.where_.file = std::move(file);
  return s;
}

}  // namespace diplograph
