// What changed between two claimex runs: records matched by id, elements of
// every extractor field matched by span. Generic over the output, so new
// extractors' fields are compared without touching this code.
#pragma once
#include <iosfwd>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace claimex::cli {

struct Change {
  enum class Kind { added, removed, changed };
  std::string doc;
  std::string field;      // "anonymity_markers", "dct", "error", "record", ...
  Kind kind;
  nlohmann::json before;  // null when added
  nlohmann::json after;   // null when removed
  std::string context;    // the surrounding text, when known
};

// The changes between two records with the same id (either may be null:
// a record only on one side).
std::vector<Change> diff_records(const std::string& id, const nlohmann::json& before, const nlohmann::json& after);

enum class DiffFormat { text, json, markdown };

struct DiffOptions {
  std::string old_path, new_path;        // two JSON Lines outputs, or:
  std::string rules_old, rules_new;      // two rule sets run over paths
  std::vector<std::string> paths;
  DiffFormat format = DiffFormat::text;
};

// Returns 0 when nothing changed, 1 when something did, 2 on errors.
int run_diff(const DiffOptions& options, std::ostream& out);

void print_changes(const std::vector<Change>& changes, DiffFormat format, std::ostream& out);

}  // namespace claimex::cli
