#include "extract/anonymity.hpp"

#include <algorithm>

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

  std::vector<Hit> hits;
  std::vector<bool> eligible;
  for (MarkerCandidate& c : cands) {
    if (inside_quote(c.hit.span, seg.quotes)) c.fate = MarkerCandidate::Fate::inside_quote;
    hits.push_back(c.hit);
    eligible.push_back(c.fate == MarkerCandidate::Fate::kept);
  }
  const auto lost = resolve_overlaps(rules, hits, eligible);
  for (std::size_t i = 0; i < cands.size(); ++i)
    if (lost[i]) {
      cands[i].fate = MarkerCandidate::Fate::overlapped;
      cands[i].lost_to = *lost[i];
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
