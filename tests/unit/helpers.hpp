// Shared by the unit tests: the project's real rules, loaded once.
#pragma once
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "cli/rule_files.hpp"
#include "extract/pipeline.hpp"

namespace claimex::test {

inline std::shared_ptr<const RuleSet> project_rules() {
  static const std::shared_ptr<const RuleSet> rules = [] {
    std::vector<SourceFile> files;
    if (auto err = cli::read_rule_files(CLAIMEX_SOURCE_RULES, files)) throw std::runtime_error(*err);
    LoadResult r = load_rules(files, extractor_specs());
    if (!r.rules) throw std::runtime_error("project rules fail to load: " + r.errors.at(0).str());
    return r.rules;
  }();
  return rules;
}

inline const Pipeline& project_pipeline() {
  static const Pipeline p(project_rules());
  return p;
}

}  // namespace claimex::test

// Failed CHECKs on lists of strings print the lists.
namespace doctest {
template <>
struct StringMaker<std::vector<std::string>> {
  static String convert(const std::vector<std::string>& v) {
    std::string s = "{";
    for (const auto& e : v) s += (s.size() > 1 ? ", \"" : "\"") + e + "\"";
    return (s + "}").c_str();
  }
};
}  // namespace doctest
