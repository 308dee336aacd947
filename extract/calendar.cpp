#include "extract/calendar.hpp"

#include <chrono>

namespace claimex::calendar {
namespace chr = std::chrono;

bool valid(int year, int month, int day) {
  return chr::year_month_day{chr::year{year}, chr::month{static_cast<unsigned>(month)},
                             chr::day{static_cast<unsigned>(day)}}
      .ok();
}

int days_in_month(int year, int month) {
  const chr::year_month_day_last last{chr::year{year},
                                      chr::month_day_last{chr::month{static_cast<unsigned>(month)}}};
  return static_cast<int>(static_cast<unsigned>(last.day()));
}

long to_days(const CalendarDate& d) {
  const chr::sys_days days{chr::year{d.year} / chr::month{static_cast<unsigned>(d.month)} /
                           chr::day{static_cast<unsigned>(d.day)}};
  return days.time_since_epoch().count();
}

CalendarDate from_days(long days) {
  const chr::year_month_day ymd{chr::sys_days{chr::days{days}}};
  return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
          static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

int iso_weekday(const CalendarDate& d) {
  return static_cast<int>(chr::weekday{chr::sys_days{chr::days{to_days(d)}}}.iso_encoding());
}

IsoWeek iso_week(const CalendarDate& d) {
  // The week belongs to the year its Thursday falls in.
  const long thursday = to_days(d) - iso_weekday(d) + 4;
  const CalendarDate t = from_days(thursday);
  const long first = to_days({t.year, 1, 1});
  return {t.year, static_cast<int>((thursday - first) / 7 + 1)};
}

CalendarDate week_monday(const IsoWeek& w) {
  // Jan. 4 is always in week 1.
  const CalendarDate jan4{w.year, 1, 4};
  return from_days(to_days(jan4) - (iso_weekday(jan4) - 1) + 7L * (w.week - 1));
}

CalendarDate add_days(const CalendarDate& d, long n) { return from_days(to_days(d) + n); }

CalendarDate add_months(const CalendarDate& d, long n) {
  const long index = static_cast<long>(d.year) * 12 + (d.month - 1) + n;
  long year = index / 12, month = index % 12;
  if (month < 0) {
    month += 12;
    --year;
  }
  const int y = static_cast<int>(year), m = static_cast<int>(month) + 1;
  return {y, m, std::min(d.day, days_in_month(y, m))};
}

std::string two(int n) { return (n < 10 && n >= 0 ? "0" : "") + std::to_string(n); }

std::string four(int n) {
  std::string s = std::to_string(n);
  return n >= 0 && s.size() < 4 ? std::string(4 - s.size(), '0') + s : s;
}

std::string format_week(const IsoWeek& w) { return four(w.year) + "-W" + two(w.week); }

}  // namespace claimex::calendar
