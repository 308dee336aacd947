// Anonymity markers: the phrases by which a story grants, explains, or
// signals the anonymity of its sources (rules under rules/anonymity/).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "extract/matcher.hpp"
#include "extract/rules.hpp"
#include "extract/segment.hpp"

namespace claimex {

struct AnonymityMarker {
  Span span;               // normalised bytes
  std::string_view kind;   // grant | reason | unnamed_source | no_comment | hedge
  std::size_t rule;        // index into RuleSet::rules()
};

ExtractorSpec anonymity_spec();

// Every rule hit and what became of it, for `claimex explain`.
struct MarkerCandidate {
  enum class Fate { kept, inside_quote, overlapped };
  Hit hit;
  Fate fate = Fate::kept;
  std::size_t lost_to = 0;  // with overlapped: index of the kept candidate that won
};

// All hits in text order. Where rules overlap, the higher priority wins, then
// the longer match, then the earlier. A phrase inside quote marks is the
// speaker's, not the story's, and is left out.
std::vector<MarkerCandidate> anonymity_candidates(const RuleSet& rules, std::string_view text,
                                                  const Segmentation& seg);

// The kept candidates, as markers.
// A reason as reported: its rule's match carried on to the end of the
// reason's phrase (rules/anonymity/reason_stops.tsv says where it stops).
Span reason_extent(std::string_view text, Span s, const RuleSet& rules);

std::vector<AnonymityMarker> find_anonymity_markers(const RuleSet& rules, std::string_view text,
                                                    const Segmentation& seg);

}  // namespace claimex
