// Anonymity markers: the phrases by which a story grants, explains, or
// signals the anonymity of its sources (rules under rules/anonymity/).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "extract/rules.hpp"
#include "extract/segment.hpp"

namespace claimex {

struct AnonymityMarker {
  Span span;               // normalised bytes
  std::string_view kind;   // grant | reason | unnamed_source | no_comment | hedge
  std::size_t rule;        // index into RuleSet::rules()
};

ExtractorSpec anonymity_spec();

// Markers outside quotations, at most one per stretch of text: where rules
// overlap, the higher priority wins, then the longer match, then the earlier.
// A phrase inside quote marks is the speaker's, not the story's, and is left out.
std::vector<AnonymityMarker> find_anonymity_markers(const RuleSet& rules, std::string_view text,
                                                    const Segmentation& seg);

}  // namespace claimex
