#include <doctest/doctest.h>

#include "extract/offset_map.hpp"
#include "extract/utf8.hpp"

using namespace claimex;

TEST_CASE("utf8::decode reads well-formed sequences") {
  const std::string s = "a\xC3\xA9\xE2\x80\x9C\xF0\x9F\x98\x80";  // a é “ 😀
  CHECK(utf8::decode(s, 0).cp == U'a');
  CHECK(utf8::decode(s, 1).cp == 0xE9);
  CHECK(utf8::decode(s, 1).len == 2);
  CHECK(utf8::decode(s, 3).cp == 0x201C);
  CHECK(utf8::decode(s, 6).cp == 0x1F600);
  CHECK(utf8::decode(s, 6).len == 4);
  CHECK(utf8::is_valid(s));
}

TEST_CASE("utf8::decode replaces maximal subparts of ill-formed sequences") {
  // Lone continuation byte: one unit of one byte.
  CHECK_FALSE(utf8::decode("\x80", 0).valid);
  CHECK(utf8::decode("\x80", 0).len == 1);
  // Truncated 3-byte sequence followed by ASCII: the two bytes are one unit.
  CHECK(utf8::decode("\xE2\x80" "a", 0).len == 2);
  // Overlong 2-byte form (C0 80): C0 is never valid, so one byte at a time.
  CHECK(utf8::decode("\xC0\x80", 0).len == 1);
  // Encoded surrogate ED A0 80: A0 is outside ED's second-byte range.
  CHECK(utf8::decode("\xED\xA0\x80", 0).len == 1);
  // Above U+10FFFF: F4 90 is not a valid start.
  CHECK(utf8::decode("\xF4\x90\x80\x80", 0).len == 1);
  CHECK(utf8::repair("a\xE2\x80" "b\xFF") == "a\xEF\xBF\xBD" "b\xEF\xBF\xBD");
  CHECK_FALSE(utf8::is_valid("abc\xE2\x80"));
}

TEST_CASE("OffsetMap maps kept, replaced and deleted runs") {
  // old: "ab“cd"  (“ is 3 bytes) -> new: "ab\"cd"
  OffsetMap m;
  m.keep(2);
  m.replace(3, 1);
  m.keep(2);
  CHECK_FALSE(m.is_identity());
  CHECK(m.new_size() == 5);
  CHECK(m.old_size() == 7);
  CHECK(m.to_old_start(0) == 0);
  CHECK(m.to_old_start(2) == 2);  // the quote starts where “ starts
  CHECK(m.to_old_end(3) == 5);    // and ends where “ ends
  CHECK(m.to_old_start(3) == 5);
  CHECK(m.to_old_end(5) == 7);
  CHECK(m.to_old_start(5) == 7);  // the end of the text

  // A deletion (BOM) at the start: the text begins after it.
  OffsetMap bom;
  bom.replace(3, 0);
  bom.keep(4);
  CHECK(bom.to_old_start(0) == 3);
  CHECK(bom.to_old_end(4) == 7);
  CHECK(bom.to_old_end(0) == 0);
}

TEST_CASE("OffsetMap: a span ending before a deletion does not swallow it") {
  OffsetMap m;  // "ab<ZWSP>cd" -> "abcd"
  m.keep(2);
  m.replace(3, 0);
  m.keep(2);
  CHECK(m.to_old_end(2) == 2);
  CHECK(m.to_old_start(2) == 5);
}

TEST_CASE("UnitCounter counts code points and UTF-16 units") {
  const std::string s = "\xE2\x80\x9CHi\xE2\x80\x9D \xF0\x9F\x98\x80!";  // “Hi” 😀!
  UnitCounter c(s);
  CHECK(c.convert(0, OffsetUnit::codepoint) == 0);
  CHECK(c.convert(3, OffsetUnit::codepoint) == 1);
  CHECK(c.convert(9, OffsetUnit::codepoint) == 5);
  CHECK(c.convert(14, OffsetUnit::codepoint) == 7);
  CHECK(c.convert(14, OffsetUnit::utf16) == 8);  // the emoji is a surrogate pair
  CHECK(c.convert(14, OffsetUnit::utf8) == 14);
}

TEST_CASE("UnitCounter stays exact past its checkpoints and over invalid bytes") {
  std::string s;
  for (int i = 0; i < 5000; ++i) s += "\xC3\xA9";  // 5000 × é = 10000 bytes
  s += "\xFF" "x";
  UnitCounter c(s);
  CHECK(c.convert(10000, OffsetUnit::codepoint) == 5000);
  CHECK(c.convert(10001, OffsetUnit::codepoint) == 5001);
  CHECK(c.convert(10002, OffsetUnit::codepoint) == 5002);
  CHECK(c.convert(8192, OffsetUnit::utf16) == 4096);
}

TEST_CASE("UnitCounter gives the same answers in any order of questions") {
  std::string s;
  for (int i = 0; i < 3000; ++i) s += "a\xE2\x80\x9C\xF0\x9F\x98\x80";  // 1 + 3 + 4 bytes, 3 code points, 4 UTF-16 units
  UnitCounter c(s);
  for (std::size_t k : {2999u, 10u, 1500u, 1500u, 0u, 3000u, 7u}) {
    CHECK(c.convert(k * 8, OffsetUnit::codepoint) == k * 3);
    CHECK(c.convert(k * 8, OffsetUnit::utf16) == k * 4);
    if (k < 3000) CHECK(c.convert(k * 8 + 1, OffsetUnit::codepoint) == k * 3 + 1);
  }
}
