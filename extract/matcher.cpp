#include "extract/matcher.hpp"

#include <algorithm>
#include <map>
#include <numeric>

namespace claimex {

namespace {

std::vector<Hit> match_spans(const RuleSet& rules, const RuleGroup& group, std::string_view text,
                             const std::vector<Span>& sentences, bool isolated) {
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
      if (!isolated) {
        for (RuleMatch& m : find_all(rules.rules()[index], text, s.start, s.end))
          hits.push_back({index, {m.start, m.end}, {m.whole_start, m.whole_end}, std::move(m.captures)});
        continue;
      }
      const std::size_t o = s.start;
      for (RuleMatch& m : find_all(rules.rules()[index], text.substr(o, s.size()), 0, s.size())) {
        for (Capture& c : m.captures) c.start += o, c.end += o;
        hits.push_back({index, {m.start + o, m.end + o}, {m.whole_start + o, m.whole_end + o}, std::move(m.captures)});
      }
    }
  }
  return hits;
}

}  // namespace

std::vector<Hit> match_group(const RuleSet& rules, const RuleGroup& group, std::string_view text,
                             const std::vector<Span>& sentences) {
  return match_spans(rules, group, text, sentences, false);
}

std::vector<Hit> match_group_isolated(const RuleSet& rules, const RuleGroup& group, std::string_view text,
                                      const std::vector<Span>& spans) {
  return match_spans(rules, group, text, spans, true);
}

std::vector<std::optional<std::size_t>> resolve_overlaps(const RuleSet& rules, const std::vector<Hit>& hits,
                                                         const std::vector<bool>& eligible) {
  const auto& all = rules.rules();
  std::vector<std::size_t> order(hits.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
    const Hit &a = hits[x], &b = hits[y];
    if (all[a.rule].priority != all[b.rule].priority) return all[a.rule].priority > all[b.rule].priority;
    if (a.span.size() != b.span.size()) return a.span.size() > b.span.size();
    // Same span: the rule written first wins, whatever order the set fired in.
    if (a.span.start == b.span.start) return a.rule < b.rule;
    return a.span.start < b.span.start;
  });
  std::vector<std::optional<std::size_t>> lost(hits.size());
  std::map<std::size_t, std::size_t> taken;  // start -> kept hit; kept spans are disjoint
  for (std::size_t i : order) {
    if (!eligible[i]) continue;
    const Span& s = hits[i].span;
    auto next = taken.lower_bound(s.start);
    if (next != taken.end() && next->first < s.end) {
      lost[i] = next->second;
      continue;
    }
    if (next != taken.begin() && hits[std::prev(next)->second].span.end > s.start) {
      lost[i] = std::prev(next)->second;
      continue;
    }
    taken.emplace(s.start, i);
  }
  return lost;
}

}  // namespace claimex
