#include "extract/matcher.hpp"

namespace claimex {

std::vector<Hit> match_group(const RuleSet& rules, const RuleGroup& group, std::string_view text,
                             const std::vector<Span>& sentences) {
  std::vector<Hit> hits;
  if (group.rules.empty()) return hits;
  std::vector<int> fired;
  for (const Span& s : sentences) {
    fired.clear();
    RE2::Set::ErrorInfo info{};
    const bool any = group.prefilter->Match(re2::StringPiece(text.data() + s.start, s.size()), &fired, &info);
    if (!any) {
      if (info.kind == RE2::Set::kNoError) continue;
      // The prefilter gave up (DFA out of memory): run every rule here instead.
      fired.clear();
      for (std::size_t i = 0; i < group.rules.size(); ++i) fired.push_back(static_cast<int>(i));
    }
    for (int f : fired) {
      const std::size_t index = group.rules[f];
      for (const RuleMatch& m : find_all(rules.rules()[index], text, s.start, s.end))
        hits.push_back({index, {m.start, m.end}, {m.whole_start, m.whole_end}});
    }
  }
  return hits;
}

}  // namespace claimex
