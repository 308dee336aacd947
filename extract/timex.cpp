#include "extract/timex.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdlib>

#include "extract/calendar.hpp"

namespace claimex {
namespace cal = calendar;
namespace {

// Lowercase ASCII, single spaces, no trailing period: the key the tables use.
std::string key_of(std::string_view text) {
  std::string k;
  for (char c : text) {
    const bool space = c == ' ' || c == '\t' || c == '\n';
    if (space) {
      if (!k.empty() && k.back() != ' ') k += ' ';
      continue;
    }
    k += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  while (!k.empty() && (k.back() == ' ' || k.back() == '.')) k.pop_back();
  return k;
}

std::optional<long> digits(std::string_view s) {
  std::string d;
  for (char c : s) {
    if (c == ',') continue;
    if (c < '0' || c > '9') return std::nullopt;
    d += c;
  }
  if (d.empty() || d.size() > 9) return std::nullopt;
  return std::stol(d);
}

std::optional<long> integer(std::string_view s) {
  long v = 0;
  const bool neg = !s.empty() && s[0] == '-';
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
  const auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size() || s.empty()) return std::nullopt;
  return neg ? -v : v;
}

// Two-digit years and decades: the century that puts them no more than ten
// years after the article date (without one, after 2030).
int full_year(int yy, const std::optional<CalendarDate>& dct) {
  const int limit = dct ? dct->year + 10 : 2030;
  return 2000 + yy <= limit ? 2000 + yy : 1900 + yy;
}

}  // namespace

DateLexicon::DateLexicon(const RuleSet& rules) {
  auto load = [&](const char* path, Map& into) {
    const Table* t = rules.table(path);
    if (!t || t->columns.size() < 2) return;
    for (const auto& row : t->rows)
      if (row.size() >= 2) into.emplace(key_of(row[0]), row[1]);
  };
  load("dates/months.tsv", months_);
  load("dates/weekdays.tsv", weekdays_);
  load("dates/units.tsv", units_);
  load("dates/seasons.tsv", seasons_);
  load("dates/parts_of_day.tsv", parts_);
  load("dates/holidays.tsv", holidays_);
  load("dates/mods.tsv", mods_);
  load("dates/tense.tsv", tense_);
  load("dates/joins.tsv", joins_);
  load("dates/durations.tsv", durations_);
  load("dates/offsets.tsv", offsets_);
  load("dates/signs.tsv", signs_);
  load("dates/references.tsv", references_);
  load("dates/clocks.tsv", clocks_);
  if (const Table* t = rules.table("dates/numbers.tsv"); t && t->columns.size() >= 3)
    for (const auto& row : t->rows)
      if (row.size() >= 3)
        numbers_.emplace(key_of(row[0]), std::make_pair(row[1] == "X" ? -1L : digits(row[1]).value_or(0), row[2]));
  if (const Table* t = rules.table("dates/ordinals.tsv"); t && t->columns.size() >= 2)
    for (const auto& row : t->rows)
      if (row.size() >= 2) numbers_.emplace(key_of(row[0]), std::make_pair(digits(row[1]).value_or(0), "ordinal"));
}

const std::string* DateLexicon::find(const Map& m, std::string_view text) const {
  auto it = m.find(key_of(text));
  return it == m.end() ? nullptr : &it->second;
}

// "24", "1,000", "twenty-four", "a dozen", "two hundred", "a few" (vague: -1).
std::optional<long> DateLexicon::number(std::string_view text) const {
  if (auto d = digits(text)) return d;
  std::string k = key_of(text);
  std::replace(k.begin(), k.end(), '-', ' ');
  if (auto it = numbers_.find(k); it != numbers_.end()) {
    if (it->second.second == "vague") return -1;
    if (it->second.second == "cardinal" || it->second.second == "article") return it->second.first;
  }
  long total = 0, current = 0;
  bool any = false;
  std::size_t pos = 0;
  while (pos < k.size()) {
    std::size_t end = k.find(' ', pos);
    if (end == std::string::npos) end = k.size();
    const std::string word = k.substr(pos, end - pos);
    pos = end + 1;
    if (word == "and" || word.empty()) continue;
    auto it = numbers_.find(word);
    if (it == numbers_.end()) return std::nullopt;
    const auto& [value, kind] = it->second;
    if (kind == "vague") return -1;
    if (kind == "multiplier") {
      current = std::max(current, 1L) * value;
      if (value >= 1000) {
        total += current;
        current = 0;
      }
    } else if (kind == "cardinal" || kind == "article") {
      current += value;
    } else {
      return std::nullopt;
    }
    any = true;
  }
  if (!any) return std::nullopt;
  return total + current;
}

// "19th", "19", "nineteenth", "twenty-first".
std::optional<int> DateLexicon::ordinal(std::string_view text) const {
  std::string k = key_of(text);
  for (const char* suffix : {"st", "nd", "rd", "th"})
    if (k.size() > 2 && k.ends_with(suffix) && std::isdigit(static_cast<unsigned char>(k[k.size() - 3])))
      k.resize(k.size() - 2);
  if (auto d = digits(k)) return static_cast<int>(*d);
  std::replace(k.begin(), k.end(), '-', ' ');
  long tens = 0;
  if (auto sp = k.rfind(' '); sp != std::string::npos) {
    auto t = numbers_.find(k.substr(0, sp));
    if (t == numbers_.end() || t->second.second != "cardinal") return std::nullopt;
    tens = t->second.first;
    k = k.substr(sp + 1);
  }
  auto it = numbers_.find(k);
  if (it == numbers_.end() || it->second.second != "ordinal") return std::nullopt;
  return static_cast<int>(tens + it->second.first);
}

std::optional<std::string> DateLexicon::read(std::string_view kind, std::string_view text,
                                             const std::optional<CalendarDate>& dct) const {
  auto table = [&](const Map& m) -> std::optional<std::string> {
    if (const std::string* v = find(m, text)) return *v;
    return std::nullopt;
  };
  if (kind == "month") {
    if (auto d = digits(text); d && *d >= 1 && *d <= 12) return cal::two(static_cast<int>(*d));
    return table(months_);
  }
  if (kind == "day") {
    if (auto d = ordinal(text); d && *d >= 1 && *d <= 31) return cal::two(*d);
    return std::nullopt;
  }
  if (kind == "year") {
    std::string_view t = text;
    if (!t.empty() && t[0] == '\'') t.remove_prefix(1);
    auto d = digits(t);
    if (!d) return std::nullopt;
    if (t.size() == 2) return cal::four(full_year(static_cast<int>(*d), dct));
    if (t.size() == 4) return cal::four(static_cast<int>(*d));
    return std::nullopt;
  }
  if (kind == "decade") {  // 1990s, '90s, 90s -> 199
    std::string t = key_of(text);
    if (!t.empty() && t[0] == '\'') t.erase(0, 1);
    if (t.ends_with("'s")) t.resize(t.size() - 2);
    else if (t.ends_with("s")) t.pop_back();
    auto d = digits(t);
    if (!d || *d % 10 != 0) return std::nullopt;
    if (t.size() == 4) return std::to_string(*d / 10);
    if (t.size() == 2) return std::to_string(full_year(static_cast<int>(*d), dct) / 10);
    return std::nullopt;
  }
  if (kind == "century") {  // the 19th century -> 18
    if (auto o = ordinal(text); o && *o >= 1 && *o <= 30) return cal::two(*o - 1);
    return std::nullopt;
  }
  if (kind == "quarter") {
    std::string t = key_of(text);
    if (t.size() == 2 && t[0] == 'q') t.erase(0, 1);
    if (auto o = ordinal(t); o && *o >= 1 && *o <= 4) return std::to_string(*o);
    return std::nullopt;
  }
  if (kind == "n") {
    auto n = number(text);
    if (!n) return std::nullopt;
    return *n < 0 ? std::string("X") : std::to_string(*n);
  }
  if (kind == "hour" || kind == "minute" || kind == "second") {
    auto d = digits(text);
    if (!d || *d > 59) return std::nullopt;
    return std::to_string(*d);
  }
  if (kind == "ampm") {
    const std::string k = key_of(text);
    if (k.empty()) return std::nullopt;
    return k[0] == 'p' ? "pm" : "am";
  }
  if (kind == "weekday") return table(weekdays_);
  if (kind == "unit") return table(units_);
  if (kind == "season") return table(seasons_);
  if (kind == "part") return table(parts_);
  if (kind == "holiday") return table(holidays_);
  if (kind == "mod") return table(mods_);
  if (kind == "duration") return table(durations_);
  if (kind == "offset") return table(offsets_);
  if (kind == "sign") return table(signs_);
  if (kind == "ref") return table(references_);
  if (kind == "clock") return table(clocks_);
  if (kind == "weekend") return std::string("-WE");
  return std::nullopt;
}

std::string DateLexicon::absent(std::string_view kind) {
  if (kind == "year") return "XXXX";
  if (kind == "month" || kind == "day") return "XX";
  if (kind == "n") return "X";
  return "";
}

Tense DateLexicon::tense_of(std::string_view word) const {
  // Called for every word near a weekday: lowercase on the stack, no key_of.
  char buf[24];
  if (word.size() > sizeof buf) return Tense::none;
  for (std::size_t i = 0; i < word.size(); ++i) buf[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(word[i])));
  auto it = tense_.find(std::string_view(buf, word.size()));
  if (it == tense_.end()) return Tense::none;
  const std::string* t = &it->second;
  if (*t == "boundary") return Tense::boundary;
  if (*t == "relative") return Tense::relative;
  return *t == "future" ? Tense::future : *t == "past" ? Tense::past : Tense::none;
}

