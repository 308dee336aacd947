// The gold annotation of corpus articles (format: corpus/README.md).
#pragma once
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "cli/score.hpp"
#include "extract/pipeline.hpp"

namespace claimex::cli {

// A claim as the gold or claimex gives it, in bytes of the original text.
struct ClaimItem {
  std::string doc;
  std::optional<std::pair<std::size_t, std::size_t>> cue;  // none: a quotation continued
  std::size_t content_start = 0, content_end = 0;
  std::string cue_text, speaker, kind, type, content;
  bool anonymous = false;
};

struct GoldArticle {
  Document doc;
  std::string gold_file;
  std::vector<Item> anonymity_markers;  // located in doc.text, in bytes
  std::vector<Item> dates;              // label: type; value: TIMEX3 value
  std::vector<Item> places;             // label: country ("" for none); value: kind
  std::vector<Item> actors;             // label: kind; value: a person's canonical name
  std::vector<ClaimItem> claims;
  // The fields this gold annotates; claimex's output for the others is not scored.
  std::set<std::string> fields;
};

// Every article under path (a folder, a .txt or a .jsonl file) with its gold.
// Returns "file: message" on the first problem: an article without gold, a
// gold text that is not in its article, an unknown gold field.
std::optional<std::string> load_gold(const std::string& path, std::vector<GoldArticle>& out);

}  // namespace claimex::cli
