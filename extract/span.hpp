#pragma once
#include <cstddef>

namespace claimex {

// A half-open byte range [start, end) of the normalised text.
struct Span {
  std::size_t start = 0, end = 0;
  bool contains(const Span& o) const { return start <= o.start && o.end <= end; }
  bool overlaps(const Span& o) const { return start < o.end && o.start < end; }
  std::size_t size() const { return end - start; }
  bool operator==(const Span&) const = default;
};

}  // namespace claimex
