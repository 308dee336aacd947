#include "extract/dct.hpp"

#include <cstdio>

namespace claimex {
namespace {

bool digits(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return !s.empty();
}

int to_int(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

int days_in_month(int year, int month) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : days[month - 1];
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

}  // namespace

std::string CalendarDate::iso() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

std::optional<CalendarDate> parse_iso_date(std::string_view s) {
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  if (s.size() > 10 && s[10] != 'T' && s[10] != ' ') return std::nullopt;
  const auto y = s.substr(0, 4), m = s.substr(5, 2), d = s.substr(8, 2);
  if (!digits(y) || !digits(m) || !digits(d)) return std::nullopt;
  CalendarDate date{to_int(y), to_int(m), to_int(d)};
  if (date.year < 1 || date.month < 1 || date.month > 12) return std::nullopt;
  if (date.day < 1 || date.day > days_in_month(date.year, date.month)) return std::nullopt;
  return date;
}

std::optional<DateHeader> find_date_header(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size() && is_space(text[i])) ++i;
  if (text.substr(i, 4) != "date" && text.substr(i, 4) != "Date" && text.substr(i, 4) != "DATE") return std::nullopt;
  i += 4;
  if (i < text.size() && text[i] == ':') ++i;
  const std::size_t gap = i;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
  if (i == gap || i + 10 > text.size()) return std::nullopt;
  auto date = parse_iso_date(text.substr(i, 10));
  if (!date) return std::nullopt;
  i += 10;
  if (i < text.size() && !is_space(text[i])) return std::nullopt;
  while (i < text.size() && is_space(text[i])) ++i;
  return DateHeader{*date, i};
}

}  // namespace claimex
