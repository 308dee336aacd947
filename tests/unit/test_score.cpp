#include <doctest/doctest.h>

#include "cli/score.hpp"

using namespace claimex::cli;

TEST_CASE("exact and overlap scoring, with and without labels") {
  const std::vector<Item> gold = {{"d1", 0, 10, "grant", ""}, {"d1", 20, 30, "reason", ""}, {"d2", 5, 9, "hedge", ""}};
  const std::vector<Item> found = {{"d1", 0, 10, "grant", ""},   // exact, same label
                                   {"d1", 22, 30, "reason", ""},  // overlap only
                                   {"d2", 5, 9, "grant", ""},     // exact span, wrong label
                                   {"d3", 0, 4, "hedge", ""}};    // nothing in gold
  const Tally span = score(gold, found, SpanMatch::exact, false);
  CHECK(span.matched_gold == 2);
  CHECK(span.matched_predicted == 2);
  CHECK(span.precision() == doctest::Approx(0.5));
  CHECK(span.recall() == doctest::Approx(2.0 / 3));
  CHECK(span.f1() == doctest::Approx(4.0 / 7));
  const Tally labelled = score(gold, found, SpanMatch::exact, true);
  CHECK(labelled.matched_gold == 1);
  const Tally overlap = score(gold, found, SpanMatch::overlap, true);
  CHECK(overlap.matched_gold == 2);
  CHECK(overlap.matched_predicted == 2);
  CHECK(unmatched(found, gold, SpanMatch::exact, true).size() == 3);
}

TEST_CASE("empty sides score 1.0 precision or recall, and F1 0 when nothing matches") {
  CHECK(score({}, {}, SpanMatch::exact, true).f1() == doctest::Approx(1.0));
  const Tally t = score({{"d", 0, 1, "x", ""}}, {}, SpanMatch::exact, true);
  CHECK(t.precision() == doctest::Approx(1.0));
  CHECK(t.recall() == doctest::Approx(0.0));
  CHECK(t.f1() == doctest::Approx(0.0));
}
