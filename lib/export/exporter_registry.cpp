#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>
#include <mutex>

#include <sys/stat.h>
#include <unistd.h>

#include "diplograph/export.h"

namespace diplograph {
namespace {

struct Registry {
  std::mutex mu;
  std::map<std::string, std::function<std::unique_ptr<Exporter>()>, std::less<>> factories;
};
Registry& TheRegistry() {
  static Registry r;
  return r;
}

std::string PercentEncode(std::string_view s) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    bool safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
                c == '.' || c == '~';
    if (safe) {
      out.push_back(static_cast<char>(c));
    } else {
      out.push_back('%');
      out.push_back(hex[c >> 4]);
      out.push_back(hex[c & 15]);
    }
  }
  return out;
}

}  // namespace

bool RegisterExporter(std::string name, std::function<std::unique_ptr<Exporter>()> factory) {
  Registry& r = TheRegistry();
  std::lock_guard<std::mutex> lock(r.mu);
  return r.factories.emplace(std::move(name), std::move(factory)).second;
}

// Defined by each built-in exporter's file.
void RegisterBuiltinExporters();

std::unique_ptr<Exporter> MakeExporter(std::string_view format) {
  RegisterBuiltinExporters();
  Registry& r = TheRegistry();
  std::lock_guard<std::mutex> lock(r.mu);
  auto it = r.factories.find(format);
  return it == r.factories.end() ? nullptr : it->second();
}

std::vector<std::string> ExportFormats() {
  RegisterBuiltinExporters();
  Registry& r = TheRegistry();
  std::lock_guard<std::mutex> lock(r.mu);
  std::vector<std::string> out;
  for (const auto& [name, f] : r.factories) out.push_back(name);
  return out;
}

Status WriteFileAtomically(const std::string& path, const std::function<Status(std::ostream&)>& write) {
  // A device or a pipe ("-o /dev/null", "-o /dev/stdout", a named pipe) is
  // written in place: renaming a file over it would replace the device node
  // itself, and a reader of a stream sees no half-written file anyway.
  struct stat st;
  if (::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) {
    std::ofstream out(path, std::ios::binary);
    if (!out) return Status(StatusCode::kIoError, "cannot write", {path});
    Status s = write(out);
    out.flush();
    if (s.ok() && !out) s = Status(StatusCode::kIoError, "write failed", {path});
    return s;
  }
  std::string tmp = path + ".tmp." + std::to_string(::getpid());
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return Status(StatusCode::kIoError, "cannot write (temporary file " + tmp + ")", {path});
    Status s = write(out);
    out.flush();
    if (s.ok() && !out) s = Status(StatusCode::kIoError, "write failed", {path});
    out.close();
    if (!s.ok()) {
      std::remove(tmp.c_str());
      return s;
    }
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    std::remove(tmp.c_str());
    return Status(StatusCode::kIoError, "cannot rename the finished file into place", {path});
  }
  return Status::Ok();
}

std::string ActorIri(std::string_view id) { return "https://w3id.org/diplograph/id/actor/" + PercentEncode(id); }
std::string EventIri(std::string_view id) { return "https://w3id.org/diplograph/id/event/" + PercentEncode(id); }
std::string DocumentIri(std::string_view id) { return "https://w3id.org/diplograph/id/document/" + PercentEncode(id); }

}  // namespace diplograph
