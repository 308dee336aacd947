// The claimex/1 JSON Lines contract (docs/schema.json), written directly
// rather than through a JSON DOM: output is a large share of the work.
#pragma once
#include <string>
#include <string_view>

#include "extract/offset_map.hpp"
#include "extract/pipeline.hpp"

namespace claimex {

inline constexpr std::string_view kSchema = "claimex/1";

// One record, no trailing newline. Offsets are mapped back to the original
// text and counted in unit.
std::string result_line(const Document& doc, const Analysis& analysis, const RuleSet& rules, OffsetUnit unit);

// {"schema","id","error":{"code","message"}}: a record that yields no result.
std::string error_line(std::string_view id, std::string_view code, std::string_view message);

// Appends s as a JSON string literal; invalid UTF-8 becomes U+FFFD.
void append_json_string(std::string& out, std::string_view s);

}  // namespace claimex
