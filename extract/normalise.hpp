// Normalisation: the text the rules see. Three stages, each skipped when it
// would change nothing:
//   1. repair   invalid UTF-8 bytes become U+FFFD, one per byte;
//   2. NFKC     ICU compatibility composition (ligatures, full-width forms,
//               "…" → "...", no-break spaces);
//   3. fold     typographic quotes and apostrophes → " and ', dashes and
//               minus signs → -, exotic spaces → space, zero-width characters
//               and soft hyphens removed, CRLF / CR / U+2028 → \n, U+2029 →
//               blank line, other control characters → space.
// Each stage records an OffsetMap, so every offset of the result maps back to
// the original bytes.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "extract/offset_map.hpp"

namespace claimex {

class NormalisedText {
 public:
  const std::string& text() const { return text_; }
  std::size_t to_original_start(std::size_t offset) const;
  std::size_t to_original_end(std::size_t offset) const;
  std::size_t invalid_bytes() const { return invalid_bytes_; }

 private:
  friend NormalisedText normalise(std::string_view original);
  std::string text_;
  std::vector<OffsetMap> maps_;  // in stage order; identity stages are left out
  std::size_t invalid_bytes_ = 0;
};

NormalisedText normalise(std::string_view original);

}  // namespace claimex
