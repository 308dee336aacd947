// claimex explain: every rule that fired on a text, where, with its captures,
// and what became of the hit (kept, inside a quotation, lost to an overlap).
#pragma once
#include <iosfwd>
#include <string>

#include "extract/pipeline.hpp"

namespace claimex::cli {

struct ExplainOptions {
  std::string input;  // a path to an article, "-" for stdin, or the text itself
  std::string rules_dir;
  std::string color = "auto";  // auto | always | never
};

int run_explain(const ExplainOptions& options, const char* argv0, std::ostream& out);

// The report for one document (tested directly).
std::string explain(const Pipeline& pipeline, const Document& doc, bool color);

}  // namespace claimex::cli
