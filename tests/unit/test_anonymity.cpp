#include <doctest/doctest.h>

#include "extract/noun_phrase.hpp"
#include "helpers.hpp"

using namespace claimex;

namespace {

// "kind:text | kind:text" for every marker, in text order.
std::string markers(const std::string& text) {
  Document doc{"t", text, std::nullopt, std::nullopt};
  const Analysis a = test::project_pipeline().analyse(doc);
  std::string out;
  for (const auto& m : a.markers)
    out += (out.empty() ? "" : " | ") + std::string(m.kind) + ":" + a.norm.text().substr(m.span.start, m.span.size());
  return out;
}

}  // namespace

TEST_CASE("grant, reason and unnamed source in one sentence") {
  CHECK(markers("Two Kenyan security officials, speaking on condition of anonymity because they were not "
                "authorized to brief reporters, said the convoy left.") ==
        "unnamed_source:Two Kenyan security officials | grant:speaking on condition of anonymity | reason:because they were not authorized to brief reporters");
}

TEST_CASE("each grant form") {
  CHECK(markers("A guard, who declined to be identified, opened the gate.") ==
        "unnamed_source:A guard | grant:who declined to be identified");
  CHECK(markers("The nurse asked not to be named.") == "grant:asked not to be named");
  CHECK(markers("The aide requested anonymity.") == "grant:requested anonymity");
  CHECK(markers("He spoke on background about the plan.") == "grant:on background");
}

TEST_CASE("each reason form") {
  CHECK(markers("She asked not to be named for fear of reprisal.") ==
        "grant:asked not to be named | reason:for fear of reprisal");
  CHECK(markers("They requested anonymity because of the sensitivity of the talks.") ==
        "grant:requested anonymity | reason:because of the sensitivity of the talks");
}

TEST_CASE("a reason stands only beside a grant or an unnamed source, or in the sentence after") {
  CHECK(markers("Crews were pulled back from the flank for their own safety.") == "");
  CHECK(markers("A senior official said the talks stalled. The official was not authorized to speak publicly.") ==
        "unnamed_source:A senior official | reason:was not authorized to speak publicly");
}

TEST_CASE("no comment and hedges") {
  CHECK(markers("The ministry did not respond to requests for comment. Its lawyer could not be reached.") ==
        "no_comment:did not respond to requests for comment | no_comment:could not be reached");
  CHECK(markers("The general reportedly fled and is believed to be in hiding, according to reports.") ==
        "hedge:reportedly | hedge:is believed to be | hedge:according to reports");
}

TEST_CASE("unnamed sources: plural, familiar-with, after the cue; not anaphora") {
  CHECK(markers("Residents said the water was brown.") == "unnamed_source:Residents");
  CHECK(markers("diplomats say the deal is close.") == "unnamed_source:diplomats");
  CHECK(markers("The plan stalled, according to a person familiar with the matter.") ==
        "unnamed_source:a person familiar with the matter");
  CHECK(markers("The officials said the plan stalled.") == "");
}

TEST_CASE("phrases inside quotation marks are the speaker's, not the story's") {
  CHECK(markers("\"I spoke on condition of anonymity,\" the colonel said.") == "");
  CHECK(markers("\xE2\x80\x9CNo comment,\xE2\x80\x9D she said, and declined to comment further.") ==
        "no_comment:declined to comment further");
}

TEST_CASE("overlapping rules keep one marker") {
  // grant-declined-identified and no-comment-declined both start at "declined".
  CHECK(markers("He declined to identify himself.") == "grant:declined to identify himself");
}

TEST_CASE("a noun phrase widens back over unknown modifiers only to a determiner") {
  const auto widen = [](std::string_view text, std::string_view head) {
    const std::size_t at = text.find(head);
    const Span s = widen_to_determiner(text, {at, at + head.size()});
    return std::string(text.substr(s.start, s.size()));
  };
  CHECK(widen("Two tuberculosis specialists warned.", "specialists") == "Two tuberculosis specialists");
  CHECK(widen("Then 1,840 young patients enrolled.", "patients") == "1,840 young patients");
  CHECK(widen("It said that tuberculosis specialists warned.", "specialists") == "specialists");
  // No function word, participle or plural between: those end a phrase.
  CHECK(widen("a point the judge made", "the judge") == "the judge");
  CHECK(widen("because many families buried relatives", "relatives") == "relatives");
  CHECK(widen("to 50, citing activists in the city", "activists") == "activists");
  CHECK(widen("a call between the two commanders", "the two commanders") == "the two commanders");
  // "a" opens no phrase with a plural head.
  CHECK(widen("in a move press freedom groups called", "press freedom groups") == "press freedom groups");
  CHECK(widen("in a move officials called", "officials") == "officials");
  CHECK(widen("met a flight attendant", "attendant") == "a flight attendant");
}
