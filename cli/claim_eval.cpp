#include "cli/claim_eval.hpp"

#include <algorithm>
#include <cctype>
#include <optional>

namespace claimex::cli {

std::string speaker_key(std::string s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s.compare(i, 3, "\xE2\x80\x99") == 0) {  // U+2019
      out += '\'';
      i += 2;
      continue;
    }
    const char c = static_cast<char>(std::tolower(static_cast<unsigned char>(s[i])));
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += c;
  }
  for (const char* article : {"the ", "a ", "an "})
    if (out.starts_with(article)) return out.substr(std::string(article).size());
  return out;
}

namespace {

bool overlap(std::size_t s1, std::size_t e1, std::size_t s2, std::size_t e2) { return s1 < e2 && s2 < e1; }

bool same_claim(const ClaimItem& g, const ClaimItem& f) {
  if (g.doc != f.doc || g.cue.has_value() != f.cue.has_value()) return false;
  if (g.cue) return overlap(g.cue->first, g.cue->second, f.cue->first, f.cue->second);
  return overlap(g.content_start, g.content_end, f.content_start, f.content_end);
}

// For each gold claim, the found claim it is paired with.
std::vector<std::optional<std::size_t>> pair_up(const std::vector<ClaimItem>& gold, const std::vector<ClaimItem>& found) {
  std::vector<std::optional<std::size_t>> pairs(gold.size());
  std::vector<bool> used(found.size(), false);
  for (std::size_t g = 0; g < gold.size(); ++g)
    for (std::size_t f = 0; f < found.size(); ++f)
      if (!used[f] && same_claim(gold[g], found[f])) {
        pairs[g] = f;
        used[f] = true;
        break;
      }
  return pairs;
}

using Check = bool (*)(const ClaimItem&, const ClaimItem&);

struct Attribute {
  const char* field;
  Check agrees;
};

const Attribute kAttributes[] = {
    {"claims.cue", [](const ClaimItem&, const ClaimItem&) { return true; }},
    {"claims.speaker", [](const ClaimItem& g, const ClaimItem& f) { return speaker_key(g.speaker) == speaker_key(f.speaker); }},
    {"claims.kind", [](const ClaimItem& g, const ClaimItem& f) { return g.kind == f.kind; }},
    {"claims.type", [](const ClaimItem& g, const ClaimItem& f) { return g.type == f.type; }},
    {"claims.content", [](const ClaimItem& g, const ClaimItem& f) {
       return overlap(g.content_start, g.content_end, f.content_start, f.content_end);
     }},
    {"claims.content_exact", [](const ClaimItem& g, const ClaimItem& f) {
       return g.content_start == f.content_start && g.content_end == f.content_end;
     }},
    {"claims.anonymous", [](const ClaimItem& g, const ClaimItem& f) { return g.anonymous == f.anonymous; }},
};

std::string describe(const ClaimItem& c) {
  std::string content = c.content.size() > 70 ? c.content.substr(0, 67) + "..." : c.content;
  for (char& ch : content)
    if (ch == '\n') ch = ' ';
  return c.doc + "  " + (c.cue ? "'" + c.cue_text + "'" : std::string("(no cue)")) + "  " + c.speaker + " [" + c.kind +
         "] " + c.type + "  \"" + content + "\"";
}

}  // namespace

std::vector<ClaimRow> claim_rows(const std::vector<ClaimItem>& gold, const std::vector<ClaimItem>& found) {
  const auto pairs = pair_up(gold, found);
  std::vector<ClaimRow> rows;
  for (const Attribute& a : kAttributes) {
    Tally t;
    t.gold = gold.size();
    t.predicted = found.size();
    for (std::size_t g = 0; g < gold.size(); ++g)
      if (pairs[g] && a.agrees(gold[g], found[*pairs[g]])) ++t.matched_gold, ++t.matched_predicted;
    rows.push_back({a.field, t});
  }
  return rows;
}

void print_claim_misses(std::ostream& out, const std::vector<ClaimItem>& gold, const std::vector<ClaimItem>& found) {
  const auto pairs = pair_up(gold, found);
  std::vector<bool> used(found.size(), false);
  out << "\nclaims missed (no found claim with an overlapping cue):\n";
  for (std::size_t g = 0; g < gold.size(); ++g) {
    if (pairs[g]) used[*pairs[g]] = true;
    else out << "  " << describe(gold[g]) << "\n";
  }
  out << "claims false positives (found, not gold):\n";
  for (std::size_t f = 0; f < found.size(); ++f)
    if (!used[f]) out << "  " << describe(found[f]) << "\n";
  out << "claims found with a wrong attribute (gold, then found):\n";
  for (std::size_t g = 0; g < gold.size(); ++g) {
    if (!pairs[g]) continue;
    const ClaimItem& f = found[*pairs[g]];
    std::string wrong;
    for (const Attribute& a : kAttributes)
      if (std::string(a.field) != "claims.content_exact" && !a.agrees(gold[g], f)) wrong += std::string(" ") + (a.field + 7);
    if (wrong.empty()) continue;
    out << " " << wrong << "\n    " << describe(gold[g]) << "\n    " << describe(f) << "\n";
  }
}

}  // namespace claimex::cli
