// Finding and reading the rules directory: the CLI's half of rule loading.
#pragma once
#include <optional>
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

}  // namespace claimex::cli
