// The lexicon loader: arbitrary bytes as a user's lexicon file, alone and on
// top of the built-in lexicon.
//
// Invariants: a rejected file leaves the lexicon it was added to unchanged;
// an accepted one can be queried.
#include "diplograph/lexicon.h"
#include "fuzz_support.h"

using namespace diplograph;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text = fuzz::AsText(data, size);
  auto alone = Lexicon::FromJson(text, "fuzz.json");
  if (alone.ok()) {
    for (const LexiconEntry& entry : alone->entries()) (void)alone->Resolve(entry.id);
    (void)alone->Warnings();
  }
  static const Lexicon base = [] {
    auto made = Lexicon::Default();
    if (!made.ok()) fuzz::Broken("the default lexicon does not load");
    return std::move(made).value();
  }();
  Lexicon merged = base;
  Status added = merged.AddJson(text, "fuzz.json");
  if (!added.ok()) DG_FUZZ_CHECK(merged.entries().size() == base.entries().size());
  return 0;
}
