// libFuzzer: the whole extraction of one article from arbitrary bytes, with
// and without an article date. Checks what must hold for every input: the
// output line is valid JSON, and every span lies inside the text, in order;
// the render report builds from it (on the utf8 line it is given) without
// throwing or reading outside the text.
#include <cstdint>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "cli/report_html.hpp"
#include "cli/rule_files.hpp"
#include "extract/emit.hpp"

using namespace claimex;

static const Pipeline& pipeline() {
  static const Pipeline p([] {
    std::vector<SourceFile> files;
    if (cli::read_rule_files(CLAIMEX_SOURCE_RULES, files)) throw std::runtime_error("rules unreadable");
    return load_rules(files, extractor_specs()).rules;
  }());
  return p;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  Document doc;
  doc.id = "fuzz";
  doc.text.assign(reinterpret_cast<const char*>(data) + 1, size - 1);
  if (data[0] & 1) doc.date_field = "2025-12-05";
  if (data[0] & 2) doc.date_fallback = CalendarDate{2024, 2, 29};
  const OffsetUnit unit = (data[0] & 12) == 4 ? OffsetUnit::utf8 : (data[0] & 12) == 8 ? OffsetUnit::utf16 : OffsetUnit::codepoint;
  const Analysis a = pipeline().analyse(doc);
  const auto j = nlohmann::json::parse(result_line(doc, a, pipeline().rules(), unit));  // throws if invalid
  long previous = -1;
  for (const auto& m : j["anonymity_markers"]) {
    const long s = m["start"], e = m["end"];
    if (s < previous || e <= s || static_cast<size_t>(e) > doc.text.size()) __builtin_trap();
    previous = s;
  }
  if (data[0] & 16) {
    std::vector<cli::ReportArticle> report{{doc.text, nlohmann::json::parse(result_line(doc, a, pipeline().rules(), OffsetUnit::utf8))}};
    if (cli::report_html(report, {}, "fuzz").find("</html>") == std::string::npos) __builtin_trap();
  }
  return 0;
}
