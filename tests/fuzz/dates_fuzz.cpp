// The temporal tagger and date resolver: the first bytes choose the
// publication date and the anchor (any day from year 1 to 9999), the rest is
// the sentence.
//
// Invariants: expressions lie inside the sentence, in order, without overlap;
// resolved spans are valid dates with begin <= end.
#include "diplograph/temporal.h"
#include "fuzz_support.h"

using namespace diplograph;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  TemporalContext context;
  if (size >= 4) {
    const long long first = CivilDate{1, 1, 1}.ToDays(), last = CivilDate{9999, 12, 31}.ToDays();
    const long long span = last - first + 1;
    long long p = (data[0] | data[1] << 8) * 61 % span, a = (data[2] | data[3] << 8) * 61 % span;
    if (data[0] & 1) context.published = CivilDate::FromDays(first + p);
    if (data[2] & 1) context.anchor = CivilDate::FromDays(first + a);
    data += 4, size -= 4;
  }
  std::string_view sentence = fuzz::AsText(data, size);
  std::size_t previous_end = 0;
  for (const Timex& t : TemporalTagger::Default().Tag(sentence, context)) {
    DG_FUZZ_CHECK(t.begin >= previous_end);
    DG_FUZZ_CHECK(t.begin <= t.end);
    DG_FUZZ_CHECK(t.end <= sentence.size());
    previous_end = t.end;
    DG_FUZZ_CHECK(t.earliest.has_value() == t.latest.has_value());
    if (t.earliest) {
      DG_FUZZ_CHECK(CivilDate::Valid(t.earliest->year, t.earliest->month, t.earliest->day));
      DG_FUZZ_CHECK(CivilDate::Valid(t.latest->year, t.latest->month, t.latest->day));
      DG_FUZZ_CHECK(!(*t.latest < *t.earliest));
      DG_FUZZ_CHECK(!t.value.empty());
    }
  }
  return 0;
}
