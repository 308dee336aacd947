#include <doctest/doctest.h>

#include "cli/diff_cmd.hpp"

using namespace claimex::cli;
using nlohmann::json;

namespace {
json rec(json markers) {
  return {{"schema", "claimex/1"}, {"id", "d"}, {"dct", nullptr}, {"dct_source", "none"},
          {"anonymity_markers", markers}, {"warnings", json::array()}};
}
json marker(const char* id, int s, int e, const char* kind, const char* rule) {
  return {{"id", id}, {"start", s}, {"end", e}, {"text", "x"}, {"kind", kind}, {"rule", rule}};
}
}  // namespace

TEST_CASE("elements are matched by span; ids do not count") {
  const json before = rec({marker("m1", 0, 5, "grant", "anonymity/a"), marker("m2", 10, 15, "hedge", "anonymity/h"),
                           marker("m3", 20, 25, "reason", "anonymity/r")});
  const json after = rec({marker("m1", 10, 15, "hedge", "anonymity/h"), marker("m2", 20, 25, "grant", "anonymity/g"),
                          marker("m3", 30, 35, "no_comment", "anonymity/n")});
  const auto changes = diff_records("d", before, after);
  REQUIRE(changes.size() == 3);
  CHECK(changes[0].kind == Change::Kind::removed);
  CHECK(changes[0].before["start"] == 0);
  CHECK(changes[1].kind == Change::Kind::changed);
  CHECK(changes[1].before["rule"] == "anonymity/r");
  CHECK(changes[1].after["rule"] == "anonymity/g");
  CHECK(changes[2].kind == Change::Kind::added);
  CHECK(changes[2].after["start"] == 30);
}

TEST_CASE("scalar fields, warnings and whole records") {
  json after = rec(json::array());
  after["dct"] = "2025-01-01";
  after["warnings"] = json::array({{{"code", "bad_date"}, {"message", "m"}}});
  const auto changes = diff_records("d", rec(json::array()), after);
  REQUIRE(changes.size() == 2);
  CHECK(changes[0].field == "dct");
  CHECK(changes[1].field == "warnings");
  CHECK(diff_records("d", json(), after).at(0).kind == Change::Kind::added);
  CHECK(diff_records("d", after, json()).at(0).kind == Change::Kind::removed);
  CHECK(diff_records("d", after, after).empty());
}
