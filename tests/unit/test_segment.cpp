#include <doctest/doctest.h>

#include "extract/segment.hpp"
#include "helpers.hpp"

using namespace claimex;

namespace {
std::vector<std::string> sentences(const std::string& text) {
  const Segmenter seg(*test::project_rules());
  std::vector<std::string> out;
  for (const auto& s : seg.segment(text, 0).sentences) out.push_back(text.substr(s.span.start, s.span.size()));
  return out;
}
using V = std::vector<std::string>;
}  // namespace

TEST_CASE("news abbreviations do not end sentences") {
  CHECK(sentences("U.S. Army officials said the base was hit. Nobody was hurt.") ==
        V{"U.S. Army officials said the base was hit.", "Nobody was hurt."});
  CHECK(sentences("Lt. Col. Ana Ruiz said so. Then she left.") == V{"Lt. Col. Ana Ruiz said so.", "Then she left."});
  CHECK(sentences("The blast came at 3 a.m. Sunday, police said. It shook the town.") ==
        V{"The blast came at 3 a.m. Sunday, police said.", "It shook the town."});
  CHECK(sentences("The vote is on Oct. 19 in the capital. Sen. Mark Ito and Gov. Lisa Park disagree.") ==
        V{"The vote is on Oct. 19 in the capital.", "Sen. Mark Ito and Gov. Lisa Park disagree."});
  CHECK(sentences("She was ranked No. 2 in the world. Acme Inc. said it would appeal.") ==
        V{"She was ranked No. 2 in the world.", "Acme Inc. said it would appeal."});
  CHECK(sentences("He met John F. Kerr in Paris. They talked.") == V{"He met John F. Kerr in Paris.", "They talked."});
}

TEST_CASE("abbreviations that can end a sentence still do") {
  CHECK(sentences("The fire started at 3 a.m. The crew arrived later.") ==
        V{"The fire started at 3 a.m.", "The crew arrived later."});
  CHECK(sentences("He moved to the U.S. The family followed.") == V{"He moved to the U.S.", "The family followed."});
  CHECK(sentences("No. The answer was no.") == V{"No.", "The answer was no."});
}

TEST_CASE("a quoted question followed by a lowercase cue stays one sentence") {
  CHECK(sentences("\"Why now?\" she asked. Nobody answered.") == V{"\"Why now?\" she asked.", "Nobody answered."});
}

TEST_CASE("paragraphs: blank lines separate, soft line wraps do not") {
  const Segmenter seg(*test::project_rules());
  const std::string text = "First line of one\nparagraph here.\n\nSecond paragraph.\n\n\n";
  const auto s = seg.segment(text, 0);
  REQUIRE(s.paragraphs.size() == 2);
  CHECK(text.substr(s.paragraphs[0].start, s.paragraphs[0].size()) == "First line of one\nparagraph here.");
  CHECK(s.sentences.size() == 2);
  CHECK(s.sentences[1].paragraph == 1);
}

TEST_CASE("paragraphs: without blank lines each line is one") {
  const Segmenter seg(*test::project_rules());
  const auto s = seg.segment("One.\nTwo.\nThree.\n\n", 0);
  CHECK(s.paragraphs.size() == 3);
}

TEST_CASE("quote regions pair marks per paragraph; an open one runs to the end") {
  const Segmenter seg(*test::project_rules());
  const std::string text = "\"A,\" he said, \"B.\"\n\n\"Open quote continues\n\nNext.";
  const auto s = seg.segment(text, 0);
  REQUIRE(s.quotes.size() == 3);
  CHECK(text.substr(s.quotes[0].start, s.quotes[0].size()) == "\"A,\"");
  CHECK(text.substr(s.quotes[1].start, s.quotes[1].size()) == "\"B.\"");
  CHECK(text.substr(s.quotes[2].start, s.quotes[2].size()) == "\"Open quote continues");
}

TEST_CASE("segmentation starts at the body") {
  const Segmenter seg(*test::project_rules());
  const std::string text = " date 2025-12-05 Body sentence. Another.";
  const auto s = seg.segment(text, 17);
  REQUIRE(s.sentences.size() == 2);
  CHECK(s.sentences[0].span.start == 17);
}
