#include "extract/segment.hpp"

#include <algorithm>
#include <memory>

#include <unicode/brkiter.h>
#include <unicode/utext.h>

namespace claimex {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

Span trim(std::string_view text, Span s) {
  while (s.start < s.end && is_space(text[s.start])) ++s.start;
  while (s.end > s.start && is_space(text[s.end - 1])) --s.end;
  return s;
}

std::string_view strip_leading(std::string_view t) {
  while (!t.empty() && (t[0] == '"' || t[0] == '\'' || t[0] == '(' || t[0] == '[')) t.remove_prefix(1);
  return t;
}

std::string_view strip_trailing(std::string_view t) {
  while (!t.empty() && std::string_view(",.;:!?)\"'").find(t.back()) != std::string_view::npos) t.remove_suffix(1);
  return t;
}

// "U.S.", "D.C.": letters each followed by a period.
bool is_dotted_initialism(std::string_view t) {
  if (t.size() < 4 || t.size() % 2) return false;
  for (std::size_t i = 0; i < t.size(); i += 2)
    if (!(is_upper(t[i]) || is_lower(t[i])) || t[i + 1] != '.') return false;
  return true;
}

const icu::BreakIterator* sentence_prototype() {
  static const std::unique_ptr<icu::BreakIterator> proto = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> bi(icu::BreakIterator::createSentenceInstance(icu::Locale::getUS(), status));
    return U_SUCCESS(status) ? std::move(bi) : nullptr;
  }();
  return proto.get();
}

void load_words(const RuleSet& rules, std::string_view path, std::set<std::string, std::less<>>& out) {
  if (const Table* t = rules.table(path))
    if (auto c = t->column("word"))
      for (const auto& row : t->rows) out.insert(row[*c]);
}

}  // namespace

Segmenter::Segmenter(const RuleSet& rules) {
  if (const Table* t = rules.table("segment/abbreviations.tsv")) {
    const auto a = t->column("abbreviation");
    const auto j = t->column("join");
    if (a && j)
      for (const auto& row : t->rows) {
        const std::string& when = row[*j];
        const JoinWhen w = when == "before_number"           ? JoinWhen::before_number
                           : when == "before_lowercase"      ? JoinWhen::before_lowercase
                           : when == "unless_sentence_start" ? JoinWhen::unless_sentence_start
                                                             : JoinWhen::always;
        abbreviations_.emplace(row[*a], w);
      }
  }
  load_words(rules, "segment/sentence_starters.tsv", starters_);
  load_words(rules, "segment/continuations.tsv", continuations_);
}

bool Segmenter::joins(std::string_view before, std::string_view after) const {
  after = strip_leading(after);
  if (after.empty()) return false;
  // News sentences do not start in lowercase: `"Why?" she asked.`
  if (is_lower(after[0])) return true;
  before = strip_leading(before);
  if (before.empty() || before.back() != '.') return false;
  const std::string_view word = strip_trailing(after);
  JoinWhen when;
  if (auto it = abbreviations_.find(before); it != abbreviations_.end()) when = it->second;
  else if (before.size() == 2 && is_upper(before[0])) when = JoinWhen::always;  // an initial: "John F. Kerr"
  else if (is_dotted_initialism(before)) when = JoinWhen::unless_sentence_start;
  else return false;
  switch (when) {
    case JoinWhen::always: return true;
    case JoinWhen::before_number: return is_digit(after[0]);
    case JoinWhen::before_lowercase: return is_digit(after[0]) || continuations_.count(word) > 0;
    case JoinWhen::unless_sentence_start: return starters_.count(word) == 0;
  }
  return false;
}

