#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>
#include <mutex>

#include <sys/stat.h>
#include <unistd.h>

#include "diplograph/export.h"
#include "export/exporters.h"

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

bool IriSafe(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
         c == '.' || c == '~';
}

// prefix + the percent-encoded id, in one allocation.
std::string Iri(std::string_view prefix, std::string_view id) {
  std::string out(prefix.size() + 3 * id.size(), '\0');
  out.resize(static_cast<std::size_t>(internal::WriteIri(out.data(), prefix, id) - out.data()));
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
  auto write_all = [&](std::ofstream& out) {
    Status s = write(out);
    out.flush();
    if (s.ok() && !out) s = Status(StatusCode::kIoError, "write failed", {path});
    return s;
  };
  struct stat st;
  if (::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) {
    std::ofstream out(path, std::ios::binary);
    if (!out) return Status(StatusCode::kIoError, "cannot write", {path});
    return write_all(out);
  }
  std::string tmp = path + ".tmp." + std::to_string(::getpid());
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return Status(StatusCode::kIoError, "cannot write (temporary file " + tmp + ")", {path});
    Status s = write_all(out);
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

std::string ActorIri(std::string_view id) { return Iri(internal::kActorIriPrefix, id); }
std::string EventIri(std::string_view id) { return Iri(internal::kEventIriPrefix, id); }
std::string DocumentIri(std::string_view id) { return Iri(internal::kDocumentIriPrefix, id); }

namespace internal {

char* WriteIri(char* out, std::string_view prefix, std::string_view id) {
  static const char* hex = "0123456789ABCDEF";
  out = std::copy(prefix.begin(), prefix.end(), out);
  for (const char ch : id) {
    const auto c = static_cast<unsigned char>(ch);
    if (IriSafe(c)) {
      *out++ = ch;
      continue;
    }
    *out++ = '%';
    *out++ = hex[c >> 4];
    *out++ = hex[c & 15];
  }
  return out;
}

}  // namespace internal

}  // namespace diplograph
