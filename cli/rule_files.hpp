// Finding and reading the rules directory: the CLI's half of rule loading.
#pragma once
#include <iosfwd>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "extract/rules.hpp"

namespace claimex::cli {

// --rules, else $CLAIMEX_RULES, else the installed copy beside the binary
// (../share/claimex/rules), else the source tree the binary was built from.
std::string locate_rules_dir(const std::string& flag, const char* argv0);

// Every .toml and .tsv file under dir, sorted, with paths relative to dir.
// Returns an error message instead when dir cannot be read.
std::optional<std::string> read_rule_files(const std::string& dir, std::vector<SourceFile>& out);

// Reads and compiles every extractor's rules from dir. On failure prints each
// problem as dir/file:line: message on err and returns null. With
// compile_only, only those extractors' rules are compiled (extract --only).
std::shared_ptr<const RuleSet> load_rule_dir(const std::string& dir, std::ostream& err,
                                             const std::set<std::string>* compile_only = nullptr);

}  // namespace claimex::cli