std::vector<Span> Segmenter::sentences_of(std::string_view text, Span para) const {
  std::vector<Span> raw;
  const icu::BreakIterator* proto = sentence_prototype();
  if (proto) {
    thread_local std::unique_ptr<icu::BreakIterator> bi;
    if (!bi) bi.reset(proto->clone());
    // ICU ends a sentence at every line break; a paragraph's inner line breaks
    // are soft wraps, so it sees them as spaces (same length, same offsets).
    std::string_view view = text.substr(para.start, para.size());
    std::string unwrapped;
    if (view.find('\n') != std::string_view::npos) {
      unwrapped.assign(view);
      for (char& c : unwrapped)
        if (c == '\n') c = ' ';
      view = unwrapped;
    }
    UErrorCode status = U_ZERO_ERROR;
    UText* ut = utext_openUTF8(nullptr, view.data(), static_cast<int64_t>(view.size()), &status);
    if (U_SUCCESS(status)) {
      bi->setText(ut, status);
      int32_t prev = bi->first();
      for (int32_t b = bi->next(); b != icu::BreakIterator::DONE; prev = b, b = bi->next())
        raw.push_back({para.start + prev, para.start + static_cast<std::size_t>(b)});
      bi->setText(icu::UnicodeString());  // drop the pointer into text before closing
    }
    utext_close(ut);
  }
  if (raw.empty()) raw.push_back(para);

  std::vector<Span> out;
  for (Span s : raw) {
    s = trim(text, s);
    if (s.start == s.end) continue;
    if (!out.empty()) {
      const Span& prev = out.back();
      const std::string_view ptext = text.substr(prev.start, prev.size());
      const auto last_space = ptext.find_last_of(" \t\n");
      const std::string_view before = last_space == ptext.npos ? ptext : ptext.substr(last_space + 1);
      const std::string_view stext = text.substr(s.start, s.size());
      const std::string_view after = stext.substr(0, stext.find_first_of(" \t\n"));
      if (joins(before, after)) {
        out.back().end = s.end;
        continue;
      }
    }
    out.push_back(s);
  }
  return out;
}

Segmentation Segmenter::segment(std::string_view text, std::size_t body_start) const {
  Segmentation seg;
  // Blank lines separate paragraphs; a text without any has one per line.
  bool has_blank_line = false;
  bool seen_text = false;
  std::vector<Span> lines;
  for (std::size_t pos = body_start; pos < text.size();) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    const Span line = trim(text, {pos, nl});
    if (line.start == line.end) {
      lines.push_back({nl, nl});  // marks a break
    } else {
      // Only a blank line between two non-blank ones separates paragraphs.
      if (seen_text && lines.back().start == lines.back().end) has_blank_line = true;
      seen_text = true;
      lines.push_back(line);
    }
    pos = nl + 1;
  }
  Span current{0, 0};
  bool open = false;
  auto close = [&] {
    if (open) seg.paragraphs.push_back(current);
    open = false;
  };
  for (const Span& l : lines) {
    if (l.start == l.end) { close(); continue; }
    if (!has_blank_line) close();
    if (open) current.end = l.end;
    else { current = l; open = true; }
  }
  close();

  for (std::size_t p = 0; p < seg.paragraphs.size(); ++p) {
    const Span para = seg.paragraphs[p];
    for (const Span& s : sentences_of(text, para)) seg.sentences.push_back({s, p});
    // Quote marks pair up inside a paragraph; one left open runs to its end,
    // as a quotation continued in the next paragraph does.
    std::size_t open_at = std::string_view::npos;
    for (std::size_t i = para.start; i < para.end; ++i) {
      if (text[i] != '"') continue;
      if (open_at == std::string_view::npos) open_at = i;
      else { seg.quotes.push_back({open_at, i + 1}); open_at = std::string_view::npos; }
    }
    if (open_at != std::string_view::npos) seg.quotes.push_back({open_at, para.end});
  }
  return seg;
}

bool Segmentation::quoted(const Span& s) const {
  // quotes do not overlap: only the last one starting at or before s can hold it
  auto it = std::upper_bound(quotes.begin(), quotes.end(), s.start, [](std::size_t pos, const Span& q) { return pos < q.start; });
  return it != quotes.begin() && std::prev(it)->contains(s);
}

}  // namespace claimex
