#include "extract/dates.hpp"

#include <algorithm>
#include <cctype>

#include "extract/calendar.hpp"

namespace claimex {

ExtractorSpec dates_spec() {
  return {"dates",
          {{"type", true, {"DATE", "TIME", "DURATION", "SET"}}, {"value", true, {}}, {"mod", false, {}}},
          {"value", "type", "mod", "dct"}};
}

namespace {

std::vector<NamedText> captures_of(const Rule& rule, const Hit& hit, std::string_view text) {
  std::vector<NamedText> out;
  for (const Capture& c : hit.captures)
    out.push_back({rule.captures[c.name].second, text.substr(c.start, c.end - c.start)});
  return out;
}

// The tense of the nearest word that marks one, in the sentence around the
// span; a word to the left wins a tie. To the right, the clause ends at a
// comma or a boundary word. "said Sunday that talks will resume Monday":
// Sunday is past, Monday future.
constexpr std::size_t kTenseWindow = 600;  // bytes each side; news sentences are shorter

Tense tense_near(const DateLexicon& lexicon, std::string_view text, Span sentence, Span span) {
  auto is_word = [&](std::size_t k) {
    const unsigned char c = static_cast<unsigned char>(text[k]);
    return std::isalpha(c) || c == '\'';
  };
  Tense best = Tense::none;
  std::size_t best_distance = std::string_view::npos;
  // Left: every marker before the span; the last one seen is the nearest.
  // A participle after "be" is no past: "will be released on Oct. 30".
  std::string_view previous;
  // Within a window around the span: a marker farther away than a long
  // sentence is no guide, and a run-on "sentence" of megabytes (a table dump
  // with no full stop) must not make every date rescan it.
  const std::size_t from = std::max(sentence.start, span.start > kTenseWindow ? span.start - kTenseWindow : 0);
  std::size_t i = from;
  while (i > sentence.start && is_word(i - 1) && i < span.start) ++i;  // start on a whole word
  for (; i < span.start;) {
    if (!is_word(i)) { ++i; continue; }
    std::size_t j = i;
    while (j < span.start && is_word(j)) ++j;
    const std::string_view word = text.substr(i, j - i);
    Tense t = lexicon.tense_of(word);
    // "could not be reached late Thursday": a past inability, not a future.
    if (word == "not" && (previous == "could" || previous == "Could")) t = Tense::past;
    // "would help replace Benítez, who left in June": a relative clause has
    // its own tense.
    if (t == Tense::relative) best = Tense::none, best_distance = std::string_view::npos;
    if (t == Tense::future || (t == Tense::past && previous != "be")) {
      best = t;
      best_distance = span.start - j;
    }
    previous = word;
    i = j;
  }
  // Right: up to the end of the clause.
  const std::size_t to = std::min(sentence.end, span.end + kTenseWindow);
  for (std::size_t i = span.end; i < to;) {
    const char c = text[i];
    if (c == ',' || c == ';' || c == ':') break;
    if (!is_word(i)) { ++i; continue; }
    std::size_t j = i;
    while (j < to && is_word(j)) ++j;
    const Tense t = lexicon.tense_of(text.substr(i, j - i));
    if (t == Tense::boundary || t == Tense::relative || i - span.end >= best_distance) break;
    if (t != Tense::none) {
      best = t;
      break;
    }
    i = j;
  }
  return best;
}

std::size_t sentence_of(const Segmentation& seg, std::size_t pos) {
  auto it = std::upper_bound(seg.sentences.begin(), seg.sentences.end(), pos,
                             [](std::size_t p, const Sentence& s) { return p < s.span.start; });
  return it == seg.sentences.begin() ? 0 : static_cast<std::size_t>(it - seg.sentences.begin() - 1);
}

bool is_day_value(const std::string& v) {
  // 2025-10-19 or an underspecified day, with no time yet
  return v.size() == 10 && v[4] == '-' && v[7] == '-' && v.find('T') == std::string::npos;
}

bool is_bare_time(const std::string& v) { return v.starts_with("XXXX-XX-XXT"); }

// The rule's value and mod templates with the match's captures read in
// (they depend on the article date, not on tense or context); nullopt when a
// capture does not read ("the 45th").
struct Expanded {
  std::string value, mod;
};

std::optional<Expanded> expand_hit(const RuleSet& rules, const DateLexicon& lexicon, const Hit& hit,
                                   std::string_view text, const std::optional<CalendarDate>& dct) {
  const Rule& rule = rules.rules()[hit.rule];
  const auto caps = captures_of(rule, hit, text);
  auto value = expand_value(rule.attributes.at("value"), caps, lexicon, dct);
  if (!value) return std::nullopt;
  Expanded e{std::move(*value), {}};
  if (auto m = rule.attributes.find("mod"); m != rule.attributes.end()) {
    auto mod = expand_value(m->second, caps, lexicon, dct);
    if (!mod) return std::nullopt;
    e.mod = std::move(*mod);
  }
  return e;
}

// A date next to a time ("Sunday at 3 a.m.", "9:30 p.m. on Oct. 19") becomes
// one TIME on that day, under the date's rule; the time is marked joined.
void join_times(const DateLexicon& lexicon, const DateInput& in, std::vector<DateCandidate>& cands,
                const std::vector<std::size_t>& kept) {
  for (std::size_t k = 0; k + 1 < kept.size(); ++k) {
    DateCandidate& a = cands[kept[k]];
    DateCandidate& b = cands[kept[k + 1]];
    if (a.fate != DateCandidate::Fate::kept || b.fate != DateCandidate::Fate::kept) continue;
    const bool a_day = is_day_value(a.value), b_day = is_day_value(b.value);
    const bool a_time = is_bare_time(a.value), b_time = is_bare_time(b.value);
    if (!((a_day && b_time) || (a_time && b_day))) continue;
    if (sentence_of(*in.segments, a.hit.span.start) != sentence_of(*in.segments, b.hit.span.start)) continue;
    const auto gap = lexicon.join(in.text.substr(a.hit.span.end, b.hit.span.start - a.hit.span.end));
    if (!gap) continue;
    DateCandidate& day = a_day ? a : b;
    DateCandidate& time = a_day ? b : a;
    day.value += time.value.substr(10);
    if (day.mod.empty()) day.mod = time.mod.empty() ? *gap : time.mod;
    day.hit.span = {a.hit.span.start, b.hit.span.end};
    time.fate = DateCandidate::Fate::joined;
    time.lost_to = a_day ? kept[k] : kept[k + 1];
    ++k;
  }
}

// YYYY-MM-DD, perhaps with a time after it.
bool is_dated_day(const std::string& v) {
  auto digit = [&](std::size_t i) { return std::isdigit(static_cast<unsigned char>(v[i])) != 0; };
  return v.size() >= 10 && digit(0) && v[4] == '-' && digit(5) && v[7] == '-' && digit(8);
}

// "2 hours, 9 minutes, 41 seconds": adjacent durations with a comma or "and"
// between them become one, under the first one's rule.
void join_durations(const DateInput& in, std::vector<DateCandidate>& cands,
                    const std::vector<std::size_t>& kept) {
  std::size_t head = cands.size();  // the duration the following ones join
  for (std::size_t k = 0; k < kept.size(); ++k) {
    DateCandidate& c = cands[kept[k]];
    const bool duration = c.type == "DURATION";
    if (c.fate != DateCandidate::Fate::kept || !duration) {
      head = cands.size();
      continue;
    }
    if (head != cands.size()) {
      DateCandidate& h = cands[head];
      const std::string_view gap = in.text.substr(h.hit.span.end, c.hit.span.start - h.hit.span.end);
      const bool joins = gap == ", " || gap == " and " || gap == ", and ";
      auto sum = add_durations(h.value, c.value);
      if (joins && sum && c.mod.empty()) {
        h.value = *sum;
        h.hit.span.end = c.hit.span.end;
        c.fate = DateCandidate::Fate::joined;
        c.lost_to = head;
        continue;
      }
    }
    head = kept[k];
  }
}

}  // namespace

std::vector<DateCandidate> date_candidates(const RuleSet& rules, const DateLexicon& lexicon, const DateInput& in) {
  const RuleGroup* group = rules.group("dates");
  if (!group || !in.segments) return {};
  std::vector<Span> sentences;
  sentences.reserve(in.segments->sentences.size());
  for (const auto& s : in.segments->sentences) sentences.push_back(s.span);

  std::vector<Hit> hits = match_group(rules, *group, in.text, sentences);
  std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
    return a.span.start != b.span.start ? a.span.start < b.span.start : a.rule < b.rule;
  });
  std::vector<DateCandidate> cands;
  std::vector<bool> eligible;
  for (Hit& h : hits) {  // moved from, then refilled with the candidates' hits
    // A hit whose captures do not read ("the 45th") does not compete. The
    // candidate keeps the expanded templates until it is resolved below.
    const Rule& rule = rules.rules()[h.rule];
    auto e = expand_hit(rules, lexicon, h, in.text, in.dct);
    cands.push_back({std::move(h), e ? DateCandidate::Fate::kept : DateCandidate::Fate::unresolved, 0,
                     rule.attributes.at("type"), e ? std::move(e->value) : std::string(),
                     e ? std::move(e->mod) : std::string()});
    eligible.push_back(e.has_value());
  }
  hits.clear();
  for (const auto& c : cands) hits.push_back(c.hit);
  const auto lost = resolve_overlaps(rules, hits, eligible);

  ResolveContext ctx{in.dct, std::nullopt, Tense::none};
  std::vector<std::size_t> kept;
  for (std::size_t i = 0; i < cands.size(); ++i) {
    DateCandidate& c = cands[i];
    if (c.fate != DateCandidate::Fate::kept) continue;
    if (lost[i]) {
      c.fate = DateCandidate::Fate::overlapped;
      c.lost_to = *lost[i];
      continue;
    }
    const Sentence& s = in.segments->sentences[sentence_of(*in.segments, c.hit.span.start)];
    // Only weekdays and yearless dates depend on tense; the scan costs.
    const std::string& tmpl = rules.rules()[c.hit.rule].attributes.at("value");
    const bool needs_tense = tmpl.find("tense") != std::string::npos || tmpl.starts_with("XXXX-");
    ctx.tense = needs_tense ? tense_near(lexicon, in.text, s.span, c.hit.span) : Tense::none;
    auto value = resolve_value(c.value, ctx);
    if (!value) {
      c.fate = DateCandidate::Fate::unresolved;
      continue;
    }
    c.value = std::move(*value);
    if (c.type == "DATE" && !c.value.empty() &&
        std::isdigit(static_cast<unsigned char>(c.value[0])))
      ctx.reference = c.value;
    kept.push_back(i);
  }
  join_times(lexicon, in, cands, kept);
  join_durations(in, cands, kept);
  // A time on its own happened on the last day the story named, as news
  // tells events in order; before any, on the article date.
  std::optional<std::string> day;
  if (in.dct) day = in.dct->iso();
  bool named_day = false;
  for (std::size_t i : kept) {
    DateCandidate& c = cands[i];
    if (c.fate != DateCandidate::Fate::kept) continue;
    // "struck overnight, officials said Wednesday": a night before any day
    // is named is the one that ended on the article date.
    if (c.value == "XXXX-XX-XXTNI" && !named_day && in.dct) c.value = calendar::add_days(*in.dct, -1).iso() + "TNI";
    c.value = anchor_time(c.value, day);
    named_day = named_day || is_dated_day(c.value);
    if (is_dated_day(c.value)) day = c.value.substr(0, 10);
  }
  for (DateCandidate& c : cands)
    if (c.type == "DATE" && c.value.size() > 10 && c.value[10] == 'T') c.type = "TIME";
  return cands;
}

std::vector<DateMention> find_dates(const RuleSet& rules, const DateLexicon& lexicon, const DateInput& in) {
  std::vector<DateMention> out;
  for (DateCandidate& c : date_candidates(rules, lexicon, in)) {
    if (c.fate != DateCandidate::Fate::kept) continue;
    out.push_back({c.hit.span, std::move(c.type), std::move(c.value), std::move(c.mod), c.hit.rule});
  }
  return out;
}

}  // namespace claimex
