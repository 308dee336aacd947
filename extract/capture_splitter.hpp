// CaptureSplitter: reads the capture groups of a match that RE2 has already
// found, with PCRE2's JIT.
//
// RE2 finds a rule's match in linear time with its DFA, but its engines for
// capture groups (NFA, BitState) cost 5 to 50 times the DFA on our rules:
// they were most of claimex's matching time. PCRE2's JIT backtracks, which
// is fast on a short text known to match and unbounded on a text that does
// not; so it is only ever run anchored at the start RE2 found, with a match
// limit, and its answer is taken only when its whole match is RE2's. When it
// cannot answer (pattern too large for PCRE2, limit reached, a different
// match) the caller asks RE2, whose answer is the reference.
#pragma once

#include <cstddef>
#include <memory>
#include <string_view>

#include <re2/re2.h>

namespace claimex {

class CaptureSplitter {
 public:
  // nullptr when PCRE2 does not take the pattern (a compiled program over
  // its 64 KB limit, a construct it reads differently) or has no JIT.
  static std::unique_ptr<CaptureSplitter> compile(const std::string& pattern, int groups);
  ~CaptureSplitter();
  CaptureSplitter(const CaptureSplitter&) = delete;
  CaptureSplitter& operator=(const CaptureSplitter&) = delete;

  // Fills groups[0, n) for the match of text[start, end) that starts at
  // `start` and ends at `match_end`, as RE2 would with the same pattern.
  // False, with groups unspecified, when it cannot say. Thread-safe.
  bool split(std::string_view text, std::size_t start, std::size_t end, std::size_t match_end,
             re2::StringPiece* groups, int n) const;

 private:
  struct Compiled;
  explicit CaptureSplitter(std::unique_ptr<Compiled> c);
  std::unique_ptr<Compiled> compiled_;
};

}  // namespace claimex
