// Calendar arithmetic for TIMEX3 values: the proleptic Gregorian calendar of
// std::chrono, ISO 8601 weeks, and shifts by the units news text counts in.
#pragma once
#include <optional>
#include <string>

#include "extract/dct.hpp"

namespace claimex::calendar {

bool valid(int year, int month, int day);
int days_in_month(int year, int month);
long to_days(const CalendarDate& d);  // days since 1970-01-01
CalendarDate from_days(long days);
int iso_weekday(const CalendarDate& d);  // Monday 1 .. Sunday 7

struct IsoWeek {
  int year, week;
};
IsoWeek iso_week(const CalendarDate& d);  // week 1 holds the year's first Thursday
CalendarDate week_monday(const IsoWeek& w);

CalendarDate add_days(const CalendarDate& d, long n);
// Months and years keep the day where it exists and clamp it otherwise
// (Jan. 31 + 1 month = Feb. 28 or 29).
CalendarDate add_months(const CalendarDate& d, long n);

std::string two(int n);   // zero-padded to two digits
std::string four(int n);  // zero-padded to four digits
std::string format_week(const IsoWeek& w);  // 2025-W48

}  // namespace claimex::calendar
