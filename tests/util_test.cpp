#include <catch2/catch.hpp>

#include "diplograph/date.h"
#include "util/uuid.h"

using namespace diplograph;

TEST_CASE("civil dates: day numbers, weekdays, ISO weeks", "[date]") {
  CHECK(CivilDate{1970, 1, 1}.ToDays() == 0);
  CHECK(CivilDate::FromDays(CivilDate{2024, 2, 29}.ToDays()) == CivilDate{2024, 2, 29});
  CHECK(CivilDate{2020, 11, 10}.Weekday() == 1);  // Tuesday
  CHECK(DateSpan::Week(CivilDate{2024, 4, 3}).value == "2024-W14");
  CHECK(DateSpan::Week(CivilDate{2021, 1, 2}).value == "2020-W53");
  CHECK(DateSpan::Month(2022, 2).latest == CivilDate{2022, 2, 28});
  CHECK(CivilDate{2024, 1, 31}.AddMonths(1) == CivilDate{2024, 2, 29});
  CHECK_FALSE(CivilDate::Parse("2023-02-29"));
  CHECK_FALSE(CivilDate::Parse("2023-2-01"));
}

TEST_CASE("UUIDv5 matches the RFC 4122 reference value", "[uuid]") {
  // Python: uuid.uuid5(uuid.NAMESPACE_DNS, "python.org") == 886313e1-3b8a-5372-9b90-0c9aee199e5d
  const unsigned char dns[16] = {0x6b, 0xa7, 0xb8, 0x10, 0x9d, 0xad, 0x11, 0xd1,
                                 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8};
  CHECK(internal::UuidV5(std::string(reinterpret_cast<const char*>(dns), 16), "python.org") ==
        "886313e1-3b8a-5372-9b90-0c9aee199e5d");
}
