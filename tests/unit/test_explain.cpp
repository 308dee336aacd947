#include <doctest/doctest.h>

#include "cli/explain_cmd.hpp"
#include "helpers.hpp"

using namespace claimex;

TEST_CASE("explain lists kept, lost and quoted hits with offsets, groups and the winner") {
  const Document doc{"x", "He declined to identify himself. \xE2\x80\x9CWe spoke on condition of anonymity,\xE2\x80\x9D one said.",
                     std::nullopt, std::nullopt};
  const std::string report = cli::explain(test::project_pipeline(), doc, false);
  CHECK(report ==
        "article date: none (none); 1 paragraph(s), 2 sentence(s)\n"
        "\n"
        "sentence 1 [0,32): He declined to identify himself.\n"
        "  kept     [3,31) \"declined to identify himself\"  anonymity/grant-declined-identified  kind=grant priority=30\n"
        "  lost     [3,23) \"declined to identify\"  anonymity/no-comment-declined  kind=no_comment priority=20\n"
        "           lost to anonymity/grant-declined-identified [3,31)\n"
        "\n"
        "sentence 2 [33,80): \"We spoke on condition of anonymity,\" one said.\n"
        "  in quote [37,68) \"spoke on condition of anonymity\"  anonymity/grant-condition  kind=grant priority=30\n");
}

TEST_CASE("explain shows actor hits, each date rule's value, and the time that joined a date") {
  const Document doc{"x", "Police said Sunday at 3 a.m. it ended.", std::string("2025-11-19"), std::nullopt};
  CHECK(cli::explain(test::project_pipeline(), doc, false) ==
        "article date: 2025-11-19 (field); 1 paragraph(s), 1 sentence(s)\n"
        "\n"
        "sentence 1 [0,38): Police said Sunday at 3 a.m. it ended.\n"
        "  kept     [0,6) \"Police\"  actors/org-known  kind=by_table priority=25\n"
        "           groups: org=\"Police\" span=\"Police\"\n"
        "  kept     [12,28) \"Sunday at 3 a.m.\"  dates/weekday  type=TIME value=2025-11-16T03:00 priority=10\n"
        "           groups: span=\"Sunday\" weekday=\"Sunday\"\n"
        "  joined   [22,28) \"3 a.m.\"  dates/clock-ampm  type=TIME value=XXXX-XX-XXT03:00 priority=20\n"
        "           groups: ampm=\"a.m.\" hour=\"3\"\n"
        "           joined dates/weekday [12,28)\n");
}

TEST_CASE("explain says when nothing fired") {
  const Document doc{"x", "The weather was fine.", std::nullopt, std::nullopt};
  CHECK(cli::explain(test::project_pipeline(), doc, false) ==
        "article date: none (none); 1 paragraph(s), 1 sentence(s)\n\nno rule fired\n");
}
