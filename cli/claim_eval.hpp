// Scoring claims against gold: a found claim matches a gold one when their
// cues overlap (a quotation continued without a cue matches by content), one
// to one. Each attribute is then scored over the matched pairs.
#pragma once
#include <ostream>
#include <string>
#include <vector>

#include "cli/gold.hpp"
#include "cli/score.hpp"

namespace claimex::cli {

struct ClaimRow {
  std::string field;
  Tally tally;
};

// claims.cue (detection), .speaker (after resolution), .kind (source kind),
// .type, .content (overlapping content), .content_exact, .anonymous.
std::vector<ClaimRow> claim_rows(const std::vector<ClaimItem>& gold, const std::vector<ClaimItem>& found);

// Gold claims not found, found claims not in the gold, and matched claims
// with a wrong attribute, one line each.
void print_claim_misses(std::ostream& out, const std::vector<ClaimItem>& gold, const std::vector<ClaimItem>& found);

// How speakers compare: case, curly apostrophes and a leading article aside.
std::string speaker_key(std::string s);

}  // namespace claimex::cli
