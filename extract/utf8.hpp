// UTF-8 decoding that never fails: every byte of any input belongs to exactly
// one "unit" — a well-formed scalar value, or an ill-formed sequence's maximal
// subpart that stands for one U+FFFD (Unicode's recommended practice, which
// Python's decode(errors="replace"), ICU and browsers follow). Every stage that counts characters uses this one definition, so
// offsets in code points agree everywhere, even on broken input.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace claimex::utf8 {

constexpr char32_t kReplacement = 0xFFFD;

struct Unit {
  char32_t cp;        // the scalar value, or kReplacement for an invalid byte
  std::uint8_t len;   // bytes consumed: 1..4
  bool valid;         // false for an ill-formed sequence
};

// Decodes the unit at s[i]; i must be < s.size(). Overlong forms, surrogates,
// values above U+10FFFF and truncated sequences are ill-formed.
Unit decode(std::string_view s, std::size_t i);

// True when every byte sequence of s is well-formed UTF-8.
bool is_valid(std::string_view s);

// s with each ill-formed sequence replaced by U+FFFD (EF BF BD).
std::string repair(std::string_view s);

void append(std::string& out, char32_t cp);

// UTF-16 code units needed for the unit (2 above the BMP, else 1).
inline int utf16_length(const Unit& u) { return u.cp >= 0x10000 ? 2 : 1; }

}  // namespace claimex::utf8
