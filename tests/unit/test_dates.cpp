#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "extract/calendar.hpp"
#include "helpers.hpp"

using namespace claimex;

namespace {

std::vector<std::string> split(const std::string& line) {
  std::vector<std::string> cells;
  std::stringstream ss(line);
  std::string cell;
  while (std::getline(ss, cell, '\t')) cells.push_back(cell);
  return cells;
}

std::vector<DateMention> dates_in(const std::string& text, const std::string& dct) {
  Document doc{"t", text, dct == "-" ? std::nullopt : std::optional<std::string>(dct), std::nullopt};
  return test::project_pipeline().analyse(doc).dates;
}

std::string text_of(const std::string& text, const DateMention& d) {
  const NormalisedText norm = normalise(text);
  return norm.text().substr(d.span.start, d.span.size());
}

}  // namespace

TEST_CASE("expression -> TIMEX3 value table (tests/unit/data/dates_table.tsv)") {
  std::ifstream in(CLAIMEX_SOURCE_DIR "/tests/unit/data/dates_table.tsv");
  REQUIRE(in);
  std::string line;
  int rows = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const auto c = split(line);
    REQUIRE_MESSAGE(c.size() == 6, line);
    ++rows;
    const auto found = dates_in(c[1], c[0]);
    const DateMention* hit = nullptr;
    std::string all;
    for (const auto& d : found) {
      all += " [" + text_of(c[1], d) + " " + d.value + "]";
      if (!hit && text_of(c[1], d) == c[2]) hit = &d;
    }
    INFO("dct " << c[0] << ": " << c[1] << " -> found" << all);
    CHECK_MESSAGE(hit, "no date spanning '" << c[2] << "'");
    if (!hit) continue;
    CHECK(hit->type == c[3]);
    CHECK(hit->value == c[4]);
    CHECK(hit->mod == (c[5] == "-" ? "" : c[5]));
  }
  CHECK(rows >= 300);
}

TEST_CASE("numbers, scores, names and modal verbs are not dates") {
  for (const char* text : {
           "They may march on the capital.",
           "The Sunday Times reported it first.",
           "Black Friday sales rose.",
           "The Good Friday Agreement held.",
           "About 4,000 members joined.",
           "There were 212 attacks in the district.",
           "A total of 1,450 people fled.",
           "A 45-year-old man was arrested.",
           "The final score was 3-2.",
           "He lives at 1600 Pennsylvania Avenue.",
           "They drove along Route 66.",
           "A Boeing 747 landed.",
           "COVID-19 cases rose.",
           "The G7 summit opened.",
           "Prices rose 5% on the news.",
           "The fine was $2,000.",
           "March organisers said they were ready.",
           "The said property was sold.",
           "In 2019 cases were counted twice.",
           "About 2000 people marched.",
           "Officials may decide soon.",
           "the 19th floor of the tower",
           "The boy, 12 years old, was hurt.",
       }) {
    INFO(text);
    const auto found = dates_in(text, "2025-11-19");
    std::string all;
    for (const auto& d : found) all += " [" + text_of(text, d) + "]";
    CHECK_MESSAGE(found.empty(), "found" << all);
  }
}

TEST_CASE("calendar: ISO weeks at year ends, leap days, month arithmetic") {
  using namespace calendar;
  CHECK(format_week(iso_week({2020, 12, 31})) == "2020-W53");
  CHECK(format_week(iso_week({2021, 1, 3})) == "2020-W53");
  CHECK(format_week(iso_week({2021, 1, 4})) == "2021-W01");
  CHECK(format_week(iso_week({2025, 12, 29})) == "2026-W01");
  CHECK(format_week(iso_week({2015, 12, 31})) == "2015-W53");
  CHECK(week_monday({2020, 53}) == CalendarDate{2020, 12, 28});
  CHECK(week_monday({2026, 1}) == CalendarDate{2025, 12, 29});
  CHECK(iso_weekday({2025, 11, 19}) == 3);
  CHECK(iso_weekday({2024, 2, 29}) == 4);
  CHECK(add_months({2024, 1, 31}, 1) == CalendarDate{2024, 2, 29});
  CHECK(add_months({2025, 1, 31}, 1) == CalendarDate{2025, 2, 28});
  CHECK(add_months({2025, 1, 15}, -1) == CalendarDate{2024, 12, 15});
  CHECK(add_days({2024, 2, 28}, 1) == CalendarDate{2024, 2, 29});
  CHECK(add_days({1900, 2, 28}, 1) == CalendarDate{1900, 3, 1});
  CHECK(add_days({2000, 2, 28}, 1) == CalendarDate{2000, 2, 29});
  CHECK_FALSE(valid(2023, 2, 29));
  CHECK(days_in_month(2024, 2) == 29);
}

TEST_CASE("a time joins the date next to it; alone it takes the last day named, else the article date") {
  const auto found = dates_in("Police said the attack began Sunday at 3 a.m. and ended at 6 a.m.", "2025-11-19");
  REQUIRE(found.size() == 2);
  CHECK(found[0].value == "2025-11-16T03:00");
  CHECK(found[0].type == "TIME");
  CHECK(found[1].value == "2025-11-16T06:00");
  const auto alone = dates_in("Sirens sounded at 6 a.m. Police said Sunday that two died.", "2025-11-19");
  REQUIRE(alone.size() == 2);
  CHECK(alone[0].value == "2025-11-19T06:00");
}

TEST_CASE("adjacent durations add up") {
  CHECK(add_durations("PT2H", "PT9M") == "PT2H9M");
  CHECK(add_durations("PT2H9M", "PT41S") == "PT2H9M41S");
  CHECK(add_durations("P2Y", "P3M") == "P2Y3M");
  CHECK(add_durations("P1D", "PT12H") == "P1DT12H");
  CHECK_FALSE(add_durations("PT9M", "PT2H").has_value());
  CHECK_FALSE(add_durations("PXY", "P3M").has_value());
  const std::string text = "Kipruto won in 2 hours, 9 minutes, 41 seconds.";
  const auto found = dates_in(text, "2025-11-19");
  REQUIRE(found.size() == 1);
  CHECK(found[0].value == "PT2H9M41S");
  CHECK(text_of(text, found[0]) == "2 hours, 9 minutes, 41 seconds");
}
