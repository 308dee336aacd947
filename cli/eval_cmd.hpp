#pragma once
#include <iosfwd>
#include <map>
#include <string>

namespace claimex::cli {

struct EvalOptions {
  std::string gold;       // folder or file of articles with gold beside them
  std::string rules_dir;
  bool json = false;
  bool misses = false;
  std::map<std::string, double> minimum;  // field -> F1 it must reach
};

// Prints the scores; returns 0, 1 when a --min threshold is not met, 2 on errors.
int run_eval(const EvalOptions& options, const char* argv0, std::ostream& out);

}  // namespace claimex::cli
