#include "extract/anonymity.hpp"

#include <algorithm>
#include <map>
#include <numeric>

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

std::vector<MarkerCandidate> anonymity_candidates(const RuleSet& rules, std::string_view text,
                                                  const Segmentation& seg) {
  const RuleGroup* group = rules.group("anonymity");
  if (!group) return {};
  std::vector<Span> sentence_spans;
  sentence_spans.reserve(seg.sentences.size());
  for (const auto& s : seg.sentences) sentence_spans.push_back(s.span);

  std::vector<MarkerCandidate> cands;
  for (const Hit& h : match_group(rules, *group, text, sentence_spans)) cands.push_back({h});
  std::sort(cands.begin(), cands.end(), [](const MarkerCandidate& a, const MarkerCandidate& b) {
    return a.hit.span.start != b.hit.span.start ? a.hit.span.start < b.hit.span.start : a.hit.rule < b.hit.rule;
  });

  // Decide in order of strength; keep a map of kept spans (disjoint) to test overlaps.
  const auto& all = rules.rules();
  std::vector<std::size_t> order(cands.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
    const Hit &a = cands[x].hit, &b = cands[y].hit;
    if (all[a.rule].priority != all[b.rule].priority) return all[a.rule].priority > all[b.rule].priority;
    return a.span.size() > b.span.size();
  });
  std::map<std::size_t, std::size_t> taken;  // start -> candidate index
  for (std::size_t i : order) {
    MarkerCandidate& c = cands[i];
    if (inside_quote(c.hit.span, seg.quotes)) {
      c.fate = MarkerCandidate::Fate::inside_quote;
      continue;
    }
    auto next = taken.lower_bound(c.hit.span.start);
    if (next != taken.end() && next->first < c.hit.span.end) {
      c.fate = MarkerCandidate::Fate::overlapped;
      c.lost_to = next->second;
      continue;
    }
    if (next != taken.begin() && cands[std::prev(next)->second].hit.span.end > c.hit.span.start) {
      c.fate = MarkerCandidate::Fate::overlapped;
      c.lost_to = std::prev(next)->second;
      continue;
    }
    taken.emplace(c.hit.span.start, i);
  }
  return cands;
}

std::vector<AnonymityMarker> find_anonymity_markers(const RuleSet& rules, std::string_view text,
                                                    const Segmentation& seg) {
  std::vector<AnonymityMarker> kept;
  for (const MarkerCandidate& c : anonymity_candidates(rules, text, seg))
    if (c.fate == MarkerCandidate::Fate::kept)
      kept.push_back({c.hit.span, rules.rules()[c.hit.rule].attributes.at("kind"), c.hit.rule});
  return kept;
}

}  // namespace claimex
