// libFuzzer: the JSON Lines reader. Every line becomes exactly one record,
// good or bad, and nothing throws.
#include <cstdint>
#include <sstream>

#include "cli/input.hpp"

using namespace claimex::cli;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  InputOptions options;
  options.max_bytes = 256;  // small, so that the overflow path runs often
  std::string line;
  bool overflow = false;
  while (read_line(in, line, options.max_bytes, overflow)) {
    if (line.size() > options.max_bytes) __builtin_trap();
    const Record r = record_from_json_line(line, overflow, options);
    if (overflow && !r.error) __builtin_trap();  // a cut line is never read as a record
  }
  return 0;
}
