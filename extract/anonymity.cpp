#include "extract/anonymity.hpp"

#include <algorithm>
#include <map>

#include "extract/matcher.hpp"

namespace claimex {

ExtractorSpec anonymity_spec() {
  return {"anonymity", {{"kind", true, {"grant", "reason", "unnamed_source", "no_comment", "hedge"}}}};
}

namespace {

bool inside_quote(const Span& s, const std::vector<Span>& quotes) {
  // quotes are sorted by start and do not overlap
  auto it = std::upper_bound(quotes.begin(), quotes.end(), s.start,
                             [](std::size_t pos, const Span& q) { return pos < q.start; });
  return it != quotes.begin() && std::prev(it)->contains(s);
}

}  // namespace

std::vector<AnonymityMarker> find_anonymity_markers(const RuleSet& rules, std::string_view text,
                                                    const Segmentation& seg) {
  const RuleGroup* group = rules.group("anonymity");
  if (!group) return {};
  std::vector<Span> sentence_spans;
  sentence_spans.reserve(seg.sentences.size());
  for (const auto& s : seg.sentences) sentence_spans.push_back(s.span);
  std::vector<Hit> hits = match_group(rules, *group, text, sentence_spans);

  const auto& all = rules.rules();
  std::sort(hits.begin(), hits.end(), [&](const Hit& a, const Hit& b) {
    if (all[a.rule].priority != all[b.rule].priority) return all[a.rule].priority > all[b.rule].priority;
    if (a.span.size() != b.span.size()) return a.span.size() > b.span.size();
    return a.span.start < b.span.start;
  });
  std::vector<AnonymityMarker> kept;
  std::map<std::size_t, std::size_t> taken;  // start -> end of kept spans; disjoint
  for (const Hit& h : hits) {
    if (inside_quote(h.span, seg.quotes)) continue;
    auto next = taken.lower_bound(h.span.start);
    if (next != taken.end() && next->first < h.span.end) continue;
    if (next != taken.begin() && std::prev(next)->second > h.span.start) continue;
    taken.emplace(h.span.start, h.span.end);
    kept.push_back({h.span, all[h.rule].attributes.at("kind"), h.rule});
  }
  std::sort(kept.begin(), kept.end(), [](const AnonymityMarker& a, const AnonymityMarker& b) { return a.span.start < b.span.start; });
  return kept;
}

}  // namespace claimex
