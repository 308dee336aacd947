// CaptureSplitter must read every group exactly as RE2 does: find_all with
// the splitter and with RE2 alone must agree on every rule, on the rules'
// own examples and on every corpus article.
#include <filesystem>
#include <fstream>
#include <sstream>

#include "extract/capture_splitter.hpp"
#include "extract/normalise.hpp"
#include "extract/rules.hpp"
#include "extract/segment.hpp"
#include "helpers.hpp"

namespace claimex {
namespace {

std::string describe(const std::vector<RuleMatch>& ms) {
  std::ostringstream o;
  for (const auto& m : ms) {
    o << "[" << m.start << "," << m.end << " whole " << m.whole_start << "," << m.whole_end;
    for (const auto& c : m.captures) o << " g" << c.name << "=" << c.start << "," << c.end;
    o << "]";
  }
  return o.str();
}

// Both engines over text[from, to); the description of the first difference.
std::string disagreement(const Rule& rule, std::string_view text, std::size_t from, std::size_t to) {
  const std::string fast = describe(find_all(rule, text, from, to, CaptureEngine::fastest));
  const std::string reference = describe(find_all(rule, text, from, to, CaptureEngine::re2));
  if (fast == reference) return {};
  return rule.id + " on \"" + std::string(text.substr(from, to - from)) + "\": " + fast + " vs RE2 " + reference;
}

std::string read(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("CaptureSplitter reads groups as RE2 does, and declines what it cannot say") {
  const std::string pattern = R"(\b(?P<who>[A-Z]\pL+) (?P<cue>said|told)(?: (?P<whom>reporters))?\b)";
  auto splitter = CaptureSplitter::compile(pattern, 4);
  REQUIRE(splitter);
  const std::string text = "Yesterday Castell told reporters so.";
  re2::StringPiece g[4];
  REQUIRE(splitter->split(text, 10, text.size(), 32, g, 4));
  CHECK(std::string(g[0]) == "Castell told reporters");
  CHECK(std::string(g[1]) == "Castell");
  CHECK(std::string(g[2]) == "told");
  CHECK(std::string(g[3]) == "reporters");
  // Its whole match must be the one RE2 found, else it says nothing.
  CHECK_FALSE(splitter->split(text, 10, text.size(), 22, g, 4));
  // No match where RE2 claimed one: declined, not invented.
  CHECK_FALSE(splitter->split(text, 0, text.size(), 22, g, 4));
  // An unset optional group is null, as RE2 leaves it.
  const std::string plain = "Castell said so.";
  REQUIRE(splitter->split(plain, 0, plain.size(), 12, g, 4));
  CHECK(g[3].data() == nullptr);
  // The group count must be the pattern's.
  CHECK_FALSE(CaptureSplitter::compile(pattern, 3));
  // Beyond PCRE2's compiled-size limit: no splitter, RE2 does the work.
  std::string huge = "(?P<w>";
  for (int i = 0; i < 20000; ++i) huge += (i ? "|w" : "w") + std::to_string(i) + "x";
  CHECK_FALSE(CaptureSplitter::compile(huge + ")", 2));
}

TEST_CASE("the costly project rules have a splitter") {
  const auto rules = test::project_rules();
  for (const char* id : {"claims/source-cue-content", "actors/descriptor", "actors/descriptor-one", "actors/person-titled", "dates/weekday"}) {
    INFO(id);
    REQUIRE(rules->find(id));
    CHECK(rules->find(id)->splitter() != nullptr);
  }
}

TEST_CASE("on invalid UTF-8 the splitter answers as RE2 does or leaves it to RE2") {
  const auto rules = test::project_rules();
  const std::string broken =
      "Police Chief Ana Ruiz said \xC3( the port was closed \xFF\xFE on Sunday, \xE2\x80 officials told reporters.";
  for (const auto& r : rules->rules())
    if (r.splitter()) CHECK_MESSAGE(disagreement(r, broken, 0, broken.size()).empty(), r.id);
}

TEST_CASE("find_all with the splitter equals RE2 on every rule's examples and on the corpus") {
  const auto rules = test::project_rules();
  const Segmenter segmenter(*rules);
  std::vector<std::string> texts;
  for (const auto& r : rules->rules()) {
    for (const auto& e : r.match) texts.push_back(e.text);
    for (const auto& e : r.no_match) texts.push_back(e.text);
  }
  for (const char* split : {"corpus/dev", "corpus/test"})
    for (const auto& f : std::filesystem::directory_iterator(std::filesystem::path(CLAIMEX_SOURCE_DIR) / split))
      if (f.path().extension() == ".txt") texts.push_back(read(f.path()));
  REQUIRE(texts.size() > 600);
  std::size_t compared = 0;
  for (const std::string& raw : texts) {
    const auto norm = normalise(raw);
    const std::string_view text = norm.text();
    const auto seg = segmenter.segment(text, 0);
    for (const auto& r : rules->rules()) {
      if (!r.splitter()) continue;
      // As match_group sees it: the article as context, a sentence searched;
      // and as claims see it: the sentence alone.
      for (const auto& s : seg.sentences) {
        const std::string a = disagreement(r, text, s.span.start, s.span.end);
        const std::string_view alone = text.substr(s.span.start, s.span.size());
        const std::string b = disagreement(r, alone, 0, alone.size());
        if (!a.empty() || !b.empty()) FAIL_CHECK(std::string(a + b));
        compared += 2;
      }
    }
  }
  CHECK(compared > 100000);
}

}  // namespace claimex
