#pragma once
#include <string>
#include <vector>

#include "cli/input.hpp"
#include "extract/offset_map.hpp"
#include "extract/pipeline.hpp"

namespace claimex::cli {

struct ExtractOptions {
  std::vector<std::string> paths;
  std::string output;  // empty: stdout
  std::string rules_dir;
  bool pretty = false;
  bool fail_fast = false;
  bool quiet = false;  // no progress line, no closing summary
  OffsetUnit unit = OffsetUnit::codepoint;
  unsigned jobs = 1;
  InputOptions input;
  Selection only;  // --only: the fields written (and what they need, run)
};

// Returns the exit code.
int run_extract(const ExtractOptions& options, const char* argv0);

}  // namespace claimex::cli