std::optional<std::string> DateLexicon::join(std::string_view gap) const {
  std::string k = key_of(gap);
  std::erase(k, ',');
  while (!k.empty() && k.back() == ' ') k.pop_back();
  while (!k.empty() && k.front() == ' ') k.erase(0, 1);
  if (k.empty()) return std::string();
  if (const std::string* m = find(joins_, k)) return *m == "-" ? std::string() : *m;
  return std::nullopt;
}

std::optional<std::string> expand_value(std::string_view tmpl, const std::vector<NamedText>& captures,
                                        const DateLexicon& lexicon, const std::optional<CalendarDate>& dct) {
  std::string out;
  for (std::size_t i = 0; i < tmpl.size(); ++i) {
    if (tmpl[i] != '{') {
      out += tmpl[i];
      continue;
    }
    const std::size_t close = tmpl.find('}', i);
    if (close == std::string_view::npos) return std::nullopt;
    std::string_view name = tmpl.substr(i + 1, close - i - 1);
    std::optional<std::string_view> fallback;  // {n|1}: what an absent capture stands for
    if (const auto bar = name.find('|'); bar != std::string_view::npos) {
      fallback = name.substr(bar + 1);
      name = name.substr(0, bar);
    }
    const std::string_view kind = name.substr(0, name.find('_'));
    i = close;
    // {month} reads the group month, or an alias month_b, month_2... that took
    // part: alternatives in one pattern cannot repeat a group name.
    auto c = std::find_if(captures.begin(), captures.end(), [&](const NamedText& n) {
      return n.name == name || (n.name.size() > name.size() && n.name.starts_with(name) && n.name[name.size()] == '_');
    });
    if (c == captures.end()) {
      out += fallback ? std::string(*fallback) : DateLexicon::absent(kind);
      continue;
    }
    auto v = lexicon.read(kind, c->text, dct);
    if (!v) return std::nullopt;
    out += *v;
  }
  return out;
}

