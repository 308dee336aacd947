// Segmentation of normalised text into paragraphs, sentences and quoted
// regions. Sentences come from ICU's BreakIterator and are then repaired for
// news abbreviations ("U.S. Army", "Lt. Col. Ana Ruiz", "3 a.m. Sunday") using
// tables from the rules directory, so that adding an abbreviation never
// touches C++.
#pragma once
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "extract/rules.hpp"
#include "extract/span.hpp"

namespace claimex {

struct Sentence {
  Span span;
  std::size_t paragraph;
};

struct Segmentation {
  std::vector<Span> paragraphs;
  std::vector<Sentence> sentences;
  std::vector<Span> quotes;  // between double quotes, marks included, sorted by start

  // Whether s lies within one quotation: the speaker's own words.
  bool quoted(const Span& s) const;
};

// How an abbreviation that ICU took for a sentence end decides to join.
enum class JoinWhen {
  always,                 // titles: "Sen.", "Lt.", "Oct."
  before_number,          // "No. 2", "Art. 5"
  before_lowercase,       // "a.m.", "Inc.": joins before lowercase, digits and continuation words
  unless_sentence_start,  // "U.S.", "U.N.": joins unless the next word usually starts a sentence
};

class Segmenter {
 public:
  // Reads segment/abbreviations.tsv (abbreviation, join), segment/
  // sentence_starters.tsv (word) and segment/continuations.tsv (word).
  // Missing tables leave ICU's breaks unrepaired.
  explicit Segmenter(const RuleSet& rules);

  // Segments text[body_start, end).
  Segmentation segment(std::string_view text, std::size_t body_start) const;

 private:
  bool joins(std::string_view before, std::string_view after) const;
  std::vector<Span> sentences_of(std::string_view text, Span paragraph) const;

  std::map<std::string, JoinWhen, std::less<>> abbreviations_;
  std::set<std::string, std::less<>> starters_, continuations_;
};

}  // namespace claimex
