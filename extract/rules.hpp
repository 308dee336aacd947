// RuleSet: every rule file compiled once into an immutable object that worker
// threads share read-only. The loader takes file contents, not paths to open:
// reading the rules directory is the caller's business.
//
// Rule files are TOML (patterns in ''' literal strings, so a regex is written
// without double escaping); tables are TSV. The format is described in
// docs/rules.md.
#pragma once
#include <cstddef>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <re2/re2.h>
#include <re2/set.h>

#include "extract/capture_splitter.hpp"

namespace claimex {

struct SourceFile {
  std::string path;  // relative to the rules directory, '/'-separated
  std::string text;
};

struct Diagnostic {
  std::string file;
  int line = 0;
  std::string message;
  std::string str() const { return file + ":" + std::to_string(line) + ": " + message; }
};

// A TSV table: header row names the columns; '#' lines and blank lines skipped.
struct Table {
  std::string path;
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> rows;
  std::vector<int> row_lines;
  std::optional<std::size_t> column(std::string_view name) const;
};

struct Example {
  std::string text;
  std::optional<std::string> span;  // the text the rule must emit, when given
  // Extractor-specific expectations (a date's value, and the article date it
  // is resolved against), by key; the extractor's spec lists the keys.
  std::map<std::string, std::string> expect;
  int line = 0;
};

// A rule's own programs: RE2 for the whole match and a CaptureSplitter for
// its groups. Built once, on first use from any thread: an extractor's
// RE2::Set has already parsed every pattern at load, and a run touches only
// the rules its sentences fire, so start-up need not compile them twice.
class RuleProgram {
 public:
  explicit RuleProgram(std::string pattern) : pattern_(std::move(pattern)) {}
  const RE2& re() const;
  const CaptureSplitter* splitter() const;  // null: no groups, or PCRE2 declined

 private:
  void build() const;
  std::string pattern_;
  mutable std::once_flag built_;
  mutable std::unique_ptr<RE2> re_;
  mutable std::unique_ptr<CaptureSplitter> splitter_;
};

struct Rule {
  std::string id;          // "<extractor>/<name>"
  std::string extractor;   // the folder the file sits in
  std::string file;
  int line = 0;
  std::string pattern;     // as written
  std::string expanded;    // macros substituted
  int priority = 0;
  std::string description;
  std::map<std::string, std::string> attributes;  // extractor-specific keys
  std::vector<Example> match, no_match;
  std::unique_ptr<RuleProgram> program;
  const RE2& regex() const { return program->re(); }
  // The same pattern for reading capture groups faster than RE2 can; null
  // when the rule has none or PCRE2 does not take it.
  const CaptureSplitter* splitter() const { return program->splitter(); }
  // (?P<span>...), (?P<span_b>...): the first that took part is emitted, else
  // the whole match. (?P<veto>...), (?P<veto_b>...): a match where any took
  // part is dropped. RE2 forbids repeating a group name, hence the suffixes.
  std::vector<int> span_groups, veto_groups;
  // Every other named group, by group index: what the extractor reads out of
  // a match (a date rule's month, day, weekday...).
  std::vector<std::pair<int, std::string>> captures;
};

// What an extractor lets its rules say beyond the common keys.
struct AttributeSpec {
  std::string name;
  bool required = false;
  std::vector<std::string> allowed;  // empty: any string
};
struct ExtractorSpec {
  std::string name;  // also the rules folder
  std::vector<AttributeSpec> attributes;
  std::vector<std::string> example_keys;  // allowed in {text, span, ...} examples
};

// The rules of one extractor plus the prefilter that says which can fire.
struct RuleGroup {
  std::string extractor;
  std::vector<std::size_t> rules;  // indices into RuleSet::rules()
  std::unique_ptr<RE2::Set> prefilter;
};

class RuleSet {
 public:
  const std::vector<Rule>& rules() const { return rules_; }
  const RuleGroup* group(std::string_view extractor) const;
  const Table* table(std::string_view path) const;
  const Rule* find(std::string_view id) const;

 private:
  friend class RuleLoader;
  std::vector<Rule> rules_;
  std::vector<RuleGroup> groups_;
  std::map<std::string, Table, std::less<>> tables_;
};

struct LoadResult {
  std::shared_ptr<const RuleSet> rules;  // null when errors is not empty
  std::vector<Diagnostic> errors;
  std::vector<Diagnostic> lint;          // problems that do not stop extraction
};

// Parses, expands, validates and compiles. Errors (bad TOML, bad regex,
// undefined macro, duplicate id, unknown key, bad attribute) make the load
// fail; lint (unused macros, empty matches, large counted repeats) does not.
// With compile_only, the rules of other extractors are read for their macros
// and tables but neither checked nor compiled (extract --only).
//
// LoadMode::check (the default, for `rules check` and tests) compiles every
// rule's own programs at load, reporting any that fail, and lints; ::run
// leaves them to their first use and skips the lint: the prefilter Sets
// still parse every pattern at load, so a malformed one fails the load.
enum class LoadMode { check, run };
LoadResult load_rules(const std::vector<SourceFile>& files,
                      const std::vector<ExtractorSpec>& extractors,
                      const std::set<std::string>* compile_only = nullptr, LoadMode mode = LoadMode::check);

// The capture groups of an RE2 pattern as RE2 numbers them, from 1: each
// "(" not followed by "?", and each "(?P<name>"; escapes, \Q...\E and
// bracket classes hold none. Names by index (empty for unnamed groups);
// the size is the group count. Lets a run read a rule's groups without
// compiling it; a check compares it with RE2's own answer.
std::vector<std::string> capture_groups(std::string_view pattern);

// One match of one rule, in bytes of the searched text: what it emits
// (start, end) and the whole match around it.
struct Capture {
  std::size_t name;        // index into Rule::captures
  std::size_t start, end;  // bytes of the searched text
};
struct RuleMatch {
  std::size_t start, end;
  std::size_t whole_start, whole_end;
  std::vector<Capture> captures;  // the named groups that took part
};

// Every non-overlapping match of rule in text[from, to), left to right, as
// the span group's extent (or the whole match's). A match in which the veto
// group took part is consumed but not returned: RE2 has no lookbehind, so a
// rule names the context that cancels it ("the officials" is anaphora).
// The text outside [from, to) is context for \b and ^. Groups are read
// by the rule's CaptureSplitter where it has one and can answer, else by
// RE2; `CaptureEngine::re2` asks RE2 only (the reference, for tests).
enum class CaptureEngine { fastest, re2 };
std::vector<RuleMatch> find_all(const Rule& rule, std::string_view text, std::size_t from, std::size_t to,
                                CaptureEngine engine = CaptureEngine::fastest);

}  // namespace claimex
