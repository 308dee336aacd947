#include "cli/score.hpp"

#include <map>

namespace claimex::cli {
namespace {

bool matches(const Item& a, const Item& b, SpanMatch how, bool with_label) {
  if (a.doc != b.doc || (with_label && a.label != b.label)) return false;
  if (how == SpanMatch::exact) return a.start == b.start && a.end == b.end;
  return a.start < b.end && b.start < a.end;
}

// Items grouped by document, so matching is quadratic per document only.
std::map<std::string, std::vector<const Item*>> by_doc(const std::vector<Item>& items) {
  std::map<std::string, std::vector<const Item*>> out;
  for (const Item& i : items) out[i.doc].push_back(&i);
  return out;
}

std::size_t count_matched(const std::vector<Item>& of, const std::vector<Item>& against, SpanMatch how,
                          bool with_label) {
  const auto index = by_doc(against);
  std::size_t n = 0;
  for (const Item& i : of) {
    auto it = index.find(i.doc);
    if (it == index.end()) continue;
    for (const Item* j : it->second)
      if (matches(i, *j, how, with_label)) {
        ++n;
        break;
      }
  }
  return n;
}

}  // namespace

Tally score(const std::vector<Item>& gold, const std::vector<Item>& predicted, SpanMatch how, bool with_label) {
  Tally t;
  t.gold = gold.size();
  t.predicted = predicted.size();
  t.matched_gold = count_matched(gold, predicted, how, with_label);
  t.matched_predicted = count_matched(predicted, gold, how, with_label);
  return t;
}

std::vector<Item> unmatched(const std::vector<Item>& of, const std::vector<Item>& against, SpanMatch how,
                            bool with_label) {
  const auto index = by_doc(against);
  std::vector<Item> out;
  for (const Item& i : of) {
    bool found = false;
    if (auto it = index.find(i.doc); it != index.end())
      for (const Item* j : it->second) found = found || matches(i, *j, how, with_label);
    if (!found) out.push_back(i);
  }
  return out;
}

}  // namespace claimex::cli
