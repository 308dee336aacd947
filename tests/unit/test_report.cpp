#include <doctest/doctest.h>

#include "cli/report_html.hpp"

using claimex::cli::append_html;
using claimex::cli::Segment;
using claimex::cli::segments_of;
using nlohmann::json;

TEST_CASE("report: the text is cut at every annotation boundary, overlaps kept apart") {
  // "Officials said the port reopened." with an actor, a claim and a date inside its content.
  const std::string text = "Officials said the port reopened Monday.";
  const json result = {
      {"actors", {{{"id", "a1"}, {"start", 0}, {"end", 9}}}},
      {"dates", {{{"id", "d1"}, {"start", 33}, {"end", 39}}}},
      {"claims",
       {{{"id", "c1"},
         {"content", {{"start", 15}, {"end", 39}}},
         {"cue", {{"start", 10}, {"end", 14}}},
         {"source", {{"start", 0}, {"end", 9}}}}}}};
  const std::vector<Segment> s = segments_of(text, result);
  REQUIRE(s.size() == 7);  // cuts at 0, 9, 10, 14, 15, 33, 39, 40
  CHECK(text.substr(s[0].start, s[0].end - s[0].start) == "Officials");
  CHECK(s[0].entities == std::vector<std::string>{"a1"});
  CHECK(s[0].sources == std::vector<std::string>{"c1"});
  CHECK(text.substr(s[2].start, s[2].end - s[2].start) == "said");
  CHECK(s[2].cues == std::vector<std::string>{"c1"});
  CHECK(text.substr(s[4].start, s[4].end - s[4].start) == "the port reopened ");
  CHECK(s[4].entities.empty());
  CHECK(s[4].contents == std::vector<std::string>{"c1"});
  CHECK(text.substr(s[5].start, s[5].end - s[5].start) == "Monday");
  CHECK(s[5].entities == std::vector<std::string>{"d1"});
  CHECK(s[5].contents == std::vector<std::string>{"c1"});
  CHECK(text.substr(s[6].start) == ".");
  CHECK(s[6].contents.empty());
}

TEST_CASE("report: spans past the text's end are ignored, never read") {
  const json result = {{"dates", {{{"id", "d1"}, {"start", 2}, {"end", 99}}}}};
  const auto s = segments_of("short", result);
  REQUIRE(s.size() == 1);
  CHECK(s[0].entities.empty());
}

TEST_CASE("report: HTML text is escaped; invalid UTF-8 and NUL become U+FFFD") {
  std::string out;
  append_html(out, std::string("a<b>&\"c\" \xC3\xA9 \xFF x\0y", 17));
  CHECK(out == "a&lt;b&gt;&amp;&quot;c&quot; \xC3\xA9 \xEF\xBF\xBD x\xEF\xBF\xBDy");
}
