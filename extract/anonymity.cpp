#include "extract/anonymity.hpp"

#include <algorithm>
#include <cctype>

#include "extract/noun_phrase.hpp"

namespace claimex {

ExtractorSpec anonymity_spec() {
  return {"anonymity", {{"kind", true, {"grant", "reason", "unnamed_source", "no_comment", "hedge"}}}};
}

namespace {

// A reason's rule stops at its verb or head noun; the reason goes on to the
// end of that phrase ("... feared retaliation from armed groups"), word by
// word up to a comma, a sentence end or a stop word.
Span extend_reason(std::string_view text, Span s, const Table* stops) {
  auto letter = [&](std::size_t i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    return std::isalpha(c) || c == '\'' || c == '-' || c >= 0x80;
  };
  for (int words = 0; words < 8; ++words) {
    std::size_t i = s.end;
    if (i + 1 >= text.size() || text[i] != ' ' || !letter(i + 1)) break;
    std::size_t j = i + 1;
    while (j < text.size() && letter(j)) ++j;
    std::string w(text.substr(i + 1, j - i - 1));
    for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const bool stop = stops && std::any_of(stops->rows.begin(), stops->rows.end(),
                                           [&](const auto& r) { return !r.empty() && r[0] == w; });
    if (stop) break;
    s.end = j;
  }
  return s;
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
    if (seg.quoted(c.hit.span)) c.fate = MarkerCandidate::Fate::inside_quote;
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

Span reason_extent(std::string_view text, Span s, const RuleSet& rules) {
  return extend_reason(text, s, rules.table("anonymity/reason_stops.tsv"));
}

// "Crews were pulled back for their own safety": a reason explains a source's
// anonymity only in a sentence that grants it or describes an unnamed source,
// or in the one after ("A senior official said ... The official was not
// authorized to speak publicly.").
void drop_idle_reasons(const Segmentation& seg, std::vector<AnonymityMarker>& markers) {
  if (seg.sentences.empty()) return;  // no sentence, no marker
  std::vector<bool> reasoned(seg.sentences.size(), false);
  auto sentence_of = [&](std::size_t pos) {
    const auto it = std::upper_bound(seg.sentences.begin(), seg.sentences.end(), pos,
                                     [](std::size_t p, const Sentence& x) { return p < x.span.start; });
    return it == seg.sentences.begin() ? std::size_t{0} : static_cast<std::size_t>(it - seg.sentences.begin()) - 1;
  };
  for (const AnonymityMarker& m : markers)
    if (m.kind == "grant" || m.kind == "unnamed_source") {
      const std::size_t k = sentence_of(m.span.start);
      reasoned[k] = true;
      if (k + 1 < reasoned.size()) reasoned[k + 1] = true;
    }
  std::erase_if(markers, [&](const AnonymityMarker& m) {
    return m.kind == "reason" && !reasoned[sentence_of(m.span.start)];
  });
}

std::vector<AnonymityMarker> find_anonymity_markers(const RuleSet& rules, std::string_view text,
                                                    const Segmentation& seg) {
  std::vector<AnonymityMarker> kept;
  const Table* stops = rules.table("anonymity/reason_stops.tsv");
  for (const MarkerCandidate& c : anonymity_candidates(rules, text, seg)) {
    if (c.fate != MarkerCandidate::Fate::kept) continue;
    const std::string& kind = rules.rules()[c.hit.rule].attributes.at("kind");
    Span span = kind == "reason" ? extend_reason(text, c.hit.span, stops) : c.hit.span;
    if (kind == "unnamed_source") {
      // Widened only where no kept marker stands: markers never overlap.
      const Span wide = widen_to_determiner(text, span);
      if (kept.empty() || kept.back().span.end <= wide.start) span = wide;
    }
    kept.push_back({span, kind, c.hit.rule});
  }
  drop_idle_reasons(seg, kept);
  return kept;
}

}  // namespace claimex
