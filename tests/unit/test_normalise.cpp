#include <doctest/doctest.h>

#include "extract/normalise.hpp"

using namespace claimex;

namespace {
// The original bytes a normalised span maps back to.
std::string back(const NormalisedText& n, const std::string& original, std::size_t s, std::size_t e) {
  const auto os = n.to_original_start(s), oe = n.to_original_end(e);
  return original.substr(os, oe - os);
}
}  // namespace

TEST_CASE("typographic quotes, apostrophes and dashes fold to ASCII") {
  const std::string in = "\xE2\x80\x9CIt\xE2\x80\x99s over\xE2\x80\x9D \xE2\x80\x94 she said";
  const auto n = normalise(in);
  CHECK(n.text() == "\"It's over\" - she said");
  // "over\"" in the normalised text is "over”" in the original.
  const auto pos = n.text().find("over\"");
  CHECK(back(n, in, pos, pos + 5) == "over\xE2\x80\x9D");
  CHECK(back(n, in, 0, n.text().size()) == in);
}

TEST_CASE("NFKC composes and expands, with exact offsets") {
  const std::string in = "Caf\x65\xCC\x81 \xEF\xAC\x81nal\xE2\x80\xA6";  // Café (e + combining acute) ﬁnal…
  const auto n = normalise(in);
  CHECK(n.text() == "Caf\xC3\xA9 final...");
  const auto f = n.text().find("final");
  CHECK(back(n, in, f, f + 5) == "\xEF\xAC\x81nal");
}

TEST_CASE("line breaks, spaces and invisible characters") {
  using namespace std::string_literals;
  const std::string original = "\xEF\xBB\xBFOne\r\nTwo\rThree\xC2\xA0" "four\xE2\x80\x8B" "five\x00six"s;
  const auto n = normalise(original);
  CHECK(n.text() == std::string("One\nTwo\nThree four" "five six"));
  CHECK(n.invalid_bytes() == 0);
  CHECK(back(n, original, 0, 3) == "One");  // the BOM is not part of the word
  const auto five = n.text().find("five");
  CHECK(back(n, original, five, five + 4) == "five");
}

TEST_CASE("invalid UTF-8 becomes U+FFFD and keeps the offsets exact") {
  const std::string in = "ab\xE2\x80 said\xFF.";
  const auto n = normalise(in);
  CHECK(n.invalid_bytes() == 3);
  CHECK(n.text() == "ab\xEF\xBF\xBD said\xEF\xBF\xBD.");
  const auto said = n.text().find("said");
  CHECK(back(n, in, said, said + 4) == "said");
  CHECK(back(n, in, 2, 5) == "\xE2\x80");
}

TEST_CASE("already normal ASCII text passes through unchanged") {
  const std::string in = "Officials said on Monday.";
  const auto n = normalise(in);
  CHECK(n.text() == in);
  CHECK(n.to_original_start(10) == 10);
  CHECK(n.to_original_end(14) == 14);
}
