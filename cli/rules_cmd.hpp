#pragma once
#include <iosfwd>
#include <string>
#include <vector>

#include "extract/rules.hpp"

namespace claimex::cli {

// Loads the rules, runs every rule's examples and lints. Prints each problem
// as file:line: message, then a summary line; returns the exit code.
int run_rules_check(const std::string& rules_dir, const char* argv0, std::ostream& out);

// One line per rule: id, kind-like attributes, file:line, example counts.
int run_rules_list(const std::string& rules_dir, const char* argv0, std::ostream& out);

// The example failures of one loaded rule set (library-only; tested directly).
std::vector<Diagnostic> check_examples(const RuleSet& rules);

}  // namespace claimex::cli
