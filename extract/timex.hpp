// TIMEX3 values: from a date rule's value template and the text its named
// groups captured to a value anchored to the article date (DCT).
//
// The language knowledge (month names, number words, units, seasons, which
// words mark tense...) is in the tables under rules/dates/; this file only
// does arithmetic. The template language is described in docs/rules.md:
// {capture} substitutions, then the functions REF, ANCHOR, WEEKDAY, DUR and
// CLOCK, then year inference for values that begin "XXXX-".
#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/dct.hpp"
#include "extract/rules.hpp"

namespace claimex {

// boundary: a word that ends a clause; relative: one that opens a clause with
// its own tense ("who", "which"), a boundary that also clears what came before.
enum class Tense { none, past, future, boundary, relative };

class DateLexicon {
 public:
  // Reads the dates/*.tsv tables of the rule set; a missing table is empty.
  explicit DateLexicon(const RuleSet& rules);

  // A capture's text as the template wants it, chosen by the capture's kind
  // (its name up to the first '_': month, day, year, n, unit...); nullopt when
  // the text does not read as that kind.
  std::optional<std::string> read(std::string_view kind, std::string_view text,
                                  const std::optional<CalendarDate>& dct) const;
  // What a capture of this kind stands for when its group did not take part.
  static std::string absent(std::string_view kind);

  // The tense a word marks (said: past; will: future), or none.
  Tense tense_of(std::string_view word) const;
  // Text between a date and a time that joins them ("at", ", around"): the
  // mod the join adds ("" for none); nullopt when the gap does not join.
  std::optional<std::string> join(std::string_view gap) const;

 private:
  using Map = std::map<std::string, std::string, std::less<>>;
  std::optional<long> number(std::string_view text) const;  // digits or words; -1 vague
  std::optional<int> ordinal(std::string_view text) const;
  const std::string* find(const Map& m, std::string_view text) const;
  Map months_, weekdays_, units_, seasons_, parts_, holidays_, mods_, tense_, joins_, durations_, offsets_, signs_,
      references_, clocks_;
  std::map<std::string, std::pair<long, std::string>, std::less<>> numbers_;  // word -> value, kind
};

struct ResolveContext {
  std::optional<CalendarDate> dct;
  std::optional<std::string> reference;  // the last DATE value before this one, for ANCHOR
  Tense tense = Tense::none;
};

struct NamedText {
  std::string_view name, text;
};

// {capture} substitution: each name read by the lexicon, absent ones by their
// default. nullopt when a capture does not read.
std::optional<std::string> expand_value(std::string_view value_template, const std::vector<NamedText>& captures,
                                        const DateLexicon& lexicon, const std::optional<CalendarDate>& dct);

// Evaluates the functions in an expanded value and infers the year of
// "XXXX-" values from the article date and tense. A bare time
// ("XXXX-XX-XXT03:00") is left for the caller to join to a date; anchor_time
// puts it on a day (YYYY-MM-DD). nullopt when the value cannot exist (Feb. 30).
std::optional<std::string> resolve_value(std::string_view expanded, const ResolveContext& ctx);
std::string anchor_time(const std::string& value, const std::optional<std::string>& day);

// Two adjacent durations as one ("2 hours, 9 minutes": PT2H + PT9M = PT2H9M);
// nullopt unless the second continues the first with smaller units.
std::optional<std::string> add_durations(const std::string& first, const std::string& second);

}  // namespace claimex
