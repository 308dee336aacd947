// The document creation time (DCT): the date relative expressions are anchored
// to. Never the system clock: without a date in the input there is none.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace claimex {

struct CalendarDate {
  int year = 0, month = 0, day = 0;
  std::string iso() const;  // YYYY-MM-DD
  bool operator==(const CalendarDate&) const = default;
};

// "2025-12-05", or an ISO timestamp starting so ("2025-12-05T08:00:00Z").
// Rejects dates that do not exist (2025-02-30).
std::optional<CalendarDate> parse_iso_date(std::string_view s);

struct DateHeader {
  CalendarDate date;
  std::size_t body_start;  // byte offset where the article body begins
};

// Our archives put " date 2025-12-05 " before the body on the same line.
std::optional<DateHeader> find_date_header(std::string_view text);

}  // namespace claimex
