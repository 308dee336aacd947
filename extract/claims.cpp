#include "extract/claims.hpp"

#include <algorithm>
#include <cctype>
#include <span>

namespace claimex {

ExtractorSpec claims_spec() {
  return {"claims", {}, {"cue", "source", "speaker", "content", "type", "kind", "anonymous"}};
}

std::string ClaimLexicon::lower(std::string_view w) {
  std::string s(w);
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

ClaimLexicon::ClaimLexicon(const RuleSet& rules) {
  auto rows = [&](std::string_view path) -> const std::vector<std::vector<std::string>>& {
    static const std::vector<std::vector<std::string>> none;
    const Table* t = rules.table(path);
    return t ? t->rows : none;
  };
  for (const auto& r : rows("claims/cues.tsv"))
    if (r.size() >= 4) cues_.emplace(r[0], Cue{r[1], r[2], r[3] == "yes"});
  for (const auto& r : rows("claims/frames.tsv"))
    if (!r.empty()) frames_.insert(lower(r[0]));
  for (const auto& r : rows("claims/documents.tsv"))
    if (!r.empty()) documents_.insert(lower(r[0]));
  for (const auto& r : rows("claims/vague_nouns.tsv"))
    if (!r.empty()) vague_.insert(lower(r[0]));
  for (const auto& r : rows("claims/pronouns.tsv"))
    if (r.size() >= 2) pronouns_.emplace(lower(r[0]), r[1]);
  for (const auto& r : rows("claims/org_nouns.tsv")) {
    if (r.size() < 2) continue;
    auto& kinds = org_nouns_[lower(r[0])];
    for (std::size_t at = 0; at <= r[1].size();) {
      const std::size_t bar = std::min(r[1].find('|', at), r[1].size());
      if (r[1].compare(at, bar - at, "name") != 0) kinds.insert(r[1].substr(at, bar - at));
      at = bar + 1;
    }
  }
  for (const auto& r : rows("claims/gender.tsv"))
    if (r.size() >= 2) gender_.emplace(lower(r[0].ends_with('.') ? r[0].substr(0, r[0].size() - 1) : r[0]), r[1]);
  for (const auto& r : rows("claims/first_names.tsv"))
    if (r.size() >= 2) first_names_.emplace(lower(r[0]), r[1]);
  for (const auto& r : rows("anonymity/person_nouns.tsv"))
    for (const auto& form : r) person_nouns_.insert(lower(form));
}

bool ClaimLexicon::stands_for(std::string_view noun, std::string_view kind) const {
  auto it = org_nouns_.find(lower(noun));
  return it != org_nouns_.end() && it->second.count(kind) > 0;
}

std::string ClaimLexicon::first_name_gender(std::string_view w) const {
  auto it = first_names_.find(lower(w));
  return it == first_names_.end() ? "" : it->second;
}

bool ClaimLexicon::determiner(std::string_view w) {
  static const std::set<std::string, std::less<>> words = {"the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your"};
  return words.count(lower(w)) > 0;
}

const ClaimLexicon::Cue* ClaimLexicon::cue(std::string_view form) const {
  auto it = cues_.find(lower(form));
  return it == cues_.end() ? nullptr : &it->second;
}

std::string ClaimLexicon::pronoun(std::string_view w) const {
  auto it = pronouns_.find(lower(w));
  return it == pronouns_.end() ? "" : it->second;
}

std::string ClaimLexicon::gender(std::string_view w) const {
  if (w.ends_with('.')) w.remove_suffix(1);  // "Mrs." as "Mrs"
  auto it = gender_.find(lower(w));
  return it == gender_.end() ? "" : it->second;
}

namespace {

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t'; }
bool word_byte(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '\'' || (c & 0x80); }

struct Word {
  Span span;
  std::string_view text;
};

std::vector<Word> words_in(std::string_view text, Span s) {
  std::vector<Word> out;
  std::size_t i = s.start;
  while (i < s.end) {
    while (i < s.end && !word_byte(text[i])) ++i;
    std::size_t j = i;
    while (j < s.end && word_byte(text[j])) ++j;
    if (j > i) out.push_back({{i, j}, text.substr(i, j - i)});
    i = j;
  }
  return out;
}

Span trim(std::string_view text, Span s) {
  while (s.start < s.end && is_space(text[s.start])) ++s.start;
  while (s.end > s.start && is_space(text[s.end - 1])) --s.end;
  return s;
}

std::string_view view(std::string_view text, Span s) { return text.substr(s.start, s.size()); }

bool lower_start(std::string_view w) { return !w.empty() && std::islower(static_cast<unsigned char>(w[0])); }

// The first capture called name, or name_<suffix>.
std::optional<Span> capture(const RuleSet& rules, const Hit& h, std::string_view name) {
  const Rule& r = rules.rules()[h.rule];
  for (const Capture& c : h.captures) {
    const std::string& n = r.captures[c.name].second;
    if (n == name || (n.size() > name.size() && n.starts_with(name) && n[name.size()] == '_'))
      return Span{c.start, c.end};
  }
  return std::nullopt;
}

// Every capture called name or name_<suffix>, as one span from the first to the last.
std::optional<Span> capture_extent(const RuleSet& rules, const Hit& h, std::string_view name) {
  const Rule& r = rules.rules()[h.rule];
  std::optional<Span> out;
  for (const Capture& c : h.captures) {
    const std::string& n = r.captures[c.name].second;
    if (!(n == name || (n.size() > name.size() && n.starts_with(name) && n[name.size()] == '_'))) continue;
    if (!out) out = Span{c.start, c.end};
    else out = Span{std::min(out->start, c.start), std::max(out->end, c.end)};
  }
  return out;
}

std::size_t skip_dateline(std::string_view text, Span s) {
  // "NAIROBI, Kenya (AP) - ": an all-caps word opens it, a dash closes it.
  std::size_t i = s.start;
  std::size_t caps = 0;
  while (i < s.end && std::isupper(static_cast<unsigned char>(text[i]))) ++i, ++caps;
  if (caps < 2) return s.start;
  const std::size_t limit = std::min(s.end, s.start + 80);
  for (std::size_t j = i; j + 3 <= limit; ++j) {
    if (text[j] == '\n') break;
    if (text.compare(j, 3, " - ") == 0) return j + 3;
  }
  return s.start;
}

}  // namespace

std::vector<Span> claim_units(const ClaimInput& in) {
  std::vector<Span> units;
  if (!in.segments) return units;
  const auto& sentences = in.segments->sentences;
  const auto& quotes = in.segments->quotes;
  std::size_t q = 0;
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    Span u = sentences[i].span;
    // A quotation that opens in this sentence and closes in a later one of
    // the same paragraph takes those sentences into the unit.
    for (;;) {
      while (q < quotes.size() && quotes[q].end <= u.start) ++q;
      std::size_t reach = u.end;
      for (std::size_t k = q; k < quotes.size() && quotes[k].start < u.end; ++k) reach = std::max(reach, quotes[k].end);
      if (reach <= u.end || i + 1 >= sentences.size() || sentences[i + 1].paragraph != sentences[i].paragraph) break;
      u.end = sentences[++i].span.end;
    }
    if (units.empty() && u.start <= in.body_start + 1) u.start = skip_dateline(in.text, u);
    units.push_back(u);
  }
  return units;
}

namespace {

struct Draft {
  Hit hit;
  Span unit;
  Claim claim;
  std::optional<Span> source_region;
  bool source_after_cue = false;
  bool inherits = false;  // no source of its own: the previous claim's
};

std::vector<Hit> claim_hits(const RuleSet& rules, const std::vector<Span>& units, std::string_view text) {
  const RuleGroup* g = rules.group("claims");
  if (!g) return {};
  return match_group_isolated(rules, *g, text, units);
}

// A cue inside a quotation is the speaker's word, not the story's: '"They
// knew and said nothing," said Okoro' has one claim.
bool quoted(const Span& cue, const std::vector<Span>& quotes) {
  auto it = std::upper_bound(quotes.begin(), quotes.end(), cue.start, [](std::size_t p, const Span& q) { return p < q.start; });
  return it != quotes.begin() && std::prev(it)->start < cue.start && cue.end < std::prev(it)->end;
}

std::vector<ClaimCandidate> candidates_of(const RuleSet& rules, std::vector<Hit> hits, const std::vector<Span>& quotes) {
  // Hits compete by their cue: one cue, one claim.
  std::vector<Hit> by_cue = hits;
  std::vector<bool> eligible(hits.size(), true);
  for (std::size_t i = 0; i < hits.size(); ++i) {
    auto cue = capture(rules, hits[i], "cue");
    if (cue) by_cue[i].span = *cue;
    eligible[i] = cue && !quoted(*cue, quotes);
  }
  const auto lost = resolve_overlaps(rules, by_cue, eligible);
  std::vector<ClaimCandidate> out;
  for (std::size_t i = 0; i < hits.size(); ++i) {
    ClaimCandidate c{std::move(hits[i]), ClaimCandidate::Fate::kept, 0};
    if (!eligible[i]) c.fate = ClaimCandidate::Fate::vetoed;
    else if (lost[i]) {
      c.fate = ClaimCandidate::Fate::overlapped;
      c.lost_to = *lost[i];
    }
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace

std::vector<ClaimCandidate> claim_candidates(const RuleSet& rules, const ClaimLexicon&, const ClaimInput& in) {
  return candidates_of(rules, claim_hits(rules, claim_units(in), in.text), in.segments->quotes);
}

namespace {

class ClaimBuilder {
 public:
  ClaimBuilder(const RuleSet& rules, const ClaimLexicon& lex, const ClaimInput& in)
      : rules_(rules), lex_(lex), in_(in),
        mentions_sorted_(sorted_by_start(in.markers) && sorted_by_start(in.dates) && sorted_by_start(in.places)) {}

  std::vector<Claim> run() {
    units_ = claim_units(in_);
    auto cands = candidates_of(rules_, claim_hits(rules_, units_, in_.text), in_.segments->quotes);
    std::vector<Draft> drafts;
    for (auto& c : cands)
      if (c.fate == ClaimCandidate::Fate::kept) {
        Draft d = draft_of(std::move(c.hit));
        // "The estimate was revised": a determiner alone is no source.
        if (d.source_region && lex_.determiner(view(in_.text, trim(in_.text, *d.source_region)))) continue;
        drafts.push_back(std::move(d));
      }
    std::sort(drafts.begin(), drafts.end(),
              [](const Draft& a, const Draft& b) { return a.claim.cue->start < b.claim.cue->start; });
    cut_chains(drafts);
    std::vector<Claim> claims;
    for (Draft& d : drafts) {
      run_on(d.claim);
      finish_content(d.claim);
      if (d.claim.content.size() == 0) continue;
      claims.push_back(std::move(d.claim));
      const std::size_t k = claims.size() - 1;
      if (d.inherits) inherit_source(claims, k);
      else claims[k].source = source_of(d, claims);
    }
    join_open_paragraphs(claims);
    add_continuations(claims);
    for (Claim& c : claims) judge(c), link(c);
    return claims;
  }

 private:
  std::size_t unit_of(std::size_t pos) const {
    auto it = std::upper_bound(units_.begin(), units_.end(), pos, [](std::size_t p, const Span& u) { return p < u.start; });
    return it == units_.begin() ? 0 : static_cast<std::size_t>(it - units_.begin()) - 1;
  }

  Draft draft_of(Hit h) {
    Draft d{std::move(h), {}, {}, {}, false, false};
    Claim& c = d.claim;
    c.rule = rules_.rules()[d.hit.rule].id;
    c.cue = capture(rules_, d.hit, "cue");
    c.whole = d.hit.whole;
    std::string_view cue_text = view(in_.text, *c.cue);
    const auto first_word = words_in(in_.text, *c.cue);
    const ClaimLexicon::Cue* cue = nullptr;
    for (const Word& w : first_word)
      if (!cue) cue = lex_.cue(w.text);
    c.lemma = cue ? cue->lemma : ClaimLexicon::lower(cue_text);
    c.cue_class = cue ? cue->cls : "speech";
    d.source_region = capture(rules_, d.hit, "source");
    d.inherits = !d.source_region;
    if (d.source_region) d.source_after_cue = d.source_region->start >= c.cue->end;
    auto content = capture_extent(rules_, d.hit, "content");
    c.content = content ? *content : Span{c.cue->end, c.cue->end};
    if (content && content->start >= c.cue->end) c.content.start = content_start(*c.cue, *content, cue);
    return d;
  }

  // Where reported speech begins after its cue: past an addressee or a
  // frame ("said in a statement from Toronto that", "told reporters that").
  std::size_t content_start(Span cue, Span content, const ClaimLexicon::Cue* lexcue) const {
    const auto ws = words_in(in_.text, content);
    if (ws.empty()) return content.start;
    // "said only: "...", "said in a statement:", "said only, "..."": the
    // content follows the colon, or is the quotation after the comma.
    for (std::size_t i = 0; i < ws.size() && i < 5; ++i) {
      const std::size_t from = i == 0 ? cue.end : ws[i - 1].span.end;
      const std::string_view gap = in_.text.substr(from, ws[i].span.start - from);
      const std::size_t colon = gap.find(':'), quote = gap.find('"'), comma = gap.find(',');
      if (colon != std::string_view::npos && colon < quote) return from + colon + 1;
      if (i > 0 && quote != std::string_view::npos && comma < quote) return from + quote;
      if (quote != std::string_view::npos) break;
    }
    const std::size_t limit = std::min<std::size_t>(ws.size(), 14);
    const bool framed = lexcue && lexcue->object;
    for (std::size_t i = 0; i < limit; ++i) {
      // A comma, colon or quotation before "that" ends the search.
      const std::size_t from = i == 0 ? cue.end : ws[i - 1].span.end;
      const std::string_view gap = in_.text.substr(from, ws[i].span.start - from);
      if (i > 0 && gap.find_first_of(",:;\"") != std::string_view::npos) break;
      if (ClaimLexicon::lower(ws[i].text) == "that") {
        // "said in a statement that"; not "said the fine showed that".
        if (i == 0 || framed || (lex_.frame_word(ws[0].text) && !ClaimLexicon::determiner(ws[0].text)))
          return ws[i].span.end;
        break;
      }
    }
    return content.start;
  }

  // A quotation still open at the end of its paragraph goes on in the next
  // paragraphs that open with a quotation mark, until one closes it.
  void run_on(Claim& c) const {
    auto open = [&](Span s) { return std::count(in_.text.begin() + s.start, in_.text.begin() + s.end, '"') % 2 == 1; };
    std::size_t u = unit_of(c.content.start);
    if (c.content.end < trim(in_.text, units_[u]).end - 1 || !open(c.content)) return;
    while (u + 1 < units_.size() && open(c.content)) {
      const Span next = trim(in_.text, units_[u + 1]);
      if (!next.size() || in_.text[next.start] != '"' || !paragraph_starts_at(next.start)) break;
      c.content.end = next.end;
      ++u;
    }
  }

  bool paragraph_starts_at(std::size_t pos) const {
    for (const Span& p : in_.segments->paragraphs)
      if (trim(in_.text, p).start == pos) return true;
    return false;
  }

  // Sibling claims in one sentence ("said A and warned that B"): the first
  // one's content stops where the second attribution begins.
  void cut_chains(std::vector<Draft>& drafts) const {
    for (std::size_t k = 1; k < drafts.size(); ++k) {
      if (!drafts[k].inherits) continue;
      Claim& prev = drafts[k - 1].claim;
      const Span w = drafts[k].hit.whole;
      if (prev.content.start < w.start && w.start < prev.content.end) prev.content.end = w.start;
    }
  }

  void finish_content(Claim& c) const {
    std::string_view t = in_.text;
    Span s = trim(t, c.content);
    while (s.start < s.end && (t[s.start] == ':' || t[s.start] == ',' || t[s.start] == '-' || is_space(t[s.start]))) ++s.start;
    // A hedge inside says the story does not vouch for the rest: not content.
    if (in_.markers)
      for (const auto [first, last] = starting_in(*in_.markers, s.start + 1, s.end); const AnonymityMarker& m :
           std::span(*in_.markers).subspan(first, last - first))
        if (m.kind == "hedge" && m.span.start > s.start && m.span.start < s.end) {
          // ", though that account could not be confirmed": the clause goes.
          const std::size_t comma = t.rfind(", ", m.span.start);
          if (comma != std::string_view::npos && comma > s.start) s.end = comma;
        }
    auto strip_end = [&] {
      s = trim(t, s);
      while (s.end > s.start && (t[s.end - 1] == '.' || t[s.end - 1] == ',' || t[s.end - 1] == ';' || t[s.end - 1] == ':'))
        s = trim(t, {s.start, s.end - 1});
    };
    strip_end();
    const std::string_view body = view(t, s);
    const std::size_t marks = std::count(body.begin(), body.end(), '"');
    if (marks >= 2 && body.front() == '"' && body.back() == '"') {
      // The whole content is quoted: one quotation, one interrupted by its
      // attribution, or one running over paragraphs.
      c.type = "direct";
      s = {s.start + 1, s.end - 1};
      strip_end();
    } else if (!body.empty() && body.front() == '"' && marks % 2 == 1) {
      // A quotation left open at a paragraph's end.
      c.type = "direct";
      s.start += 1;
      strip_end();
    } else {
      c.type = marks > 0 ? "mixed" : "indirect";
    }
    c.content = s;
  }

  // ---- sources ----

  // The index range of the mentions starting in [from, to) — every one when
  // the list is not sorted by start, as the pipeline's lists are.
  template <class Mention>
  static bool sorted_by_start(const std::vector<Mention>* v) {
    return !v || std::is_sorted(v->begin(), v->end(), [](const Mention& a, const Mention& b) { return a.span.start < b.span.start; });
  }
  template <class Mention>
  std::pair<std::size_t, std::size_t> starting_in(const std::vector<Mention>& v, std::size_t from, std::size_t to) const {
    if (!mentions_sorted_) return {0, v.size()};
    const auto lo = std::partition_point(v.begin(), v.end(), [&](const Mention& m) { return m.span.start < from; });
    const auto hi = std::partition_point(lo, v.end(), [&](const Mention& m) { return m.span.start < to; });
    return {static_cast<std::size_t>(lo - v.begin()), static_cast<std::size_t>(hi - v.begin())};
  }

  // How far back a pronoun looks for an earlier claim's speaker, and a
  // definite description ("the ministry") for the body it names: a story's
  // worth, so that a run-on text of megabytes costs linear time.
  static constexpr std::size_t kPronounReach = 3000, kDefiniteReach = 20000;
  static constexpr std::size_t kLastSpeakerReach = 600;  // about two sentences

  // The first actor starting at or after `at`: actors come sorted by start,
  // so a claim looks at its own stretch of the story, not at every actor.
  std::size_t first_actor_from(std::size_t at) const {
    const auto& v = *in_.actors;
    return static_cast<std::size_t>(std::partition_point(v.begin(), v.end(), [&](const ActorMention& m) { return m.span.start < at; }) - v.begin());
  }

  std::vector<std::size_t> actors_in(Span s) const {
    std::vector<std::size_t> out;
    if (!in_.actors) return out;
    for (std::size_t i = first_actor_from(s.start); i < in_.actors->size() && (*in_.actors)[i].span.start < s.end; ++i)
      if (s.contains((*in_.actors)[i].span)) out.push_back(i);
    return out;
  }

  // The comma-separated parts of a source region.
  std::vector<Span> segments_of(Span r) const {
    std::vector<Span> out;
    std::size_t from = r.start;
    for (std::size_t i = r.start; i < r.end; ++i)
      if (in_.text[i] == ',') {
        Span s = trim(in_.text, {from, i});
        if (s.size()) out.push_back(s);
        from = i + 1;
      }
    Span s = trim(in_.text, {from, r.end});
    if (s.size()) out.push_back(s);
    return out;
  }

  struct Head {
    Span span;
    std::optional<std::size_t> actor;
    std::string pronoun;  // its class: m, f, n, p, r
    bool name = false;    // a run of capitalised words set off as a name, not an actor mention
  };

  static bool participle(std::string_view w) {
    const std::string lw = ClaimLexicon::lower(w);
    return lower_start(w) && lw.size() > 4 && (lw.ends_with("ed") || lw.ends_with("ing"));
  }

  static bool stop_word(std::string_view w) {
    static const std::set<std::string, std::less<>> stops = {"who", "which", "that", "whose", "and", "but", "had", "has", "have", "was", "were", "is", "are", "on", "in", "at", "from", "for", "with", "by", "seen", "said", "to", "as", "also", "later", "then", "again", "earlier", "previously", "only"};
    if (acronym(w)) return false;  // "WHO figures"
    return stops.count(ClaimLexicon::lower(w)) > 0 || participle(w);
  }

  bool possessive(const Span& s) const {
    return in_.text.compare(s.end, 2, "'s") == 0 || (s.end > 0 && in_.text[s.end - 1] == '\'' );
  }

  // "a day after a newspaper reported": the subject follows the time lead.
  static std::size_t after_time_lead(const std::vector<Word>& ws, std::size_t w) {
    static const std::set<std::string, std::less<>> quantity = {"a", "an", "one", "two", "three", "few", "shortly", "just", "soon", "hours", "hour", "day", "days", "week", "weeks", "month", "months", "minutes", "moments"};
    for (std::size_t k = w; k < ws.size() && k < w + 4; ++k) {
      const std::string lw = ClaimLexicon::lower(ws[k].text);
      if (lw == "after" || lw == "before") return k + 1;
      if (!quantity.count(lw)) break;
    }
    return w;
  }

  // The subject a segment opens with: an actor mention or a pronoun among its
  // first words (titles and modifiers may come first: "Court president Elena
  // Quispe"), else the bare noun phrase it opens with ("media reports", "The
  // ministry").
  std::optional<Head> head_of(Span seg) const {
    const auto ws = words_in(in_.text, seg);
    std::size_t w = 0;
    // "and he said", "where he told parents": the subject comes after.
    static const std::set<std::string_view> leads = {"and", "but", "And", "But", "where", "when", "while", "whereupon"};
    while (w < ws.size() && leads.count(ws[w].text)) ++w;
    w = after_time_lead(ws, w);
    if (w >= ws.size()) return std::nullopt;
    if (std::string p = lex_.pronoun(ws[w].text); !p.empty() && !acronym(ws[w].text)) return Head{ws[w].span, std::nullopt, p};
    if (stop_word(ws[w].text)) return std::nullopt;
    const auto mentions = actors_in(seg);
    // A body that opens a person's title is not the speaker: "SDF spokesman
    // Farhad Shami" is Shami.
    std::optional<Head> body;
    for (std::size_t k = w; k < ws.size() && k < w + 5; ++k) {
      // A function word ends the subject; a word in -ing or -ed may be a
      // modifier ("the trading firm Pacific Metals Research").
      // "Mines and Energy Minister Rafael Costa": an "and" between capitalised
      // words belongs to a title.
      const bool title_and = k > w && ws[k].text == "and" && k + 1 < ws.size() && !lower_start(ws[k + 1].text) &&
                             !lower_start(ws[k - 1].text);
      if (k > w && stop_word(ws[k].text) && !participle(ws[k].text) && !title_and) break;
      for (std::size_t a : mentions) {
        const Span ms = (*in_.actors)[a].span;
        if (ms.start != ws[k].span.start || possessive(ms)) continue;
        const std::string& kind = (*in_.actors)[a].kind;
        if (kind == "person" || kind == "descriptor") return Head{ms, a, ""};
        if (!body) body = Head{ms, a, ""};
      }
    }
    // "according to WHO figures", "Police records show": a body that names a
    // document's author is not the source; the document is.
    if (body) {
      const auto next = std::find_if(ws.begin(), ws.end(), [&](const Word& x) { return x.span.start > body->span.end; });
      if (next == ws.end() || next->span.start != body->span.end + 1 || !lex_.document_noun(ClaimLexicon::lower(next->text)))
        return body;
    }
    std::size_t end = ws[w].span.end;
    for (std::size_t k = w + 1; k < ws.size() && !stop_word(ws[k].text); ++k) end = ws[k].span.end;
    return Head{{ws[w].span.start, end}, std::nullopt, ""};
  }

  bool grant_inside(Span r) const {
    if (!in_.markers) return false;
    const auto [first, last] = starting_in(*in_.markers, r.start, r.end);
    for (std::size_t m = first; m < last; ++m)
      if ((*in_.markers)[m].kind == "grant" && r.contains((*in_.markers)[m].span)) return true;
    return false;
  }

  // A name set off by commas after a description names the speaker:
  // "His lawyer, Inès Berthier, said"; "The company, Northline Metals, said".
  std::optional<Head> apposition(const std::vector<Span>& segs, std::size_t i, Span region) const {
    if (i + 1 >= segs.size() || grant_inside(region)) return std::nullopt;
    const Span next = segs[i + 1];
    const auto next_words = words_in(in_.text, next);
    // "One of the lawmakers, Dimitra Sotiriou of the Syriza party, told": a
    // name with its affiliation.
    for (std::size_t a : actors_in(next)) {
      const ActorMention& m = (*in_.actors)[a];
      const std::string_view title = in_.text.substr(next.start, m.span.start - next.start);  // "Dr. "
      if (m.kind == "person" && std::count(title.begin(), title.end(), ' ') <= 2 && in_.text.substr(m.span.end, 4) == " of ")
        return Head{m.span, a, ""};
    }
    // "The coalition, which backs the SDF, said": a clause, not a name.
    if (next_words.size() > 6 || (!next_words.empty() && stop_word(next_words[0].text))) return std::nullopt;
    for (std::size_t a : actors_in(next)) {
      const ActorMention& m = (*in_.actors)[a];
      if (m.kind != "descriptor" && m.span.end == next.end) return Head{m.span, a, ""};
    }
    // "said one of them, Peter Odhiambo": a name the actor rules did not catch.
    const auto ws = words_in(in_.text, next);
    const bool capitalised = std::all_of(ws.begin(), ws.end(), [](const Word& w) { return std::isupper(static_cast<unsigned char>(w.text[0])); });
    if (ws.size() >= 2 && ws.size() <= 4 && capitalised && ws.back().span.end == next.end) return Head{next, std::nullopt, "", true};
    return std::nullopt;
  }

  std::optional<Head> pick_head(const Draft& d) const {
    const Span region = trim(in_.text, *d.source_region);
    const auto segs = segments_of(region);
    if (segs.empty()) return std::nullopt;
    const bool ends_open = in_.text[region.end - 1] != ',' && !d.source_after_cue;
    std::vector<std::size_t> order;
    if (ends_open) order.push_back(segs.size() - 1);
    for (std::size_t i = 0; i < segs.size(); ++i)
      if (!ends_open || i + 1 < segs.size()) order.push_back(i);
    for (std::size_t i : order) {
      auto h = head_of(segs[i]);
      if (!h) continue;
      const bool described = !h->actor || (*in_.actors)[*h->actor].kind == "descriptor";
      if (described && h->pronoun.empty())
        if (auto named = apposition(segs, i, region)) return named;
      return h;
    }
    return std::nullopt;
  }

  std::string head_noun(Span np) const {
    const auto ws = words_in(in_.text, np);
    // "The Colorado secretary of state's office": after a possessive, the
    // last word is the head.
    if (ws.size() >= 2 && ws[ws.size() - 2].text.ends_with("'s")) return ClaimLexicon::lower(ws.back().text);
    for (std::size_t k = 0; k < ws.size(); ++k) {
      const std::string lw = ClaimLexicon::lower(ws[k].text);
      if (k > 0 && (lw == "of" || lw == "for" || lw == "at" || lw == "from" || lw == "in" || lw == "with" ||
                    lw == "who" || lw == "involved" || lw == "familiar" || lw == "working"))
        return ClaimLexicon::lower(ws[k - 1].text);
    }
    return ws.empty() ? "" : ClaimLexicon::lower(ws.back().text);
  }

  static bool plural(std::string_view np_lower_first, const std::string& head) {
    static const std::set<std::string, std::less<>> groups = {"two", "three", "four", "five", "six", "several", "some", "many", "most", "both", "dozens", "hundreds"};
    static const std::set<std::string, std::less<>> irregular = {"people", "police", "staff", "children", "men", "women", "media", "personnel"};
    if (groups.count(np_lower_first) || irregular.count(head)) return true;
    if (head.size() > 4 && head.ends_with("men")) return true;  // fishermen, gunmen
    return head.size() > 3 && head.back() == 's' && head[head.size() - 2] != 's' && head != "press";
  }

  std::string kind_of_np(Span np, const std::string& actor_kind) const {
    const auto ws = words_in(in_.text, np);
    const std::string first = ws.empty() ? "" : ClaimLexicon::lower(ws[0].text);
    const std::string head = head_noun(np);
    if (actor_kind == "person") return "named_person";
    if (actor_kind == "armed_group") return "named_group";
    if (!actor_kind.empty() && actor_kind != "descriptor") return "named_organization";
    if (lex_.document_noun(head)) return "document";
    if (first == "one" && ws.size() > 1 && ClaimLexicon::lower(ws[1].text) == "of") return "unnamed_person";
    if (actor_kind == "descriptor") return plural(first, head) ? "unnamed_group" : "unnamed_person";
    if (lex_.org_noun(head)) return "named_organization";
    if (lex_.gender(head).size() || lex_.vague_noun(head) || lex_.person_noun(head))
      return plural(first, head) ? "unnamed_group" : "unnamed_person";
    // A capital other than the first word's (which may only open the
    // sentence) makes a name: "Turkey's disaster agency", "Lantern Bank".
    const bool named = std::any_of(ws.begin() + (ws.empty() ? 0 : 1), ws.end(), [](const Word& w) {
      return std::isupper(static_cast<unsigned char>(w.text[0]));
    });
    if (!named && plural(first, head)) return "unnamed_group";
    if (named || (ws.size() == 1 && !sentence_start(np.start))) return "named_organization";
    // Opening the sentence, one word still names a body when it is an
    // acronym ("UNICEF said") or a place speaking for its government
    // ("Israel said", "Beijing said").
    if (ws.size() == 1 && (acronym(ws[0].text) || place_at(np))) return "named_organization";
    return "unknown";
  }

  static bool acronym(std::string_view w) {
    return w.size() >= 2 && std::all_of(w.begin(), w.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
  }

  bool place_at(Span np) const {
    if (!in_.places) return false;
    const Span t = trim(in_.text, np);
    return std::any_of(in_.places->begin(), in_.places->end(), [&](const PlaceMention& p) {
      return p.span == t && (p.kind() == PlaceKind::country || p.kind() == PlaceKind::city);
    });
  }

  bool sentence_start(std::size_t pos) const {
    for (const Span& u : units_)
      if (trim(in_.text, u).start == pos) return true;
    return false;
  }

  // What one mention says of a person's gender: its title, an honorific
  // just before it ("Mrs. Okoro"), a first name in the table.
  std::string mention_gender(const ActorMention& m) const {
    for (const auto& w : words_in(m.title, {0, m.title.size()}))
      if (auto g = lex_.gender(w.text); !g.empty()) return g;
    const std::size_t from = m.span.start > 6 ? m.span.start - 6 : 0;
    for (const auto& w : words_in(in_.text, {from, m.span.start}))
      if (auto g = lex_.gender(w.text); !g.empty()) return g;
    const auto ws = words_in(m.name, {0, m.name.size()});
    if (ws.size() < 2) return "";  // a surname alone says nothing
    if (auto g = lex_.gender(ws[0].text); !g.empty()) return g;
    return lex_.first_name_gender(ws[0].text);
  }

  // A person's gender is what any mention of the name says.
  std::string person_gender(const ActorMention& m) const {
    if (!genders_) {
      genders_.emplace();
      if (in_.actors)
        for (const ActorMention& a : *in_.actors)
          if (a.kind == "person")
            if (auto g = mention_gender(a); !g.empty()) genders_->emplace(a.name, g);
    }
    if (auto it = genders_->find(m.name); it != genders_->end()) return it->second;
    auto it = pronoun_genders_.find(m.name);
    return it == pronoun_genders_.end() ? "" : it->second;
  }

  // The latest person named in [from, pos) whom the story's words make of
  // gender cls: "Moyo's deputy, Grace Chikore, ... she said" after Moyo
  // spoke, when nothing says what Moyo is.
  std::optional<std::size_t> person_since(std::size_t from, std::size_t pos, const std::string& cls) const {
    if (!in_.actors) return std::nullopt;
    for (std::size_t a = first_actor_from(pos); a-- > 0;) {
      const ActorMention& m = (*in_.actors)[a];
      if (m.span.end > pos) continue;
      if (m.span.start < from) break;
      if (m.kind == "person" && person_gender(m) == cls) return a;
    }
    return std::nullopt;
  }

  // How many sentences start at or before pos: the one holding pos is the
  // last of them.
  std::size_t sentences_through(std::size_t pos) const {
    const auto& v = in_.segments->sentences;
    return static_cast<std::size_t>(std::upper_bound(v.begin(), v.end(), pos, [](std::size_t p, const Sentence& x) { return p < x.span.start; }) - v.begin());
  }

  // The person who opens the sentence before the one at pos (after at most a
  // title's words), when that sentence reports no claim and nothing in the
  // story says the person is of another gender than cls.
  std::optional<std::size_t> subject_before(std::size_t pos, const std::string& cls, const std::vector<Claim>& claims,
                                            std::size_t self) const {
    const std::size_t here = sentences_through(pos);
    if (here < 2) return std::nullopt;
    const Span prev = in_.segments->sentences[here - 2].span;
    // Claims come in story order: look back only as far as that sentence.
    for (std::size_t k = self; k-- > 0 && claims[k].whole.end > prev.start;)
      if (claims[k].cue && prev.contains(*claims[k].cue)) return std::nullopt;
    const std::size_t a = first_actor_from(prev.start);
    if (a >= in_.actors->size()) return std::nullopt;
    const ActorMention& m = (*in_.actors)[a];
    const std::string_view before = in_.text.substr(prev.start, m.span.start < prev.start ? 0 : m.span.start - prev.start);
    if (m.kind != "person" || m.span.end > prev.end || before.size() > 40 || before.find(',') != std::string_view::npos) return std::nullopt;
    const std::string g = person_gender(m);
    return g.empty() || g == cls ? std::optional<std::size_t>(a) : std::nullopt;
  }

  // The person opening the sentence of a pronoun that follows ", where",
  // ", when" or ", while" there, if nothing says it is of another gender.
  std::optional<std::size_t> subject_of_main_clause(std::size_t pos, const std::string& cls) const {
    const std::string_view t = in_.text;
    bool subordinate = false;
    for (std::string_view lead : {", where ", ", when ", ", while "})
      if (pos >= lead.size() && t.compare(pos - lead.size(), lead.size(), lead) == 0) subordinate = true;
    if (!subordinate) return std::nullopt;
    const std::size_t here = sentences_through(pos);
    if (here == 0) return std::nullopt;
    const Span sentence = in_.segments->sentences[here - 1].span;
    const std::size_t a = first_actor_from(sentence.start);
    if (a >= in_.actors->size()) return std::nullopt;
    const ActorMention& m = (*in_.actors)[a];
    if (m.kind != "person" || m.span.start > sentence.start + 40 || m.span.end > pos) return std::nullopt;
    const std::string g = person_gender(m);
    return g.empty() || g == cls ? std::optional<std::size_t>(a) : std::nullopt;
  }

  std::string gender_of(const Claim& c) const {
    if (c.source.actor) {
      const ActorMention& m = (*in_.actors)[*c.source.actor];
      if (m.kind == "person") return person_gender(m);
    }
    if (c.source.span.size()) return lex_.gender(head_noun(c.source.span));
    return "";
  }

  static bool singular_kind(const std::string& k) { return k == "named_person" || k == "unnamed_person"; }

  // A pronoun's speaker: the latest earlier claim whose source it can stand
  // for, else the latest fitting actor before it.
  bool resolve_pronoun(ClaimSource& src, const std::string& cls, const std::vector<Claim>& claims, std::size_t self) const {
    const std::size_t pos = src.span.start;
    if (cls == "r") {
      // "who said": the mention the relative clause hangs on.
      if (!in_.actors) return false;
      // Mentions do not overlap, so their ends rise with their starts.
      for (std::size_t a = first_actor_from(pos); a-- > 0;) {
        const ActorMention& m = (*in_.actors)[a];
        if (m.span.end > pos) continue;
        if (pos - m.span.end >= 200) break;
        adopt_actor(src, a);
        return true;
      }
      return false;
    }
    // "Yakubu later visited the school, where he told parents": in a clause
    // hung on its sentence, the pronoun is that sentence's subject.
    if (cls == "m" || cls == "f")
      if (auto a = subject_of_main_clause(pos, cls)) {
        adopt_actor(src, *a);
        return true;
      }
    for (std::size_t k = self; k-- > 0;) {
      const Claim& c = claims[k];
      // Claims come in story order: one that ended long before is past reach.
      if (c.whole.end + kPronounReach < pos) break;
      if (pos < c.whole.start || (c.cue && pos - c.cue->start > 1500)) continue;
      const bool fits = (cls == "m" || cls == "f")
                            ? singular_kind(c.source.kind) && (gender_of(c).empty() || gender_of(c) == cls)
                        : cls == "p" ? c.source.kind == "unnamed_group" || c.source.kind == "named_group" ||
                                           c.source.kind == "named_organization"
                                     : c.source.kind == "named_organization" || c.source.kind == "document";
      if (!fits) continue;
      if ((cls == "m" || cls == "f") && gender_of(c).empty())
        if (auto a = person_since(c.whole.end, pos, cls)) {
          adopt_actor(src, *a);
          return true;
        }
      // "Premier David Eby declared an emergency. He said ...": a person who
      // opens the sentence before, silent there, is whom "he" picks up.
      if (cls == "m" || cls == "f")
        if (auto a = subject_before(pos, cls, claims, self); a && (*in_.actors)[*a].span.start > c.whole.end) {
          adopt_actor(src, *a);
          return true;
        }
      src.name = c.source.name;
      src.kind = c.source.kind;
      src.actor = c.source.actor;
      src.resolved = true;
      return true;
    }
    if (!in_.actors) return false;
    for (std::size_t a = first_actor_from(pos); a-- > 0;) {
      const ActorMention& m = (*in_.actors)[a];
      if (m.span.end > pos) continue;
      if (pos - m.span.end > 1500) break;
      const bool fits = (cls == "m" || cls == "f") ? m.kind == "person" && (person_gender(m).empty() || person_gender(m) == cls)
                        : cls == "p" ? m.kind != "person"
                                     : m.kind != "person" && m.kind != "descriptor";
      if (!fits) continue;
      adopt_actor(src, a);
      src.resolved = true;
      return true;
    }
    return false;
  }

  // An actor's canonical name, or its words when it has none (a descriptor).
  std::string_view name_of(const ActorMention& m) const { return m.name.empty() ? view(in_.text, m.span) : std::string_view(m.name); }

  void adopt_actor(ClaimSource& src, std::size_t a) const {
    const ActorMention& m = (*in_.actors)[a];
    src.actor = a;
    src.name = std::string(name_of(m));
    src.kind = kind_of_np(m.span, m.kind);
    src.resolved = true;
  }

  // "The ministry", "the guard": the body or person the story named before.
  // Whether a body's name holds every word of a definite description after
  // "the", each as a whole word: "the port authority" is the "Port of
  // Rotterdam Authority", "the air force" is not "Ukrainian forces".
  bool name_holds(const std::string& name_lower, Span description) const {
    const auto names = words_in(name_lower, {0, name_lower.size()});
    const auto ws = words_in(in_.text, description);
    for (std::size_t k = 1; k < ws.size(); ++k) {
      const std::string w = ClaimLexicon::lower(ws[k].text);
      if (std::none_of(names.begin(), names.end(), [&](const Word& n) { return n.text == w; })) return false;
    }
    return ws.size() > 1;
  }

  // "the minister" after "Interior Minister Ihor Klymenko": the latest
  // person named before with that noun in the title.
  bool resolve_by_title(ClaimSource& src, const std::string& head) const {
    for (std::size_t a = first_actor_from(src.span.start); a-- > 0;) {
      const ActorMention& m = (*in_.actors)[a];
      if (m.span.end > src.span.start) continue;
      if (src.span.start - m.span.end > 1500) break;
      if (m.kind != "person" || m.title.empty()) continue;
      const auto ts = words_in(m.title, {0, m.title.size()});
      if (std::none_of(ts.begin(), ts.end(), [&](const Word& t) { return ClaimLexicon::lower(t.text) == head; })) continue;
      adopt_actor(src, a);
      return true;
    }
    return false;
  }

  // "Chatterly, owned by Lumen Labs, said ... “...,” the company said": a
  // body's common noun right after that body spoke is that body, though
  // another was named in between.
  bool resolve_by_last_speaker(ClaimSource& src, const std::string& head, const std::vector<Claim>& claims,
                               std::size_t self) const {
    if (self == 0) return false;
    const ClaimSource& last = claims[self - 1].source;
    if (!last.actor || !last.span.size() || src.span.start < last.span.end ||
        src.span.start - last.span.end > kLastSpeakerReach)
      return false;
    const ActorMention& m = (*in_.actors)[*last.actor];
    if (!lex_.stands_for(head, m.kind) && !name_holds(ClaimLexicon::lower(name_of(m)), src.span)) return false;
    src.name = last.name;
    src.actor = last.actor;
    src.resolved = true;
    return true;
  }

  void resolve_definite(ClaimSource& src, const std::vector<Claim>& claims, std::size_t self) const {
    const auto ws = words_in(in_.text, src.span);
    if (ws.empty() || ClaimLexicon::lower(ws[0].text) != "the") return;
    const std::string head = head_noun(src.span);
    // Only "the company" or "the state-owned company" may stand for a body
    // whose name lacks the noun: "the U.N. food agency" names a body of its
    // own.
    const bool bare = std::none_of(ws.begin() + 1, ws.end(), [](const auto& w) {
      // "the Espoo-based company" is still the company named before
      return !w.text.empty() && std::isupper(static_cast<unsigned char>(w.text[0])) &&
             w.text.find('-') == std::string_view::npos;
    });
    auto may_stand_for = [&](const ActorMention& m) {
      return name_holds(ClaimLexicon::lower(name_of(m)), src.span) || (bare && lex_.stands_for(head, m.kind));
    };
    for (std::size_t k = self; k-- > 0;) {
      const Claim& c = claims[k];
      if (!c.source.span.size() || c.source.resolved || c.source.kind != src.kind) continue;
      if (head_noun(c.source.span) == head) {
        src.name = c.source.name;
        src.actor = c.source.actor;
        src.resolved = true;
        return;
      }
    }
    if (!in_.actors) return;
    if (src.kind == "unnamed_person" && resolve_by_title(src, head)) return;
    if (src.kind == "named_organization" && bare && resolve_by_last_speaker(src, head, claims, self)) return;
    for (std::size_t a = first_actor_from(src.span.start); a-- > 0;) {
      const ActorMention& m = (*in_.actors)[a];
      if (m.span.end > src.span.start || m.span == src.span) continue;
      if (src.span.start - m.span.end > kDefiniteReach) break;
      const bool org = src.kind == "named_organization" && m.kind != "person" && m.kind != "descriptor";
      const bool same_head = m.kind == "descriptor" && src.kind.starts_with("unnamed") && head_noun(m.span) == head;
      if ((org && may_stand_for(m)) || same_head) {
        src.name = std::string(name_of(m));
        src.actor = a;
        src.resolved = true;
        return;
      }
    }
    // A story may open with "the company said" or "the port authority said"
    // and name it a sentence later: the next body, or the next whose name
    // holds the noun ("Port of Rotterdam Authority").
    if (src.kind != "named_organization") return;
    for (std::size_t a = first_actor_from(src.span.end + 1); a < in_.actors->size(); ++a) {
      const ActorMention& m = (*in_.actors)[a];
      if (m.span.start > src.span.end + 400) break;
      if (m.kind == "person" || m.kind == "descriptor") continue;
      if (!may_stand_for(m) || claims[self].content.contains(m.span)) continue;
      src.name = std::string(name_of(m));
      src.actor = a;
      src.resolved = true;
      return;
    }
  }

  ClaimSource source_of(const Draft& d, const std::vector<Claim>& claims) const {
    ClaimSource src;
    src.kind = "unknown";
    auto h = pick_head(d);
    if (!h) {
      src.span = trim(in_.text, *d.source_region);
      src.name = std::string(view(in_.text, src.span));
      return src;
    }
    src.span = h->span;
    src.name = std::string(view(in_.text, h->span));
    const std::size_t self = claims.size() - 1;
    if (!h->pronoun.empty()) {
      const bool gendered = h->pronoun == "m" || h->pronoun == "f";
      if (resolve_pronoun(src, h->pronoun, claims, self) && gendered && src.actor &&
          (*in_.actors)[*src.actor].kind == "person")
        pronoun_genders_.emplace((*in_.actors)[*src.actor].name, h->pronoun);
      return src;
    }
    if (h->actor) {
      const ActorMention& m = (*in_.actors)[*h->actor];
      src.actor = h->actor;
      src.kind = kind_of_np(h->span, m.kind);
      if (!m.name.empty()) {
        src.resolved = m.name != src.name;
        src.name = m.name;
      }
    } else {
      src.kind = h->name ? "named_person" : kind_of_np(h->span, "");
      // "Alemu said" after "Ethiopia's Tigist Alemu won": a surname alone,
      // its full name earlier in the story though no actor rule caught it;
      // also when it opens the sentence ("Lindahl, who was leading, said").
      if ((src.kind == "named_organization" || src.kind == "unknown") && words_in(in_.text, h->span).size() == 1)
        if (auto full = full_name_before(h->span)) {
          src.kind = "named_person";
          src.name = *full;
          src.resolved = true;
        }
    }
    if (!src.resolved && src.kind != "named_person") resolve_definite(src, claims, self);
    return src;
  }

  // The first "First Last" (up to three capitalised words, set off by single
  // spaces, no possessive, honorific or determiner among them) that ends in
  // the one word of surname, before it in the text.
  std::optional<std::string> full_name_before(Span surname) const {
    const std::string_view sur = view(in_.text, surname);
    const auto ws = words_in(in_.text, {0, surname.start});
    auto capital = [](std::string_view w) { return !w.empty() && (std::isupper(static_cast<unsigned char>(w[0])) || (w[0] & 0x80)); };
    auto part = [&](std::size_t k) {
      const std::string_view w = ws[k].text;
      return capital(w) && !w.ends_with("'s") && !w.ends_with("'") && !lex_.determiner(w) && lex_.gender(w).empty() &&
             in_.text.substr(ws[k].span.end, ws[k + 1].span.start - ws[k].span.end) == " ";
    };
    for (std::size_t i = 1; i < ws.size(); ++i) {
      if (ws[i].text != sur) continue;
      std::size_t first = i;
      while (first > 0 && i - first < 2 && part(first - 1)) --first;
      if (first == i) continue;
      return std::string(in_.text.substr(ws[first].span.start, ws[i].span.end - ws[first].span.start));
    }
    return std::nullopt;
  }

  void inherit_source(std::vector<Claim>& claims, std::size_t k) const {
    if (k == 0) return;
    claims[k].source = claims[k - 1].source;
    claims[k].source.span = {};
    claims[k].source.resolved = true;
  }

  // A quotation standing alone after a claim carries on that claim's speaker:
  // '"We have not given up," Dizon said. "Every hour counts."'
  // '"This is a tragedy. Nobody listened.' then '"Now four families are
  // grieving," said Ledum Mitee.': a paragraph that opens a quotation and
  // leaves it open begins the quotation that the next paragraph, opening
  // with a quotation mark again, attributes. The claim takes both, as it
  // does when the cue comes first.
  void join_open_paragraphs(std::vector<Claim>& claims) const {
    for (std::size_t u = 0; u + 1 < units_.size(); ++u) {
      const Span unit = trim(in_.text, units_[u]);
      const Span next = trim(in_.text, units_[u + 1]);
      if (!unit.size() || !next.size() || in_.text[unit.start] != '"' || in_.text[next.start] != '"') continue;
      if (std::count(in_.text.begin() + unit.start, in_.text.begin() + unit.end, '"') % 2 == 0) continue;
      if (std::any_of(claims.begin(), claims.end(), [&](const Claim& c) { return c.content.overlaps(unit); })) continue;
      for (Claim& c : claims)
        if (c.type == "direct" && c.content.start == next.start + 1) {
          c.content.start = unit.start + 1;
          c.whole.start = std::min(c.whole.start, unit.start);
          break;
        }
    }
  }

  void add_continuations(std::vector<Claim>& claims) const {
    std::vector<Claim> extra;
    std::size_t k = 0;
    for (std::size_t u = 0; u < units_.size(); ++u) {
      const Span unit = trim(in_.text, units_[u]);
      if (!unit.size() || in_.text[unit.start] != '"') continue;
      while (k < claims.size() && claims[k].content.end <= unit.start) ++k;
      const bool has_claim = k < claims.size() && claims[k].content.start < unit.end;
      if (has_claim || k == 0) continue;
      const Claim& prev = claims[k - 1];
      if (prev.type == "indirect" || unit_of(prev.content.end) + 2 < u) continue;
      Span content = unit;
      // A paragraph that opens a quotation and does not close it runs on into
      // the next one, which opens with a quotation mark again.
      while (u + 1 < units_.size() && std::count(in_.text.begin() + content.start, in_.text.begin() + content.end, '"') % 2 == 1 &&
             in_.text[trim(in_.text, units_[u + 1]).start] == '"')
        content.end = trim(in_.text, units_[++u]).end;
      Claim c;
      c.whole = content;
      c.content = content;
      c.rule = "claims/quote-continued";
      c.source = prev.source;
      c.source.span = {};
      c.source.resolved = true;
      finish_content(c);
      c.type = "direct";
      extra.push_back(std::move(c));
    }
    for (Claim& c : extra) claims.push_back(std::move(c));
    std::stable_sort(claims.begin(), claims.end(), [](const Claim& a, const Claim& b) { return a.content.start < b.content.start; });
  }

  // ---- anonymity and links ----

  void judge(Claim& c) const {
    c.anonymous = c.source.kind == "unnamed_person" || c.source.kind == "unnamed_group";
    if (!in_.markers) return;
    const std::size_t u = unit_of(c.cue ? c.cue->start : c.content.start);
    const Span here = units_.empty() ? c.whole : units_[u];
    const Span next = u + 1 < units_.size() ? units_[u + 1] : Span{here.end, here.end};
    bool hedged = false;
    const auto [first, last] = starting_in(*in_.markers, here.start, std::max(here.end, next.end));
    for (std::size_t m = first; m < last; ++m) {
      const AnonymityMarker& mk = (*in_.markers)[m];
      const bool in_here = here.contains(mk.span);
      const bool in_next = c.anonymous && next.contains(mk.span) && (mk.kind == "grant" || mk.kind == "reason");
      if (!in_here && !in_next) continue;
      c.markers.push_back(m);
      if (mk.kind == "reason" && !c.reason) c.reason = m;
      hedged = hedged || mk.kind == "hedge";
    }
    if (c.anonymous) {
      if (!c.reason) c.flags.push_back("no_stated_reason");
      const Span s = c.source.span.size() ? c.source.span : Span{};
      const auto ws = words_in(in_.text, s);
      if (!ws.empty() && ws.size() <= 2 && lex_.vague_noun(ws.back().text)) c.flags.push_back("vague_source");
    }
    if (hedged) c.flags.push_back("hedged");
  }

  void link(Claim& c) const {
    const auto inside = [&](const auto& mentions, std::vector<std::size_t>& ids) {
      const auto [first, last] = starting_in(mentions, c.content.start, c.content.end);
      for (std::size_t i = first; i < last; ++i)
        if (c.content.contains(mentions[i].span)) ids.push_back(i);
    };
    if (in_.dates) inside(*in_.dates, c.dates);
    if (in_.places) inside(*in_.places, c.places);
    if (in_.actors) c.actors = actors_in(c.content);
  }

  const RuleSet& rules_;
  const ClaimLexicon& lex_;
  const ClaimInput& in_;
  std::vector<Span> units_;
  const bool mentions_sorted_;  // markers, dates and places by start, as the pipeline gives them
  mutable std::optional<std::map<std::string, std::string>> genders_;
  // What the story's own pronouns have shown so far ("Moyo ... He added"),
  // for names no title or first name genders.
  mutable std::map<std::string, std::string> pronoun_genders_;
};

}  // namespace

std::vector<Claim> find_claims(const RuleSet& rules, const ClaimLexicon& lexicon, const ClaimInput& in) {
  return ClaimBuilder(rules, lexicon, in).run();
}

}  // namespace claimex
