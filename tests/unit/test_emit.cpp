#include <doctest/doctest.h>

#include "extract/emit.hpp"
#include "helpers.hpp"

using namespace claimex;

namespace {
std::string line_for(const std::string& text, OffsetUnit unit) {
  const Document doc{"e", text, std::nullopt, std::nullopt};
  const auto& p = test::project_pipeline();
  return result_line(doc, p.analyse(doc), p.rules(), unit);
}
}  // namespace

TEST_CASE("JSON strings are escaped and always valid UTF-8") {
  std::string out;
  append_json_string(out, std::string("a\"b\\c\n\t\x01\x7F\xC3\xA9\xFF", 12));
  CHECK(out == "\"a\\\"b\\\\c\\n\\t\\u0001\\u007f\xC3\xA9\xEF\xBF\xBD\"");
  out.clear();
  append_json_string(out, std::string("nul\0here", 8));
  CHECK(out == "\"nul\\u0000here\"");
}

TEST_CASE("error records") {
  CHECK(error_line("in.jsonl:3", "bad_json", "unexpected end") ==
        R"({"schema":"claimex/1","id":"in.jsonl:3","error":{"code":"bad_json","message":"unexpected end"}})");
}

TEST_CASE("a result in each offset unit") {
  const std::string text = "\xF0\x9F\x98\x80 Officials said it Sunday in Paris.";  // 😀: 1 code point, 2 UTF-16 units, 4 bytes
  auto want = [](int shift) {
    auto at = [&](int s, int e) { return R"("start":)" + std::to_string(s + shift) + R"(,"end":)" + std::to_string(e + shift); };
    return R"({"schema":"claimex/1","id":"e","dct":null,"dct_source":"none","dates":[{"id":"d1",)" + at(20, 26) +
           R"(,"text":"Sunday","type":"DATE","value":"XXXX-WXX-7","mod":null,"rule":"dates/weekday"}],)" +
           R"("places":[{"id":"p1",)" + at(30, 35) +
           R"(,"text":"Paris","name":"Paris","kind":"city","country":"FR","geonames":2988507,"rule":"places/gazetteer/cities"}],)" +
           R"("actors":[{"id":"a1",)" + at(2, 11) +
           R"(,"text":"Officials","name":null,"kind":"descriptor","country":null,"rule":"actors/descriptor"}],)" +
           R"("claims":[{"id":"c1","start":0,"end":)" + std::to_string(36 + shift) +
           R"(,"text":")" + "\xF0\x9F\x98\x80" + R"( Officials said it Sunday in Paris.","type":"indirect","content":{)" + at(17, 35) +
           R"(,"text":"it Sunday in Paris"},"cue":{)" + at(12, 16) + R"(,"text":"said","lemma":"say","class":"speech"},)" +
           R"("source":{)" + at(2, 11) +
           R"(,"text":"Officials","name":"Officials","kind":"unnamed_group","actor":"a1","resolved":false},"anonymous":true,)" +
           R"("anonymity":{"markers":["m1"],"reason":null,"flags":["no_stated_reason"]},"dates":["d1"],"places":["p1"],)" +
           R"("actors":[],"rule":"claims/source-cue-content"}],)" +
           R"("summary":{"claims":1,"by_kind":{"unnamed_group":1},"anonymous":1,"share_anonymous":1.000,)" +
           R"("anonymous_sources":1,"leads_with_anonymous":true,"flags":{"no_stated_reason":1}},)" +
           R"("anonymity_markers":[{"id":"m1",)" + at(2, 11) +
           R"(,"text":"Officials","kind":"unnamed_source","rule":"anonymity/unnamed-plural"}],"warnings":[]})";
  };
  CHECK(line_for(text, OffsetUnit::codepoint) == want(0));
  CHECK(line_for(text, OffsetUnit::utf16) == want(1));
  CHECK(line_for(text, OffsetUnit::utf8) == want(3));
}

TEST_CASE("offsets past invalid bytes and folded quotes point into the original") {
  const std::string text = "\xE2\x80\x9C\xFF\xE2\x80\x9D Residents said so.";  // “<FF>” Residents said so.
  const std::string line = line_for(text, OffsetUnit::codepoint);
  CHECK(line.find(R"("start":4,"end":13,"text":"Residents")") != std::string::npos);
  CHECK(line.find(R"("warnings":[{"code":"invalid_utf8","message":"1 invalid UTF-8 byte(s) read as U+FFFD"}])") !=
        std::string::npos);
}

TEST_CASE("a batch analysed stage by stage equals each document analysed alone") {
  const Pipeline& p = test::project_pipeline();
  const std::vector<Document> docs = {
      {"a", "Mayor Lina Ortiz said Monday the water was safe. \"We tested it twice,\" she said.", std::string("2025-11-19"), std::nullopt},
      {"b", "", std::nullopt, std::nullopt},
      {"c", " date 2024-02-29 BEIRUT (AP) - A senior official, speaking on condition of anonymity, said talks stalled.", std::nullopt, std::nullopt},
      {"d", std::string("Bad \xFF bytes; officials said so on Oct. 19.", 41), std::nullopt, std::nullopt},
  };
  std::vector<const Document*> ptrs;
  for (const auto& d : docs) ptrs.push_back(&d);
  const std::vector<Analysis> batch = p.analyse_batch(ptrs);
  REQUIRE(batch.size() == docs.size());
  for (std::size_t i = 0; i < docs.size(); ++i)
    CHECK(result_line(docs[i], batch[i], p.rules(), OffsetUnit::codepoint) ==
          result_line(docs[i], p.analyse(docs[i]), p.rules(), OffsetUnit::codepoint));
  // And it found something: the claim and its resolved pronoun in the first.
  CHECK(batch[0].claims.size() == 2);
  CHECK(batch[0].claims[1].source.name == "Lina Ortiz");
  CHECK(batch[2].markers.size() >= 2);
}
