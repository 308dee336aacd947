#include <doctest/doctest.h>

#include "helpers.hpp"

using namespace claimex;

TEST_CASE("parse_iso_date accepts real dates and ISO timestamps only") {
  CHECK(parse_iso_date("2025-12-05") == CalendarDate{2025, 12, 5});
  CHECK(parse_iso_date("2024-02-29T23:59:00Z") == CalendarDate{2024, 2, 29});
  CHECK_FALSE(parse_iso_date("2025-02-29"));
  CHECK_FALSE(parse_iso_date("2025-13-01"));
  CHECK_FALSE(parse_iso_date("05/12/2025"));
  CHECK_FALSE(parse_iso_date("2025-12-5"));
  CHECK_FALSE(parse_iso_date("2025-12-05x"));
  CHECK(CalendarDate{987, 3, 4}.iso() == "0987-03-04");
}

TEST_CASE("the date header") {
  auto h = find_date_header(" date 2025-12-05 NAIROBI, Kenya (AP) -");
  REQUIRE(h);
  CHECK(h->date == CalendarDate{2025, 12, 5});
  CHECK(h->body_start == 17);
  CHECK(find_date_header("Date: 2025-01-02\nBody")->body_start == 17);
  CHECK_FALSE(find_date_header("The date 2025-12-05 was set."));
  CHECK_FALSE(find_date_header(" date 2025-12-05x body"));
  CHECK_FALSE(find_date_header("dated 2025-12-05 body"));
}

TEST_CASE("the article date: field, then header, then --date; never the clock") {
  const auto& p = test::project_pipeline();
  const std::string with_header = " date 2025-12-05 Body.";
  auto a = p.analyse({"x", with_header, std::string("2026-01-02"), CalendarDate{2020, 1, 1}});
  CHECK(a.dct == CalendarDate{2026, 1, 2});
  CHECK(a.dct_source == DctSource::field);
  CHECK(a.body_start == 17);

  a = p.analyse({"x", with_header, std::nullopt, CalendarDate{2020, 1, 1}});
  CHECK(a.dct == CalendarDate{2025, 12, 5});
  CHECK(a.dct_source == DctSource::header);

  a = p.analyse({"x", "Body.", std::string("yesterday"), CalendarDate{2020, 1, 1}});
  CHECK(a.dct == CalendarDate{2020, 1, 1});
  CHECK(a.dct_source == DctSource::flag);
  REQUIRE(a.warnings.size() == 1);
  CHECK(a.warnings[0].code == "bad_date");

  a = p.analyse({"x", "Body.", std::nullopt, std::nullopt});
  CHECK_FALSE(a.dct);
  CHECK(a.dct_source == DctSource::none);
}
