#include <doctest/doctest.h>

#include "cli/rule_files.hpp"
#include "helpers.hpp"
#include "cli/rules_cmd.hpp"
#include "extract/matcher.hpp"
#include "extract/pipeline.hpp"
#include "extract/rules.hpp"

using namespace claimex;

namespace {

const std::vector<ExtractorSpec> kSpecs = {{"demo", {{"kind", true, {"a", "b"}}}}};

LoadResult load(std::vector<SourceFile> files) { return load_rules(files, kSpecs); }

std::string first_error(const LoadResult& r) { return r.errors.empty() ? "" : r.errors[0].str(); }

const char* kGood = R"(
[macros]
weekday = '''(?i:monday|tuesday)'''
on_day = '''on {weekday}'''

[[rule]]
id = "demo/on-day"
kind = "a"
pattern = '''\b{on_day}\b'''
match = ["met on Monday", { text = "on tuesday it rained", span = "on tuesday" }]
no_match = ["online"]

[[rule]]
id = "demo/said-day"
kind = "b"
priority = 5
pattern = '''(?P<veto>never )?said (?P<span>{weekday})'''
match = [{ text = "he said Monday", span = "Monday" }]
no_match = ["he never said Monday"]
)";

}  // namespace

TEST_CASE("a good rule file loads, expands nested macros and compiles") {
  const auto r = load({{"demo/rules.toml", kGood}});
  REQUIRE(r.errors.empty());
  REQUIRE(r.rules);
  CHECK(r.lint.empty());
  const Rule* rule = r.rules->find("demo/on-day");
  REQUIRE(rule);
  CHECK(rule->expanded == R"(\b(?:on (?:(?i:monday|tuesday)))\b)");
  CHECK(rule->attributes.at("kind") == "a");
  CHECK(rule->line == 7);
  CHECK(r.rules->find("demo/said-day")->priority == 5);
  CHECK(r.rules->group("demo")->rules.size() == 2);
  CHECK(cli::check_examples(*r.rules).empty());
}

TEST_CASE("find_all returns span groups and drops vetoed matches") {
  const auto r = load({{"demo/rules.toml", kGood}});
  REQUIRE(r.rules);
  const Rule& said = *r.rules->find("demo/said-day");
  const std::string text = "She said Tuesday; he never said Monday; they said monday.";
  const auto m = find_all(said, text, 0, text.size());
  REQUIRE(m.size() == 2);
  CHECK(text.substr(m[0].start, m[0].end - m[0].start) == "Tuesday");
  CHECK(text.substr(m[1].start, m[1].end - m[1].start) == "monday");
}

