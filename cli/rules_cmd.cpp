#include "cli/rules_cmd.hpp"

#include <iostream>

#include "cli/exit_codes.hpp"
#include "cli/rule_files.hpp"
#include "extract/normalise.hpp"
#include "extract/pipeline.hpp"

namespace claimex::cli {
namespace {

struct Loaded {
  std::string dir;
  LoadResult result;
  std::string fatal;
};

Loaded load(const std::string& flag, const char* argv0) {
  Loaded l;
  l.dir = locate_rules_dir(flag, argv0);
  std::vector<SourceFile> files;
  if (auto err = read_rule_files(l.dir, files)) l.fatal = *err;
  else l.result = load_rules(files, extractor_specs());
  return l;
}

}  // namespace

std::vector<Diagnostic> check_examples(const RuleSet& rules) {
  std::vector<Diagnostic> problems;
  for (const Rule& r : rules.rules()) {
    // Examples go through the same normalisation as articles, so a curly
    // quote in an example meets the straight one the pattern is written for.
    for (const Example& ex : r.match) {
      const std::string text = normalise(ex.text).text();
      const auto matches = find_all(r, text, 0, text.size());
      if (matches.empty()) {
        problems.push_back({r.file, ex.line, "rule '" + r.id + "' does not match \"" + ex.text + "\""});
        continue;
      }
      if (!ex.span) continue;
      const std::string want = normalise(*ex.span).text();
      bool found = false;
      std::string got;
      for (const auto& m : matches) {
        const std::string s = text.substr(m.start, m.end - m.start);
        found = found || s == want;
        got += (got.empty() ? "\"" : ", \"") + s + "\"";
      }
      if (!found)
        problems.push_back({r.file, ex.line, "rule '" + r.id + "' on \"" + ex.text + "\" emits " + got +
                                                 ", expected \"" + *ex.span + "\""});
    }
    for (const Example& ex : r.no_match) {
      const std::string text = normalise(ex.text).text();
      const auto matches = find_all(r, text, 0, text.size());
      if (!matches.empty())
        problems.push_back({r.file, ex.line, "rule '" + r.id + "' must not match \"" + ex.text + "\" but matches \"" +
                                                 text.substr(matches[0].start, matches[0].end - matches[0].start) + "\""});
    }
  }
  return problems;
}

int run_rules_check(const std::string& rules_dir, const char* argv0, std::ostream& out) {
  Loaded l = load(rules_dir, argv0);
  if (!l.fatal.empty()) {
    std::cerr << "claimex: " << l.fatal << "\n";
    return kExitUsage;
  }
  std::vector<Diagnostic> problems = l.result.errors;
  problems.insert(problems.end(), l.result.lint.begin(), l.result.lint.end());
  std::size_t rules = 0, examples = 0;
  if (l.result.rules) {
    const auto failures = check_examples(*l.result.rules);
    problems.insert(problems.end(), failures.begin(), failures.end());
    for (const Rule& r : l.result.rules->rules()) {
      ++rules;
      examples += r.match.size() + r.no_match.size();
    }
  }
  for (const auto& p : problems) out << l.dir << "/" << p.str() << "\n";
  out << "rules check: " << rules << " rules, " << examples << " examples, " << problems.size() << " problem"
      << (problems.size() == 1 ? "" : "s") << " in " << l.dir << "\n";
  return problems.empty() ? kExitOk : kExitFindings;
}

int run_rules_list(const std::string& rules_dir, const char* argv0, std::ostream& out) {
  Loaded l = load(rules_dir, argv0);
  if (!l.fatal.empty() || !l.result.rules) {
    if (!l.fatal.empty()) std::cerr << "claimex: " << l.fatal << "\n";
    for (const auto& d : l.result.errors) std::cerr << l.dir << "/" << d.str() << "\n";
    return kExitUsage;
  }
  for (const Rule& r : l.result.rules->rules()) {
    out << r.id;
    std::string attrs;
    for (const auto& [k, v] : r.attributes) attrs += (attrs.empty() ? "" : " ") + k + "=" + v;
    out << "\t" << attrs << "\t" << r.file << ":" << r.line << "\t" << r.match.size() << "+" << r.no_match.size()
        << " examples\n";
  }
  return kExitOk;
}

}  // namespace claimex::cli
