#include "cli/rules_cmd.hpp"

#include <iostream>

#include "cli/exit_codes.hpp"
#include "cli/rule_files.hpp"
#include "extract/normalise.hpp"
#include "extract/pipeline.hpp"

namespace claimex::cli {
namespace {

struct Loaded {
  std::string dir;
  LoadResult result;
  std::string fatal;
};

Loaded load(const std::string& flag, const char* argv0) {
  Loaded l;
  l.dir = locate_rules_dir(flag, argv0);
  std::vector<SourceFile> files;
  if (auto err = read_rule_files(l.dir, files)) l.fatal = *err;
  else l.result = load_rules(files, extractor_specs());
  return l;
}

// A date example's value, type and mod, against its own article date or the
// documented default one.
// The example runs through the whole date extractor, so it also proves the
// rule wins against the others there.
std::optional<std::string> check_date_example(const RuleSet& rules, const DateLexicon& lexicon,
                                              const Segmenter& segmenter, std::size_t index, const Example& ex,
                                              const std::string& text) {
  if (ex.expect.empty()) return std::nullopt;
  auto dct_text = ex.expect.count("dct") ? ex.expect.at("dct") : std::string(kExampleDct);
  auto dct = parse_iso_date(dct_text);
  if (!dct) return "example dct '" + dct_text + "' is not YYYY-MM-DD";
  const Segmentation seg = segmenter.segment(text, 0);
  const auto found = find_dates(rules, lexicon, {text, &seg, dct});
  const std::string want_span = ex.span ? normalise(*ex.span).text() : std::string();
  const DateMention* d = nullptr;
  for (const auto& m : found)
    if (!d && m.rule == index && (want_span.empty() || text.substr(m.span.start, m.span.size()) == want_span)) d = &m;
  if (!d) return "no date from this rule" + (want_span.empty() ? std::string() : " at \"" + want_span + "\"");
  std::string wrong;
  auto compare = [&](const char* key, const std::string& got) {
    auto it = ex.expect.find(key);
    if (it != ex.expect.end() && it->second != got)
      wrong += std::string(wrong.empty() ? "" : ", ") + key + " is \"" + got + "\", expected \"" + it->second + "\"";
  };
  compare("value", d->value);
  compare("type", d->type);
  compare("mod", d->mod);
  if (wrong.empty()) return std::nullopt;
  return wrong + " (dct " + dct_text + ")";
}

// The lexicons a claim example runs with: claims stand on actors, places and
// anonymity markers, so the example goes through all of them.
struct ClaimWorld {
  explicit ClaimWorld(const RuleSet& rules) : gazetteer(rules), actors(rules), claims(rules) {}
  Gazetteer gazetteer;
  ActorLexicon actors;
  ClaimLexicon claims;
};

std::optional<std::string> check_claim_example(const RuleSet& rules, const ClaimWorld& world, const Segmenter& segmenter,
                                               const Rule& rule, const Example& ex, const std::string& text) {
  if (ex.expect.empty()) return std::nullopt;
  const Segmentation seg = segmenter.segment(text, 0);
  const auto places = find_places(world.gazetteer, {text, &seg, 0});
  const auto actors = find_actors(rules, world.actors, {text, &seg, &places, &world.gazetteer});
  const auto markers = find_anonymity_markers(rules, text, seg);
  const auto claims = find_claims(rules, world.claims, {text, &seg, 0, &actors, &markers, nullptr, &places});
  auto field = [&](const Claim& c, const std::string& key) -> std::string {
    auto at = [&](const Span& s) { return text.substr(s.start, s.size()); };
    if (key == "cue") return c.cue ? at(*c.cue) : "";
    if (key == "source") return at(c.source.span);
    if (key == "speaker") return c.source.name;
    if (key == "content") return at(c.content);
    if (key == "type") return c.type;
    if (key == "kind") return c.source.kind;
    if (key == "anonymous") return c.anonymous ? "true" : "false";
    return "";
  };
  std::string got;
  for (const Claim& c : claims) {
    if (c.rule != rule.id) continue;
    std::string wrong;
    for (const auto& [key, want] : ex.expect)
      if (field(c, key) != normalise(want).text())
        wrong += std::string(wrong.empty() ? "" : ", ") + key + " is \"" + field(c, key) + "\", expected \"" + want + "\"";
    if (wrong.empty()) return std::nullopt;
    got = wrong;
  }
  return got.empty() ? "no claim from this rule" : got;
}

}  // namespace

std::vector<Diagnostic> check_examples(const RuleSet& rules) {
  std::vector<Diagnostic> problems;
  const DateLexicon lexicon(rules);
  const Segmenter segmenter(rules);
  const ClaimWorld claim_world(rules);
  for (std::size_t index = 0; index < rules.rules().size(); ++index) {
    const Rule& r = rules.rules()[index];
    // Examples go through the same normalisation as articles, so a curly
    // quote in an example meets the straight one the pattern is written for.
    for (const Example& ex : r.match) {
      const std::string text = normalise(ex.text).text();
      const auto matches = find_all(r, text, 0, text.size());
      if (matches.empty()) {
        problems.push_back({r.file, ex.line, "rule '" + r.id + "' does not match \"" + ex.text + "\""});
        continue;
      }
      if (r.extractor == "dates")
        if (auto wrong = check_date_example(rules, lexicon, segmenter, index, ex, text))
          problems.push_back({r.file, ex.line, "rule '" + r.id + "' on \"" + ex.text + "\": " + *wrong});
      if (r.extractor == "claims")
        if (auto wrong = check_claim_example(rules, claim_world, segmenter, r, ex, text))
          problems.push_back({r.file, ex.line, "rule '" + r.id + "' on \"" + ex.text + "\": " + *wrong});
      if (!ex.span) continue;
      const std::string want = normalise(*ex.span).text();
      bool found = false;
      std::string got;
      const bool reason = r.extractor == "anonymity" && r.attributes.count("kind") && r.attributes.at("kind") == "reason";
      for (auto m : matches) {
        if (reason) m.end = reason_extent(text, {m.start, m.end}, rules).end;  // as the extractor reports it
        const std::string s = text.substr(m.start, m.end - m.start);
        found = found || s == want;
        got += (got.empty() ? "\"" : ", \"") + s + "\"";
      }
      if (!found)
        problems.push_back({r.file, ex.line, "rule '" + r.id + "' on \"" + ex.text + "\" emits " + got +
                                                 ", expected \"" + *ex.span + "\""});
    }
    for (const Example& ex : r.no_match) {
      const std::string text = normalise(ex.text).text();
      const auto matches = find_all(r, text, 0, text.size());
      if (!matches.empty())
        problems.push_back({r.file, ex.line, "rule '" + r.id + "' must not match \"" + ex.text + "\" but matches \"" +
                                                 text.substr(matches[0].start, matches[0].end - matches[0].start) + "\""});
    }
  }
  return problems;
}

int run_rules_check(const std::string& rules_dir, const char* argv0, std::ostream& out) {
  Loaded l = load(rules_dir, argv0);
  if (!l.fatal.empty()) {
    std::cerr << "claimex: " << l.fatal << "\n";
    return kExitUsage;
  }
  std::vector<Diagnostic> problems = l.result.errors;
  problems.insert(problems.end(), l.result.lint.begin(), l.result.lint.end());
  std::size_t rules = 0, examples = 0;
  if (l.result.rules) {
    const auto failures = check_examples(*l.result.rules);
    problems.insert(problems.end(), failures.begin(), failures.end());
    for (const Rule& r : l.result.rules->rules()) {
      ++rules;
      examples += r.match.size() + r.no_match.size();
    }
  }
  for (const auto& p : problems) out << l.dir << "/" << p.str() << "\n";
  out << "rules check: " << rules << " rules, " << examples << " examples, " << problems.size() << " problem"
      << (problems.size() == 1 ? "" : "s") << " in " << l.dir << "\n";
  return problems.empty() ? kExitOk : kExitFindings;
}

int run_rules_list(const std::string& rules_dir, const char* argv0, std::ostream& out) {
  Loaded l = load(rules_dir, argv0);
  if (!l.fatal.empty() || !l.result.rules) {
    if (!l.fatal.empty()) std::cerr << "claimex: " << l.fatal << "\n";
    for (const auto& d : l.result.errors) std::cerr << l.dir << "/" << d.str() << "\n";
    return kExitUsage;
  }
  for (const Rule& r : l.result.rules->rules()) {
    out << r.id;
    std::string attrs;
    for (const auto& [k, v] : r.attributes) attrs += (attrs.empty() ? "" : " ") + k + "=" + v;
    out << "\t" << attrs << "\t" << r.file << ":" << r.line << "\t" << r.match.size() << "+" << r.no_match.size()
        << " examples\n";
  }
  return kExitOk;
}

}  // namespace claimex::cli