namespace {

// Shifts further than this many units are not news dates; refusing them keeps
// every date inside the years std::chrono can represent.
constexpr long kMaxShift = 5000;

// A period of the calendar at some granularity, as the values name them.
enum class Unit { day, week, month, quarter, year, decade, century, season, bad };

Unit unit_of(std::string_view u) {
  if (u == "D") return Unit::day;
  if (u == "W") return Unit::week;
  if (u == "M") return Unit::month;
  if (u == "Q") return Unit::quarter;
  if (u == "Y") return Unit::year;
  if (u == "DE") return Unit::decade;
  if (u == "CE") return Unit::century;
  if (u == "SP" || u == "SU" || u == "FA" || u == "WI") return Unit::season;
  return Unit::bad;
}

int season_start(std::string_view s) { return s == "SP" ? 3 : s == "SU" ? 6 : s == "FA" ? 9 : 12; }

// A date and how much of it a value states.
struct Anchor {
  CalendarDate date;
  Unit granularity;
};

// "2025-10-19", "2025-10", "2025", "2025-W47" (first day of the period).
std::optional<Anchor> parse_anchor(std::string_view v) {
  auto num = [&](std::size_t pos, std::size_t len) -> std::optional<int> {
    if (v.size() < pos + len) return std::nullopt;
    auto d = digits(v.substr(pos, len));
    if (!d) return std::nullopt;
    return static_cast<int>(*d);
  };
  auto y = num(0, 4);
  if (!y) return std::nullopt;
  if (v.size() == 4 || v[4] != '-') return Anchor{{*y, 1, 1}, Unit::year};
  if (v.size() >= 8 && v[5] == 'W') {
    auto w = num(6, 2);
    if (!w || *w < 1 || *w > 53) return std::nullopt;
    return Anchor{cal::week_monday({*y, *w}), Unit::week};
  }
  auto m = num(5, 2);
  if (!m || *m < 1 || *m > 12) return Anchor{{*y, 1, 1}, Unit::year};
  auto d = num(8, 2);
  if (v.size() >= 10 && v[7] == '-' && d && cal::valid(*y, *m, *d)) return Anchor{{*y, *m, *d}, Unit::day};
  return Anchor{{*y, *m, 1}, Unit::month};
}

int rank(Unit u) {
  switch (u) {
    case Unit::day: return 0;
    case Unit::week: return 1;
    case Unit::month: return 2;
    case Unit::season:
    case Unit::quarter: return 3;
    case Unit::year: return 4;
    case Unit::decade: return 5;
    case Unit::century: return 6;
    case Unit::bad: return 9;
  }
  return 9;
}

std::string underspecified(Unit u, std::string_view code) {
  switch (u) {
    case Unit::day: return "XXXX-XX-XX";
    case Unit::week: return "XXXX-WXX";
    case Unit::month: return "XXXX-XX";
    case Unit::quarter: return "XXXX-QX";
    case Unit::year: return "XXXX";
    case Unit::decade: return "XXX";
    case Unit::century: return "XX";
    case Unit::season: return "XXXX-" + std::string(code);
    case Unit::bad: return "";
  }
  return "";
}

// The season instance (labelled by the year it starts in) k steps from d:
// 0 the one containing d or else the one starting in d's year, -1 the last
// one over before d, +1 the first one starting after d.
std::string shift_season(const CalendarDate& d, std::string_view code, long k) {
  const int start = season_start(code);
  auto begins = [&](int y) { return cal::to_days({y, start, 1}); };
  auto ends = [&](int y) { return cal::to_days(cal::add_months({y, start, 1}, 3)) - 1; };
  const long day = cal::to_days(d);
  int year = d.year;
  if (k == 0) {
    if (begins(d.year - 1) <= day && day <= ends(d.year - 1)) year = d.year - 1;
  } else if (k < 0) {
    year = d.year + 1;
    while (ends(year) >= day) --year;
    year += static_cast<int>(k + 1);
  } else {
    year = d.year - 1;
    while (begins(year) <= day) ++year;
    year += static_cast<int>(k - 1);
  }
  return cal::four(year) + "-" + std::string(code);
}

std::string shift(const CalendarDate& d, Unit u, std::string_view code, long k) {
  switch (u) {
    case Unit::day: return cal::add_days(d, k).iso();
    case Unit::week: return cal::format_week(cal::iso_week(cal::add_days(d, 7 * k)));
    case Unit::month: {
      const CalendarDate m = cal::add_months({d.year, d.month, 1}, k);
      return cal::four(m.year) + "-" + cal::two(m.month);
    }
    case Unit::quarter: {
      const long q = d.year * 4L + (d.month - 1) / 3 + k;
      return cal::four(static_cast<int>(q / 4)) + "-Q" + std::to_string(q % 4 + 1);
    }
    case Unit::year: return cal::four(static_cast<int>(d.year + k));
    case Unit::decade: return std::to_string(d.year / 10 + k);
    case Unit::century: return cal::two(static_cast<int>(d.year / 100 + k));
    case Unit::season: return shift_season(d, code, k);
    case Unit::bad: return "";
  }
  return "";
}

std::vector<std::string> split_args(std::string_view s) {
  std::vector<std::string> args;
  std::size_t start = 0;
  while (true) {
    const std::size_t comma = s.find(',', start);
    std::string a(s.substr(start, comma == std::string_view::npos ? s.npos : comma - start));
    std::erase(a, ' ');
    args.push_back(a);
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  return args;
}

// REF(unit, k) against the article date; ANCHOR(unit, k) against the last
// date the story mentioned, or the article date when that one is too coarse.
std::optional<std::string> eval_shift(const std::vector<std::string>& a, const ResolveContext& ctx, bool anchor) {
  if (a.size() != 2) return std::nullopt;
  const Unit u = unit_of(a[0]);
  std::string k = a[1];
  if (a[0] == "H" || a[0] == "MIN" || a[0] == "S") {  // "two hours ago": the article has no clock
    auto n = integer(k);
    const long sign = k.starts_with('-') ? -1 : n ? (*n > 0) - (*n < 0) : 1;
    return sign < 0 ? "PAST_REF" : sign > 0 ? "FUTURE_REF" : "PRESENT_REF";
  }
  if (u == Unit::bad) return std::nullopt;
  if (k == "X" || k == "-X" || k == "+X") return k[0] == '-' ? "PAST_REF" : k == "X" ? "PRESENT_REF" : "FUTURE_REF";
  auto n = integer(k);
  if (!n || *n > kMaxShift || *n < -kMaxShift) return std::nullopt;
  std::optional<CalendarDate> base = ctx.dct;
  if (anchor && ctx.reference)
    if (auto r = parse_anchor(*ctx.reference); r && rank(r->granularity) <= rank(u)) base = r->date;
  if (!base) return underspecified(u, a[0]);
  return shift(*base, u, a[0], *n);
}

std::optional<std::string> eval_weekday(const std::vector<std::string>& a, const ResolveContext& ctx) {
  if (a.size() != 2) return std::nullopt;
  auto w = integer(a[0]);
  if (!w || *w < 1 || *w > 7) return std::nullopt;
  if (!ctx.dct) return "XXXX-WXX-" + a[0];
  std::string dir = a[1];
  // A bare weekday in the future tense may be today ("expected to make
  // landfall late Monday", written on a Monday); "next Monday" never is.
  if (dir == "tense") dir = ctx.tense == Tense::future ? "coming" : "past";
  const int today = cal::iso_weekday(*ctx.dct);
  long delta;
  if (dir == "coming") delta = (*w - today + 7) % 7;
  else if (dir == "past") delta = -((today - *w + 7) % 7);
  else if (dir == "last") delta = -((today - *w + 7) % 7 == 0 ? 7 : (today - *w + 7) % 7);
  else if (dir == "next") delta = (*w - today + 7) % 7 == 0 ? 7 : (*w - today + 7) % 7;
  else if (dir == "this") delta = *w - today;
  else return std::nullopt;
  return cal::add_days(*ctx.dct, delta).iso();
}

// WEEKEND(dir): the weekend of the Saturday WEEKDAY(6, dir) finds.
std::optional<std::string> eval_weekend(const std::vector<std::string>& a, const ResolveContext& ctx) {
  if (a.size() != 1) return std::nullopt;
  if (!ctx.dct) return "XXXX-WXX-WE";
  auto saturday = eval_weekday({"6", a[0]}, ctx);
  if (!saturday) return std::nullopt;
  auto anchor = parse_anchor(*saturday);
  if (!anchor) return std::nullopt;
  return cal::format_week(cal::iso_week(anchor->date)) + "-WE";
}

std::optional<std::string> eval_duration(const std::vector<std::string>& a) {
  if (a.size() != 2 || a[0].empty()) return std::nullopt;
  if (a[0] != "X" && !digits(a[0])) return std::nullopt;
  // ISO 8601 periods have no quarter designator: a quarter is three months.
  if (a[1] == "Q") return a[0] == "X" ? std::string("PXM") : "P" + std::to_string(3 * *digits(a[0])) + "M";
  static const std::vector<std::pair<std::string, std::string>> units = {
      {"Y", "Y"}, {"M", "M"}, {"W", "W"}, {"D", "D"}, {"DE", "DE"}, {"CE", "CE"}};
  for (const auto& [u, out] : units)
    if (a[1] == u) return "P" + a[0] + out;
  if (a[1] == "H") return "PT" + a[0] + "H";
  if (a[1] == "MIN") return "PT" + a[0] + "M";
  if (a[1] == "S") return "PT" + a[0] + "S";
  return std::nullopt;
}

std::optional<std::string> eval_clock(const std::vector<std::string>& a) {
  if (a.size() != 3) return std::nullopt;
  auto h = integer(a[0]);
  auto m = a[1].empty() ? std::optional<long>(0) : integer(a[1]);
  if (!h || !m || *h < 0 || *h > 24 || *m < 0 || *m > 59) return std::nullopt;
  long hour = *h;
  if (!a[2].empty()) {
    if (hour < 1 || hour > 12) return std::nullopt;
    if (a[2] == "am" && hour == 12) hour = 0;
    if (a[2] == "pm" && hour < 12) hour += 12;
  }
  return cal::two(static_cast<int>(hour)) + ":" + cal::two(static_cast<int>(*m));
}

// A period of some year, for year inference: "10-19" (month-day), "10"
// (month), "SU" (season), "Q3" (quarter); the rest of the value follows it.
struct YearlessPeriod {
  int month = 0, day = 0;  // day 0: the whole month
  std::string season;      // or a season
  int quarter = 0;         // or a quarter
  std::size_t length = 0;  // characters of the value it took
};

std::optional<YearlessPeriod> parse_yearless(std::string_view v) {
  YearlessPeriod p;
  auto two_digits = [&](std::size_t pos) -> std::optional<int> {
    if (v.size() < pos + 2) return std::nullopt;
    auto d = digits(v.substr(pos, 2));
    return d ? std::optional<int>(static_cast<int>(*d)) : std::nullopt;
  };
  if (v.size() >= 2 && unit_of(v.substr(0, 2)) == Unit::season) {
    p.season = std::string(v.substr(0, 2));
    p.length = 2;
    return p;
  }
  if (v.size() >= 2 && v[0] == 'Q' && v[1] >= '1' && v[1] <= '4') {
    p.quarter = v[1] - '0';
    p.length = 2;
    return p;
  }
  auto m = two_digits(0);
  if (!m || *m < 1 || *m > 12) return std::nullopt;
  p.month = *m;
  p.length = 2;
  if (v.size() >= 5 && v[2] == '-') {
    auto d = two_digits(3);
    if (!d) return std::nullopt;
    p.day = *d;
    p.length = 5;
  }
  return p;
}

// The first and last day of the period in a year; nullopt if it does not
// exist that year (Feb. 29).
std::optional<std::pair<long, long>> period_in(const YearlessPeriod& p, int year) {
  if (!p.season.empty()) {
    const CalendarDate s{year, season_start(p.season), 1};
    return std::make_pair(cal::to_days(s), cal::to_days(cal::add_months(s, 3)) - 1);
  }
  if (p.quarter) {
    const CalendarDate s{year, (p.quarter - 1) * 3 + 1, 1};
    return std::make_pair(cal::to_days(s), cal::to_days(cal::add_months(s, 3)) - 1);
  }
  if (p.day) {
    if (!cal::valid(year, p.month, p.day)) return std::nullopt;
    const long d = cal::to_days({year, p.month, p.day});
    return std::make_pair(d, d);
  }
  const CalendarDate s{year, p.month, 1};
  return std::make_pair(cal::to_days(s), cal::to_days(cal::add_months(s, 1)) - 1);
}

// News looks back: a past-tense sentence means the latest such period that
// has begun by the article date, a future one the first that has not ended;
// without a tense, the one nearest the article date.
std::optional<int> infer_year(const YearlessPeriod& p, const CalendarDate& dct, Tense tense) {
  const long today = cal::to_days(dct);
  std::optional<int> best;
  long best_distance = 0;
  for (int y = dct.year - 1; y <= dct.year + 1; ++y) {
    auto r = period_in(p, y);
    if (!r) continue;
    const auto [first, last] = *r;
    if (tense == Tense::past) {
      if (first <= today) best = y;
    } else if (tense == Tense::future) {
      if (last >= today && !best) best = y;
    } else {
      const long distance = today < first ? first - today : today > last ? today - last : 0;
      if (!best || distance < best_distance) {
        best = y;
        best_distance = distance;
      }
    }
  }
  return best;
}

// Picks among candidate days by tense, as infer_year does among periods.
std::optional<CalendarDate> pick_day(const std::vector<CalendarDate>& days, const CalendarDate& dct, Tense tense) {
  const long today = cal::to_days(dct);
  std::optional<CalendarDate> best;
  long best_distance = 0;
  for (const CalendarDate& d : days) {
    const long t = cal::to_days(d);
    if (tense == Tense::past) {
      if (t <= today) best = d;
    } else if (tense == Tense::future) {
      if (t >= today && !best) best = d;
    } else if (!best || std::labs(t - today) < best_distance) {
      best = d;
      best_distance = std::labs(t - today);
    }
  }
  return best;
}

// "the 19th": the month is the article's, or the one before or after.
std::optional<std::string> infer_month(const std::string& value, const ResolveContext& ctx) {
  auto day = digits(std::string_view(value).substr(8, 2));
  if (!day) return value;
  std::vector<CalendarDate> days;
  for (int k = -1; k <= 1; ++k) {
    const CalendarDate m = cal::add_months({ctx.dct->year, ctx.dct->month, 1}, k);
    if (cal::valid(m.year, m.month, static_cast<int>(*day))) days.push_back({m.year, m.month, static_cast<int>(*day)});
  }
  auto d = pick_day(days, *ctx.dct, ctx.tense);
  if (!d) return std::nullopt;
  return d->iso() + value.substr(10);
}

std::optional<std::string> infer(const std::string& value, const ResolveContext& ctx) {
  if (ctx.dct && value.starts_with("XXXX-XX-") && !value.starts_with("XXXX-XX-XX")) return infer_month(value, ctx);
  if (!ctx.dct || !value.starts_with("XXXX-") || value.starts_with("XXXX-XX") || value.starts_with("XXXX-WXX"))
    return value;
  auto p = parse_yearless(std::string_view(value).substr(5));
  if (!p) return value;
  auto year = infer_year(*p, *ctx.dct, ctx.tense);
  if (!year) return std::nullopt;
  return cal::four(*year) + value.substr(4);
}

bool day_exists(const std::string& v) {
  // YYYY-MM-DD at the start of a value must be a real day.
  if (v.size() < 10 || v[4] != '-' || v[7] != '-') return true;
  auto y = digits(std::string_view(v).substr(0, 4)), m = digits(std::string_view(v).substr(5, 2)),
       d = digits(std::string_view(v).substr(8, 2));
  if (!y || !m || !d) return true;
  return cal::valid(static_cast<int>(*y), static_cast<int>(*m), static_cast<int>(*d));
}

}  // namespace

std::optional<std::string> resolve_value(std::string_view expanded, const ResolveContext& ctx) {
  std::string v(expanded);
  for (const char* name : {"ANCHOR", "REF", "WEEKEND", "WEEKDAY", "DUR", "CLOCK"}) {
    const std::string open = std::string(name) + "(";
    std::size_t at;
    while ((at = v.find(open)) != std::string::npos) {
      const std::size_t close = v.find(')', at);
      if (close == std::string::npos) return std::nullopt;
      const auto args = split_args(std::string_view(v).substr(at + open.size(), close - at - open.size()));
      std::optional<std::string> r;
      const std::string_view n(name);
      if (n == "REF" || n == "ANCHOR") r = eval_shift(args, ctx, n == "ANCHOR");
      else if (n == "WEEKDAY") r = eval_weekday(args, ctx);
      else if (n == "WEEKEND") r = eval_weekend(args, ctx);
      else if (n == "DUR") r = eval_duration(args);
      else r = eval_clock(args);
      if (!r) return std::nullopt;
      v.replace(at, close + 1 - at, *r);
    }
  }
  auto inferred = infer(v, ctx);
  if (!inferred || !day_exists(*inferred)) return std::nullopt;
  return inferred;
}

std::string anchor_time(const std::string& value, const std::optional<std::string>& day) {
  if (!day || !value.starts_with("XXXX-XX-XXT")) return value;
  return *day + value.substr(10);
}

namespace {

// "P2Y3M" / "PT2H9M" / "P1DT12H" as (designator, count) pairs in order, with
// the time designators marked by a leading T ("TH", "TM", "TS").
std::optional<std::vector<std::pair<std::string, std::string>>> duration_parts(std::string_view v) {
  if (v.size() < 3 || v[0] != 'P') return std::nullopt;
  std::vector<std::pair<std::string, std::string>> parts;
  bool time = false;
  std::string count;
  for (std::size_t i = 1; i < v.size(); ++i) {
    const char c = v[i];
    if (c == 'T') {
      time = true;
      continue;
    }
    if (std::isdigit(static_cast<unsigned char>(c))) {
      count += c;
      continue;
    }
    if (count.empty()) return std::nullopt;  // PXY: nothing to add to
    std::string unit = (time ? "T" : "") + std::string(1, c);
    if (c == 'D' && i + 1 < v.size() && v[i + 1] == 'E') unit = "DE", ++i;
    parts.emplace_back(unit, count);
    count.clear();
  }
  if (!count.empty() || parts.empty()) return std::nullopt;
  return parts;
}

int unit_order(const std::string& u) {
  static const std::vector<std::string> order = {"DE", "Y", "M", "W", "D", "TH", "TM", "TS"};
  return static_cast<int>(std::find(order.begin(), order.end(), u) - order.begin());
}

}  // namespace

std::optional<std::string> add_durations(const std::string& first, const std::string& second) {
  auto a = duration_parts(first), b = duration_parts(second);
  if (!a || !b || unit_order(a->back().first) >= unit_order(b->front().first)) return std::nullopt;
  a->insert(a->end(), b->begin(), b->end());
  std::string out = "P";
  bool time = false;
  for (const auto& [unit, count] : *a) {
    if (unit[0] == 'T' && !time) {
      out += 'T';
      time = true;
    }
    out += count + (unit[0] == 'T' ? unit.substr(1) : unit);
  }
  return out;
}

}  // namespace claimex
