#include "extract/noun_phrase.hpp"

#include <algorithm>
#include <cctype>
#include <set>
#include <string>

namespace claimex {

namespace {

std::string lower(std::string_view w) {
  std::string out(w);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool determiner(std::string_view w) {
  static const std::set<std::string, std::less<>> words = {
      "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "several", "some", "many", "few", "dozens", "hundreds", "thousands", "both", "another"};
  if (words.count(lower(w))) return true;
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == ','; }) &&
         std::isdigit(static_cast<unsigned char>(w.front())) && std::isdigit(static_cast<unsigned char>(w.back()));
}

// A phrase that opens with its own article or possessive is whole already.
bool definite(std::string_view w) {
  static const std::set<std::string, std::less<>> words = {"the", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those"};
  return words.count(lower(w)) > 0;
}

bool function_word(std::string_view w) {
  static const std::set<std::string, std::less<>> function_words = {
      "the", "of", "to", "in", "for", "with", "from", "at", "on", "by", "as", "and", "or", "but", "that", "who",
      "which", "whose", "was", "were", "is", "are", "be", "been", "has", "have", "had", "said", "says", "told",
      "than", "its", "their", "his", "her", "our", "this", "these", "those", "not", "no", "also", "will", "would",
      "after", "before", "between", "during", "since", "until", "into", "over", "under", "about", "against", "among",
      "without", "within", "through", "across", "behind", "near", "while", "when", "where", "if", "so", "all"};
  return function_words.count(lower(w)) > 0;
}

// A word that can stand between a determiner and its noun: lower-case
// letters and hyphens ("tuberculosis", "long-haul"); no function word, no
// participle ("buried", "citing") and no plural ("families"), since a noun
// that modifies another is singular in English.
bool modifier(std::string_view w) {
  if (w.empty() || !std::all_of(w.begin(), w.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; })) return false;
  if (function_word(w) || w.ends_with("ed") || w.ends_with("ing")) return false;
  return !w.ends_with("s") || w.ends_with("ss") || w.ends_with("is") || w.ends_with("us");
}

// The word that ends right before position end (one space before it), or "".
std::string_view word_before(std::string_view text, std::size_t end) {
  if (end < 2 || text[end - 1] != ' ') return {};
  std::size_t start = end - 1;
  while (start > 0 && !std::isspace(static_cast<unsigned char>(text[start - 1]))) --start;
  return text.substr(start, end - 1 - start);
}

// "a" or "one" cannot open a phrase whose head is plural: "a move officials
// called" is no phrase, only "officials" is.
bool singular_only(std::string_view w) {
  const std::string l = lower(w);
  return l == "a" || l == "an" || l == "one" || l == "another";
}

bool plural_head(std::string_view np) {
  const std::string_view head = np.substr(np.rfind(' ') == std::string_view::npos ? 0 : np.rfind(' ') + 1);
  return head.size() > 2 && head.ends_with('s') && !head.ends_with("ss") && !head.ends_with("us") && !head.ends_with("is");
}

}  // namespace

std::string_view role_of_title(std::string_view title) {
  std::size_t keep = 0, at = 0, prev_start = std::string_view::npos;
  while (at < title.size()) {
    std::size_t end = title.find(' ', at);
    if (end == std::string_view::npos) end = title.size();
    const std::string_view w = title.substr(at, end - at);
    // "Secretary of State", "Mines and Energy Minister": "of", "for" and
    // "and" join capitalised title words; any other function word ends a clause.
    const bool joins = (w == "of" || w == "for" || w == "and") && prev_start != std::string_view::npos &&
                       std::isupper(static_cast<unsigned char>(title[prev_start]));
    if (function_word(w) && !joins) keep = end + 1;
    prev_start = at;
    at = end + 1;
  }
  return keep >= title.size() ? std::string_view{} : title.substr(keep);
}

Span widen_to_determiner(std::string_view text, Span np) {
  const std::size_t first_end = np.start + std::min(np.size(), text.substr(np.start, np.size()).find(' '));
  const std::string_view first = text.substr(np.start, first_end - np.start);
  if (determiner(first) || definite(first)) return np;
  std::size_t start = np.start;
  for (int words = 0; words < 3; ++words) {
    const std::string_view w = word_before(text, start);
    if (w.empty()) return np;
    const std::size_t w_start = start - 1 - w.size();
    if (determiner(w)) {
      const bool agrees = !(singular_only(w) && plural_head(text.substr(np.start, np.size())));
      return words == 0 || !agrees ? np : Span{w_start, np.end};
    }
    if (!modifier(w)) return np;
    start = w_start;
  }
  return np;
}

}  // namespace claimex
