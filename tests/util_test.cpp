#include <catch2/catch.hpp>

#include <atomic>
#include <thread>

#include "diplograph/date.h"
#include "util/parallel.h"
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

TEST_CASE("SHA-1 matches the FIPS 180 examples and every padding boundary", "[uuid]") {
  auto hex = [](const std::string& raw) {
    static const char* k = "0123456789abcdef";
    std::string out;
    for (unsigned char c : raw) {
      out += k[c >> 4];
      out += k[c & 15];
    }
    return out;
  };
  CHECK(hex(internal::Sha1("")) == "da39a3ee5e6b4b0d3255bfef95601890afd80709");
  CHECK(hex(internal::Sha1("abc")) == "a9993e364706816aba3e25717850c26c9cd0d89d");
  CHECK(hex(internal::Sha1("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")) ==
        "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
  CHECK(hex(internal::Sha1(std::string(1000000, 'a'))) == "34aa973cd4c4daa4f61eeb2bdbad27316534016f");
  // Lengths around the 55/56 and 64-byte edges (values from Python's hashlib).
  const std::pair<std::size_t, const char*> edges[] = {
      {55, "8829dc293fb52f1477aa7323310a5bcf949ce4f8"}, {56, "3c440665799f6f245108a068a11e59507d4f9e2c"},
      {63, "5e2cdca8ef9552e40ad2228153e778e586eebc50"}, {64, "24d0ab86ac7542b26241687c97b79ae2cc22ac90"},
      {65, "f71ba60012ec8015b3d5ba56798c4ff43aeb8beb"}, {119, "ea44537c014a6f0d332e845ed7f9331ae45440c5"},
      {128, "0a1d410f25f3840e4498a2ad922fea55bb4b79da"}};
  for (const auto& [n, want] : edges) {
    std::string data;
    for (std::size_t i = 0; i < n; ++i) data.push_back(static_cast<char>((i * 7 + 3) % 251));
    CHECK(hex(internal::Sha1(data)) == want);
  }
}

TEST_CASE("RunTwo runs both pieces once, at once when given two threads", "[parallel]") {
  for (unsigned threads : {0u, 1u, 2u, 4u}) {
    INFO("threads " << threads);
    std::atomic<int> first{0}, second{0};
    std::thread::id first_on, second_on;
    internal::RunTwo(
        threads,
        [&] {
          ++first;
          first_on = std::this_thread::get_id();
        },
        [&] {
          ++second;
          second_on = std::this_thread::get_id();
        });
    CHECK(first == 1);
    CHECK(second == 1);
    CHECK(first_on == std::this_thread::get_id());  // the first piece runs on the calling thread
    // (A thread that cannot be started runs its piece here instead; a test
    // machine can start one.)
    CHECK((second_on != first_on) == (threads > 1));
  }
}
