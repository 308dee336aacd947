// Precision / recall / F1 over labelled spans: the arithmetic of claimex eval.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

namespace claimex::cli {

struct Item {
  std::string doc;
  std::size_t start = 0, end = 0;  // bytes of the original text
  std::string label;               // e.g. the marker kind, the date type
  std::string text;
  std::string value = {};          // a date's TIMEX3 value
};

struct Tally {
  std::size_t gold = 0, predicted = 0;
  std::size_t matched_gold = 0, matched_predicted = 0;  // equal for exact matching
  double precision() const { return predicted ? double(matched_predicted) / predicted : 1.0; }
  double recall() const { return gold ? double(matched_gold) / gold : 1.0; }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

enum class SpanMatch { exact, overlap };

// Exact: same document and span. Overlap: same document, spans intersect
// (the relaxed match of TempEval-3). with_label also requires equal labels.
Tally score(const std::vector<Item>& gold, const std::vector<Item>& predicted, SpanMatch how, bool with_label);

// The items of `of` that no item of `against` matches (for --misses).
std::vector<Item> unmatched(const std::vector<Item>& of, const std::vector<Item>& against, SpanMatch how,
                            bool with_label);

}  // namespace claimex::cli
