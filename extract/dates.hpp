// Dates: temporal expressions (rules under rules/dates/), each with a TIMEX3
// type, value and mod anchored to the article date.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/matcher.hpp"
#include "extract/segment.hpp"
#include "extract/timex.hpp"

namespace claimex {

struct DateMention {
  Span span;          // normalised bytes
  std::string type;   // DATE | TIME | DURATION | SET
  std::string value;  // TIMEX3
  std::string mod;    // "" for none
  std::size_t rule;   // index into RuleSet::rules(); the date's rule when a time joined it
};

ExtractorSpec dates_spec();

// The date examples in rule files resolve against this article date unless
// they give their own `dct`.
inline constexpr std::string_view kExampleDct = "2025-11-19";

// Every rule hit and what became of it, for `claimex explain`.
struct DateCandidate {
  enum class Fate { kept, overlapped, unresolved, joined };
  Hit hit;
  Fate fate = Fate::kept;
  std::size_t lost_to = 0;  // overlapped: the candidate that won; joined: the one it joined
  std::string type, value, mod;  // resolved when kept or joined, else the expanded templates; a date with a time is a TIME
};

struct DateInput {
  std::string_view text;  // normalised
  const Segmentation* segments;
  std::optional<CalendarDate> dct;
};

std::vector<DateCandidate> date_candidates(const RuleSet& rules, const DateLexicon& lexicon, const DateInput& in);
std::vector<DateMention> find_dates(const RuleSet& rules, const DateLexicon& lexicon, const DateInput& in);

}  // namespace claimex
