// Runs one extractor's rules over a text, sentence by sentence: the group's
// RE2::Set names the rules that can fire in a sentence, and only those run,
// only there. Patterns therefore never match across a sentence boundary.
#pragma once
#include <optional>
#include <string_view>
#include <vector>

#include "extract/rules.hpp"
#include "extract/span.hpp"

namespace claimex {

struct Hit {
  std::size_t rule;  // index into RuleSet::rules()
  Span span;         // what the rule emits
  Span whole;        // the whole match, context included
  std::vector<Capture> captures;
};

// Overlaps between hits of one extractor: the higher rule priority wins, then
// the longer span, then the earlier. For each hit, nullopt when it is kept (or
// not eligible), else the index of the kept hit it lost to.
std::vector<std::optional<std::size_t>> resolve_overlaps(const RuleSet& rules, const std::vector<Hit>& hits,
                                                         const std::vector<bool>& eligible);

std::vector<Hit> match_group(const RuleSet& rules, const RuleGroup& group, std::string_view text,
                             const std::vector<Span>& sentences);

// As match_group, but each span is searched as a text of its own: ^ and $
// anchor at its ends, which is how rules about whole sentences are written.
std::vector<Hit> match_group_isolated(const RuleSet& rules, const RuleGroup& group, std::string_view text,
                                      const std::vector<Span>& spans);

}  // namespace claimex