TEST_CASE("table macros become longest-first alternations") {
  const auto r = load({{"demo/words.tsv", "# comment\nword\tnote\nU.S.\tx\nUS\ty\n"},
                       {"demo/rules.toml", R"(
[macros.country]
table = "demo/words.tsv"
column = "word"

[[rule]]
id = "demo/country"
kind = "a"
pattern = '''{country} troops'''
match = [{ text = "U.S. troops", span = "U.S. troops" }]
)"}});
  REQUIRE(r.errors.empty());
  CHECK(r.rules->find("demo/country")->expanded == R"((?:(?:U\.S\.|US)) troops)");
  CHECK(r.rules->table("demo/words.tsv")->rows.size() == 2);
}

TEST_CASE("a one-class macro lends its body to an enclosing class") {
  const auto r = load({{"demo/x.toml", R"([macros]
vowel = '''[aeiou]'''

[[rule]]
id = "demo/class"
kind = "a"
pattern = '''\b[{vowel}y]+ [^{vowel} ]+ {vowel}[\]{vowel}]'''
match = [{ text = "you crwth oo", span = "you crwth oo" }, "ay ss a]"]
no_match = ["you crwth ox", "b crwth oo"]
)"}});
  REQUIRE(r.errors.empty());
  CHECK(r.rules->find("demo/class")->expanded == R"(\b[aeiouy]+ [^aeiou ]+ (?:[aeiou])[\]aeiou])");
  CHECK(cli::check_examples(*r.rules).empty());
}

TEST_CASE("inside a class, only a one-class macro may be used") {
  auto rule_with = [](const std::string& macro) {
    return "[macros]\nm = '''" + macro + "'''\n[[rule]]\nid = \"demo/x\"\nkind = \"a\"\npattern = '''[{m}x]'''\nmatch = [\"x\"]\n";
  };
  for (const std::string macro : {"ab|c", "[^ab]", "[ab][cd]", "(?:[ab])"}) {
    CAPTURE(macro);
    const auto r = load({{"demo/x.toml", rule_with(macro)}});
    CHECK_FALSE(r.rules);
    CHECK(first_error(r) == "demo/x.toml:4: macro {m} is used inside [...] but is not one [...] class");
  }
  const auto ok = load({{"demo/x.toml", rule_with("[]a-c[:digit:]]")}});
  REQUIRE(ok.errors.empty());
  CHECK(ok.rules->find("demo/x")->expanded == "[]a-c[:digit:]x]");
}

TEST_CASE("the project's letter classes are Latin and split by case") {
  std::vector<SourceFile> files;
  REQUIRE_FALSE(cli::read_rule_files(CLAIMEX_SOURCE_RULES, files));
  std::erase_if(files, [](const SourceFile& f) { return f.path != "vocabulary.toml"; });
  REQUIRE(files.size() == 1);
  files.push_back({"demo/x.toml", R"([[rule]]
id = "demo/name"
kind = "a"
pattern = '''\b{upper}[{letter}'-]*'''
match = [{ text = "Recep Erdoğan", span = "Recep" }]
)"});
  const auto r = load(files);
  REQUIRE(r.errors.empty());
  const Rule& name = *r.rules->find("demo/name");
  auto spans = [&](const std::string& text) {
    std::vector<std::string> out;
    for (const auto& m : find_all(name, text, 0, text.size())) out.push_back(text.substr(m.start, m.end - m.start));
    return out;
  };
  // ğ is no capital, so the \b before it (RE2's \b is ASCII) starts nothing.
  CHECK(spans("Recep Tayyip Erdoğan") == std::vector<std::string>{"Recep", "Tayyip", "Erdoğan"});
  // RE2's \b is ASCII too, so a name that opens with Đ or Ł has no \b before it.
  CHECK(spans("Đà Nẵng, Müller-Lüdenscheidt, O'Neill, Łódź") ==
        std::vector<std::string>{"Nẵng", "Müller-Lüdenscheidt", "O'Neill"});
  CHECK(spans("Москва ßeta").empty());
}

TEST_CASE("load errors name file and line") {
  SUBCASE("bad regex") {
    const auto r = load({{"demo/x.toml", "[[rule]]\nid = \"demo/x\"\nkind = \"a\"\npattern = '''(unclosed'''\nmatch = [\"x\"]\n"}});
    CHECK_FALSE(r.rules);
    CHECK(first_error(r) == "demo/x.toml:2: rule 'demo/x': bad pattern: missing ): (unclosed");
  }
  SUBCASE("undefined macro") {
    const auto r = load({{"demo/x.toml", "[[rule]]\nid = \"demo/x\"\nkind = \"a\"\npattern = '''{nope} x'''\nmatch = [\"x\"]\n"}});
    CHECK(first_error(r) == "demo/x.toml:2: undefined macro {nope}");
  }
  SUBCASE("duplicate id") {
    const std::string rule = "[[rule]]\nid = \"demo/x\"\nkind = \"a\"\npattern = '''x'''\nmatch = [\"x\"]\n";
    const auto r = load({{"demo/x.toml", rule + "\n" + rule}});
    CHECK(first_error(r) == "demo/x.toml:8: duplicate rule id 'demo/x' (first at demo/x.toml:2)");
  }
  SUBCASE("unknown key") {
    const auto r = load({{"demo/x.toml", "[[rule]]\nid = \"demo/x\"\nkind = \"a\"\npatern = '''x'''\nmatch = [\"x\"]\n"}});
    REQUIRE(r.errors.size() == 2);
    CHECK(r.errors[0].str() == "demo/x.toml:4: unknown key 'patern' in rule of demo");
    CHECK(r.errors[1].str() == "demo/x.toml:2: rule 'demo/x' has no pattern");
  }
  SUBCASE("attribute outside its allowed values") {
    const auto r = load({{"demo/x.toml", "[[rule]]\nid = \"demo/x\"\nkind = \"c\"\npattern = '''x'''\nmatch = [\"x\"]\n"}});
    CHECK(first_error(r) == "demo/x.toml:3: 'kind' is 'c'; expected one of: a, b");
  }
  SUBCASE("rule without examples, id outside its folder") {
    const auto r = load({{"demo/x.toml", "[[rule]]\nid = \"other/x\"\nkind = \"a\"\npattern = '''x'''\n"}});
    REQUIRE(r.errors.size() == 2);
    CHECK(r.errors[0].str() == "demo/x.toml:2: rule id 'other/x' must start with 'demo/'");
    CHECK(r.errors[1].str() == "demo/x.toml:2: rule 'other/x' has no 'match' examples");
  }
  SUBCASE("TOML syntax") {
    const auto r = load({{"demo/x.toml", "[[rule]]\nid = \"demo/x\nkind = 1\n"}});
    REQUIRE_FALSE(r.errors.empty());
    CHECK(r.errors[0].file == "demo/x.toml");
    CHECK(r.errors[0].line == 2);
  }
  SUBCASE("self-referencing macro") {
    const auto r = load({{"demo/x.toml", "[macros]\nloop = '''a{loop}'''\n[[rule]]\nid = \"demo/x\"\nkind = \"a\"\npattern = '''{loop}'''\nmatch = [\"a\"]\n"}});
    CHECK(first_error(r) == "demo/x.toml:2: macro {loop} refers to itself");
  }
  SUBCASE("rules outside an extractor folder") {
    const auto r = load({{"misc/x.toml", "[[rule]]\nid = \"misc/x\"\npattern = '''x'''\nmatch = [\"x\"]\n"}});
    CHECK(first_error(r) == "misc/x.toml:1: rules must live in an extractor's folder; 'misc' is none");
  }
}

TEST_CASE("lint: unused macros, empty matches, large counted repeats") {
  const auto r = load({{"demo/x.toml", R"([macros]
unused = '''zzz'''

[[rule]]
id = "demo/empty"
kind = "a"
pattern = '''x*'''
match = ["xx"]

[[rule]]
id = "demo/repeat"
kind = "a"
pattern = '''"[^"]{3,400}"'''
match = ['"abcd"']
)"}});
  REQUIRE(r.rules);  // lint does not stop extraction
  REQUIRE(r.lint.size() == 3);
  CHECK(r.lint[0].str() == "demo/x.toml:5: rule 'demo/empty' can match the empty string");
  CHECK(r.lint[1].str() == "demo/x.toml:11: rule 'demo/repeat' has a counted repeat above 50; use + and check length in code");
  CHECK(r.lint[2].str() == "demo/x.toml:2: macro {unused} is never used");
  // \x{100} is a code point, not a repeat.
  const auto code_point = load({{"demo/x.toml", R"([[rule]]
id = "demo/x"
kind = "a"
pattern = '''\x{100}\x{1E00}'''
match = ["ĀḀ"]
)"}});
  REQUIRE(code_point.rules);
  CHECK(code_point.lint.empty());
}

TEST_CASE("example failures are reported with the example's line") {
  const auto r = load({{"demo/x.toml", R"([[rule]]
id = "demo/x"
kind = "a"
pattern = '''cat'''
match = ["dog", { text = "a cat", span = "a cat" }]
no_match = ["concatenate"]
)"}});
  REQUIRE(r.rules);
  const auto problems = cli::check_examples(*r.rules);
  REQUIRE(problems.size() == 3);
  CHECK(problems[0].str() == "demo/x.toml:5: rule 'demo/x' does not match \"dog\"");
  CHECK(problems[1].str() == "demo/x.toml:5: rule 'demo/x' on \"a cat\" emits \"cat\", expected \"a cat\"");
  CHECK(problems[2].str() == "demo/x.toml:6: rule 'demo/x' must not match \"concatenate\" but matches \"cat\"");
}

TEST_CASE("the project's own rules load without errors or lint, and every example passes") {
  std::vector<SourceFile> files;
  REQUIRE_FALSE(cli::read_rule_files(CLAIMEX_SOURCE_RULES, files));
  const auto r = load_rules(files, extractor_specs());
  REQUIRE(r.errors.empty());
  CHECK(r.lint.empty());
  CHECK(cli::check_examples(*r.rules).empty());
  CHECK(r.rules->rules().size() >= 30);
}

TEST_CASE("match_group runs rules sentence by sentence: no match crosses a boundary") {
  const auto r = load({{"demo/x.toml", R"([[rule]]
id = "demo/x"
kind = "a"
pattern = '''end\. Start'''
match = ["the end. Start"]
)"}});
  REQUIRE(r.rules);
  const std::string text = "It is the end. Start again.";
  const RuleGroup& g = *r.rules->group("demo");
  CHECK(match_group(*r.rules, g, text, {{0, 14}, {15, 27}}).empty());
  const auto one = match_group(*r.rules, g, text, {{0, 27}});
  REQUIRE(one.size() == 1);
  CHECK(text.substr(one[0].span.start, one[0].span.size()) == "end. Start");
}

TEST_CASE("capture groups are read from a pattern as RE2 numbers them") {
  using G = std::vector<std::string>;
  CHECK(capture_groups(R"((?P<veto>never )?said (?P<span>\w+))") == G{"veto", "span"});
  CHECK(capture_groups(R"((a)(?:b)(?i:c)(?P<x>d))") == G{"", "x"});
  // No group inside a bracket class, after an escape, or inside \Q...\E.
  CHECK(capture_groups(R"([(](\()[^)(]\Q(lit)\E(?P<y>z))") == G{"", "y"});
  CHECK(capture_groups(R"([]()][[:alpha:](](e))") == G{""});
  // Every project rule: the same groups as RE2 finds when it compiles them.
  const auto rules = test::project_rules();
  for (const Rule& r : rules->rules()) {
    const auto groups = capture_groups(r.expanded);
    CHECK_MESSAGE(static_cast<int>(groups.size()) == r.regex().NumberOfCapturingGroups(), r.id);
  }
}

TEST_CASE("loaded to run, rules compile on first use; a malformed pattern still fails the load") {
  auto bad = load_rules({{"demo/x.toml", "[[rule]]\nid = \"demo/x\"\nkind = \"a\"\npattern = '''(unclosed'''\nmatch = [\"x\"]\n"}},
                        kSpecs, nullptr, LoadMode::run);
  CHECK_FALSE(bad.rules);
  CHECK(first_error(bad) == "demo/x.toml:2: rule 'demo/x': bad pattern: missing ): (unclosed");
  auto good = load_rules({{"demo/x.toml", kGood}}, kSpecs, nullptr, LoadMode::run);
  REQUIRE(good.rules);
  const Rule& said = *good.rules->find("demo/said-day");
  CHECK(said.span_groups == std::vector<int>{2});
  CHECK(said.veto_groups == std::vector<int>{1});
  const auto m = find_all(said, "he said Monday, never said Tuesday", 0, 34);
  REQUIRE(m.size() == 1);
  CHECK(m[0].start == 8);
  CHECK(m[0].end == 14);
}
