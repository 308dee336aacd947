// libFuzzer: the rule loader. Arbitrary bytes as a rule file beside the
// project's tables: loading never crashes, and a rule set that loads can run
// its examples.
#include <cstdint>

#include "cli/rules_cmd.hpp"
#include "extract/pipeline.hpp"

using namespace claimex;

// The input is read as a rule file of each extractor in turn: date rules also
// exercise the value templates and the resolver.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  for (const char* folder : {"anonymity", "dates", "actors"}) {
    std::vector<SourceFile> files = {
        {"segment/words.tsv", "word\tnote\nU.S.\tx\n"},
        {"dates/months.tsv", "name\tmonth\nOct\t10\n"},
        {std::string(folder) + "/fuzz.toml", std::string(reinterpret_cast<const char*>(data), size)},
    };
    const LoadResult r = load_rules(files, extractor_specs());
    if (r.rules) {
      (void)cli::check_examples(*r.rules);
      const Pipeline p(r.rules);
      (void)p.analyse({"x", "Officials said, on condition of anonymity, that it was over.", std::nullopt, std::nullopt});
      (void)p.analyse({"x", "Police said Sunday at 3 a.m., Oct. 19, 2025, that 2 hours, 9 minutes passed.",
                       std::string("2024-02-29"), std::nullopt});
    } else if (r.errors.empty()) {
      __builtin_trap();  // no rule set must mean a reason
    }
  }
  return 0;
}
