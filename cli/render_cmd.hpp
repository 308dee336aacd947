// claimex render: articles -> one self-contained HTML report (highlights,
// claims linked to their speakers, sourcing charts; an index of corpus-level
// charts when there are several articles).
#pragma once
#include <string>
#include <vector>

#include "cli/input.hpp"

namespace claimex::cli {

struct RenderOptions {
  std::vector<std::string> paths;  // as for extract: files, folders, - for stdin
  std::string output;              // empty: stdout
  std::string rules_dir;
  std::string title = "claimex report";
  std::size_t max_articles = 5000;  // a page people can still open
  // A saved `claimex extract` output to show instead of extracting again,
  // paired with the articles by id; results_unit is the unit its offsets
  // were written in (extract --offsets).
  std::string results;
  std::string results_unit = "codepoint";
  InputOptions input;
};

// Returns the exit code: 0, 2 (rules or output), 3 (some records were errors:
// they are shown as such in the report).
int run_render(const RenderOptions& options, const char* argv0);

}  // namespace claimex::cli
