#include "extract/rules.hpp"

#include <algorithm>
#include <array>
#include <atomic>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <sstream>
#include <thread>

#include <toml++/toml.h>

#include "extract/utf8.hpp"

namespace claimex {

std::optional<std::size_t> Table::column(std::string_view name) const {
  for (std::size_t i = 0; i < columns.size(); ++i)
    if (columns[i] == name) return i;
  return std::nullopt;
}

const RuleGroup* RuleSet::group(std::string_view extractor) const {
  for (const auto& g : groups_)
    if (g.extractor == extractor) return &g;
  return nullptr;
}

const Table* RuleSet::table(std::string_view path) const {
  auto it = tables_.find(path);
  return it == tables_.end() ? nullptr : &it->second;
}

const Rule* RuleSet::find(std::string_view id) const {
  for (const auto& r : rules_)
    if (r.id == id) return &r;
  return nullptr;
}

namespace {

// RE2's answer, or the splitter's when it has one: RE2's DFA finds the whole
// match, the splitter reads its groups.
bool match_at(const Rule& rule, std::string_view text, std::size_t pos, std::size_t to, re2::StringPiece* groups,
              int ngroups, CaptureEngine engine) {
  const re2::StringPiece all(text.data(), text.size());
  const RE2& re = rule.regex();
  const CaptureSplitter* splitter = rule.splitter();
  if (engine == CaptureEngine::re2 || !splitter || ngroups < 2) return re.Match(all, pos, to, RE2::UNANCHORED, groups, ngroups);
  re2::StringPiece whole;
  if (!re.Match(all, pos, to, RE2::UNANCHORED, &whole, 1)) return false;
  const std::size_t start = whole.data() - text.data();
  if (splitter->split(text, start, to, start + whole.size(), groups, ngroups)) return true;
  return re.Match(all, start, to, RE2::ANCHOR_START, groups, ngroups);
}

}  // namespace

const RE2& RuleProgram::re() const {
  std::call_once(built_, [this] { build(); });
  return *re_;
}

const CaptureSplitter* RuleProgram::splitter() const {
  std::call_once(built_, [this] { build(); });
  return splitter_.get();
}

void RuleProgram::build() const {
  RE2::Options opts;
  opts.set_log_errors(false);
  opts.set_max_mem(64 << 20);
  re_ = std::make_unique<RE2>(pattern_, opts);
  if (re_->ok() && re_->NumberOfCapturingGroups() > 0)
    splitter_ = CaptureSplitter::compile(pattern_, re_->NumberOfCapturingGroups() + 1);
}

std::vector<std::string> capture_groups(std::string_view p) {
  std::vector<std::string> names;
  for (std::size_t i = 0; i < p.size(); ++i) {
    const char c = p[i];
    if (c == '\\') {
      if (i + 1 < p.size() && p[i + 1] == 'Q') {  // \Q...\E: literal text
        const std::size_t end = p.find("\\E", i + 2);
        i = end == std::string_view::npos ? p.size() : end + 1;
      } else {
        ++i;  // the escaped character
      }
    } else if (c == '[') {
      // A bracket class: "]" right after "[" or "[^" is literal; "[:alpha:]"
      // inside holds its own "]".
      std::size_t j = i + 1;
      if (j < p.size() && p[j] == '^') ++j;
      if (j < p.size() && p[j] == ']') ++j;
      for (; j < p.size() && p[j] != ']'; ++j) {
        if (p[j] == '\\') ++j;
        else if (p.compare(j, 2, "[:") == 0)
          if (const std::size_t close = p.find(":]", j + 2); close != std::string_view::npos) j = close + 1;
      }
      i = j;
    } else if (c == '(') {
      if (p.compare(i + 1, 3, "?P<") == 0) {
        const std::size_t end = p.find('>', i + 4);
        names.emplace_back(p.substr(i + 4, end == std::string_view::npos ? 0 : end - i - 4));
      } else if (i + 1 >= p.size() || p[i + 1] != '?') {
        names.emplace_back();
      }
    }
  }
  return names;
}

std::vector<RuleMatch> find_all(const Rule& rule, std::string_view text, std::size_t from, std::size_t to,
                                CaptureEngine engine) {
  std::vector<RuleMatch> out;
  int ngroups = 1;
  for (int g : rule.span_groups) ngroups = std::max(ngroups, g + 1);
  for (int g : rule.veto_groups) ngroups = std::max(ngroups, g + 1);
  for (const auto& c : rule.captures) ngroups = std::max(ngroups, c.first + 1);
  // Most rules need one to three groups: keep them off the heap.
  std::array<re2::StringPiece, 4> small;
  std::vector<re2::StringPiece> large(ngroups > 4 ? ngroups : 0);
  re2::StringPiece* groups = ngroups > 4 ? large.data() : small.data();
  std::size_t pos = from;
  while (pos <= to && match_at(rule, text, pos, to, groups, ngroups, engine)) {
    const re2::StringPiece whole = groups[0];
    re2::StringPiece span = whole;
    for (int g : rule.span_groups)
      if (groups[g].data() != nullptr) {
        span = groups[g];
        break;
      }
    const std::size_t ws = whole.data() - text.data();
    const std::size_t we = ws + whole.size();
    bool vetoed = false;
    for (int g : rule.veto_groups) vetoed = vetoed || groups[g].data() != nullptr;
    if (!span.empty() && !vetoed) {
      const std::size_t s = span.data() - text.data();
      RuleMatch m{s, s + span.size(), ws, we, {}};
      for (std::size_t c = 0; c < rule.captures.size(); ++c) {
        const re2::StringPiece g = groups[rule.captures[c].first];
        if (g.data() == nullptr) continue;
        const std::size_t gs = g.data() - text.data();
        m.captures.push_back({c, gs, gs + g.size()});
      }
      out.push_back(std::move(m));
    }
    if (we > pos) pos = we;
    else if (pos < to) pos += utf8::decode(text, pos).len;
    else break;
  }
  return out;
}

namespace {

constexpr std::size_t kMaxMacroDepth = 32;
constexpr int kLargeRepeat = 50;

struct MacroDef {
  std::string value;
  std::string file;
  int line = 0;
  bool used = false;
  bool expanding = false;
  bool expanded = false;
};

int line_of(const toml::node& n) { return static_cast<int>(n.source().begin.line); }

std::string folder_of(const std::string& path) {
  const auto slash = path.find('/');
  return slash == std::string::npos ? std::string() : path.substr(0, slash);
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::vector<std::string> split_tabs(std::string_view line) {
  std::vector<std::string> cells;
  cells.reserve(static_cast<std::size_t>(std::count(line.begin(), line.end(), '\t')) + 1);
  std::size_t start = 0;
  while (true) {
    const auto tab = line.find('\t', start);
    cells.emplace_back(line.substr(start, tab == std::string_view::npos ? line.npos : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return cells;
}

}  // namespace

class RuleLoader {
 public:
  RuleLoader(const std::vector<ExtractorSpec>& specs, const std::set<std::string>* compile_only, LoadMode mode)
      : specs_(specs), compile_only_(compile_only), mode_(mode) {}

  LoadResult load(const std::vector<SourceFile>& files) {
    set_ = std::make_shared<RuleSet>();
    for (const auto& f : files)
      if (ends_with(f.path, ".tsv")) load_table(f);
    for (const auto& f : files)
      if (ends_with(f.path, ".toml")) load_toml(f);
    expand_rules();
    compile_all();
    if (!compile_only_) check_unused_macros();  // a partial load leaves macros unused by design
    LoadResult result;
    result.errors = std::move(errors_);
    result.lint = std::move(lint_);
    if (result.errors.empty()) result.rules = std::move(set_);
    return result;
  }

 private:
  void error(const std::string& file, int line, std::string message) {
    errors_.push_back({file, line, std::move(message)});
  }

  void load_table(const SourceFile& f) {
    Table t;
    t.path = f.path;
    const std::string_view text = f.text;
    t.rows.reserve(static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')));
    int n = 0;
    for (std::size_t at = 0; at < text.size();) {
      const std::size_t nl = text.find('\n', at);
      std::string_view line = text.substr(at, nl == std::string_view::npos ? std::string_view::npos : nl - at);
      at = nl == std::string_view::npos ? text.size() : nl + 1;
      ++n;
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (line.empty() || line[0] == '#') continue;
      auto cells = split_tabs(line);
      if (t.columns.empty()) {
        t.columns = std::move(cells);
        continue;
      }
      if (cells.size() != t.columns.size()) {
        error(f.path, n, "expected " + std::to_string(t.columns.size()) + " tab-separated cells, found " +
                             std::to_string(cells.size()));
        continue;
      }
      t.rows.push_back(std::move(cells));
      t.row_lines.push_back(n);
    }
    if (t.columns.empty()) error(f.path, 1, "table has no header row");
    set_->tables_.emplace(f.path, std::move(t));
  }

  void load_toml(const SourceFile& f) {
    toml::table doc;
    try {
      doc = toml::parse(f.text, f.path);
    } catch (const toml::parse_error& e) {
      error(f.path, static_cast<int>(e.source().begin.line), std::string(e.description()));
      return;
    }
    for (auto&& [key, node] : doc) {
      const std::string k(key.str());
      if (k == "macros" && node.is_table()) load_macros(f.path, *node.as_table());
      else if (k == "rule" && node.is_array_of_tables()) load_rules(f.path, *node.as_array());
      else error(f.path, static_cast<int>(key.source().begin.line),
                 "unknown top-level key '" + k + "' (expected [macros] or [[rule]])");
    }
  }

  void load_macros(const std::string& file, const toml::table& macros) {
    for (auto&& [key, node] : macros) {
      const std::string name(key.str());
      const int line = static_cast<int>(key.source().begin.line);
      if (!valid_macro_name(name)) {
        error(file, line, "macro name '" + name + "' must be lowercase letters, digits and _");
        continue;
      }
      if (macros_.count(name)) {
        error(file, line, "macro '" + name + "' already defined at " + macros_[name].file + ":" +
                              std::to_string(macros_[name].line));
        continue;
      }
      std::string value;
      if (auto s = node.value<std::string>()) value = *s;
      else if (auto t = node.as_table()) {
        if (!macro_from_table(file, line, *t, value)) continue;
      } else {
        error(file, line, "macro '" + name + "' must be a string or {table, column}");
        continue;
      }
      macros_[name] = MacroDef{value, file, line};
    }
  }

  // {table = "x.tsv", column = "name"}: an alternation of the column's values,
  // longest first so that the longest alternative wins. `where = "kind=cardinal"`
  // keeps the rows whose column kind holds that value.
  bool macro_from_table(const std::string& file, int line, const toml::table& spec, std::string& out) {
    for (auto&& [key, node] : spec) {
      const std::string k(key.str());
      if (k != "table" && k != "column" && k != "where") {
        error(file, line, "unknown key '" + k + "' in table macro (expected table, column, where)");
        return false;
      }
    }
    const auto path = spec["table"].value<std::string>();
    const auto col = spec["column"].value<std::string>();
    const auto where = spec["where"].value<std::string>();
    if (!path || !col) {
      error(file, line, "table macro needs table and column");
      return false;
    }
    const Table* t = set_->table(*path);
    if (!t) {
      error(file, line, "unknown table '" + *path + "'");
      return false;
    }
    const auto ci = t->column(*col);
    if (!ci) {
      error(file, line, "table '" + *path + "' has no column '" + *col + "'");
      return false;
    }
    std::optional<std::size_t> wi;
    std::string wanted;
    if (where) {
      const auto eq = where->find('=');
      if (eq != std::string::npos) wi = t->column(where->substr(0, eq));
      if (!wi) {
        error(file, line, "where '" + *where + "' must be column=value with a column of '" + *path + "'");
        return false;
      }
      wanted = where->substr(eq + 1);
    }
    std::vector<std::string> values;
    for (const auto& row : t->rows)
      if (!row[*ci].empty() && (!wi || row[*wi] == wanted)) values.push_back(RE2::QuoteMeta(row[*ci]));
    std::sort(values.begin(), values.end(),
              [](const std::string& a, const std::string& b) { return a.size() != b.size() ? a.size() > b.size() : a < b; });
    values.erase(std::unique(values.begin(), values.end()), values.end());
    if (values.empty()) {
      error(file, line, "table macro over an empty column");
      return false;
    }
    out = "(?:";
    for (std::size_t i = 0; i < values.size(); ++i) out += (i ? "|" : "") + values[i];
    out += ")";
    return true;
  }

  static bool valid_macro_name(std::string_view n) {
    if (n.empty() || !(n[0] >= 'a' && n[0] <= 'z')) return false;
    return std::all_of(n.begin(), n.end(),
                       [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
  }

  void load_rules(const std::string& file, const toml::array& rules) {
    const std::string extractor = folder_of(file);
    const ExtractorSpec* spec = nullptr;
    for (const auto& s : specs_)
      if (s.name == extractor) spec = &s;
    for (const auto& node : rules) {
      const toml::table& t = *node.as_table();
      const int line = line_of(node);
      if (!spec) {
        error(file, line, "rules must live in an extractor's folder; '" + extractor + "' is none");
        return;
      }
      Rule r;
      r.file = file;
      r.line = line;
      r.extractor = extractor;
      if (compile_only_ && !compile_only_->count(extractor)) continue;
      if (read_rule(t, *spec, r)) rules_pending_.push_back(std::move(r));
    }
  }

  bool read_rule(const toml::table& t, const ExtractorSpec& spec, Rule& r) {
    bool ok = true;
    for (auto&& [key, node] : t) {
      const std::string k(key.str());
      const int kl = static_cast<int>(key.source().begin.line);
      if (k == "id" || k == "pattern" || k == "description") {
        auto v = node.value<std::string>();
        if (!v) { error(r.file, kl, "'" + k + "' must be a string"); ok = false; continue; }
        (k == "id" ? r.id : k == "pattern" ? r.pattern : r.description) = *v;
        if (k == "id") r.line = kl;
      } else if (k == "priority") {
        auto v = node.value<int64_t>();
        if (!v) { error(r.file, kl, "'priority' must be an integer"); ok = false; continue; }
        r.priority = static_cast<int>(*v);
      } else if (k == "match" || k == "no_match") {
        ok = read_examples(r.file, node, spec, k == "match" ? r.match : r.no_match) && ok;
      } else if (const AttributeSpec* a = attribute(spec, k)) {
        auto v = node.value<std::string>();
        if (!v) { error(r.file, kl, "'" + k + "' must be a string"); ok = false; continue; }
        if (!a->allowed.empty() && std::find(a->allowed.begin(), a->allowed.end(), *v) == a->allowed.end()) {
          std::string list;
          for (const auto& x : a->allowed) list += (list.empty() ? "" : ", ") + x;
          error(r.file, kl, "'" + k + "' is '" + *v + "'; expected one of: " + list);
          ok = false;
          continue;
        }
        r.attributes[k] = *v;
      } else {
        error(r.file, kl, "unknown key '" + k + "' in rule of " + spec.name);
        ok = false;
      }
    }
    if (r.id.empty()) { error(r.file, r.line, "rule has no id"); return false; }
    if (r.pattern.empty()) { error(r.file, r.line, "rule '" + r.id + "' has no pattern"); ok = false; }
    if (r.id.rfind(spec.name + "/", 0) != 0 || r.id.size() == spec.name.size() + 1) {
      error(r.file, r.line, "rule id '" + r.id + "' must start with '" + spec.name + "/'");
      ok = false;
    }
    for (const auto& a : spec.attributes)
      if (a.required && !r.attributes.count(a.name)) {
        error(r.file, r.line, "rule '" + r.id + "' lacks required key '" + a.name + "'");
        ok = false;
      }
    if (r.match.empty()) {
      error(r.file, r.line, "rule '" + r.id + "' has no 'match' examples");
      ok = false;
    }
    return ok;
  }

  static const AttributeSpec* attribute(const ExtractorSpec& spec, const std::string& k) {
    for (const auto& a : spec.attributes)
      if (a.name == k) return &a;
    return nullptr;
  }

  bool read_examples(const std::string& file, const toml::node& node, const ExtractorSpec& spec,
                     std::vector<Example>& out) {
    const toml::array* arr = node.as_array();
    if (!arr) { error(file, line_of(node), "examples must be an array"); return false; }
    bool ok = true;
    for (const auto& e : *arr) {
      Example ex;
      ex.line = line_of(e);
      if (auto s = e.value<std::string>()) {
        ex.text = *s;
      } else if (auto t = e.as_table()) {
        for (auto&& [key, v] : *t) {
          const std::string k(key.str());
          auto sv = v.value<std::string>();
          const bool extra = std::find(spec.example_keys.begin(), spec.example_keys.end(), k) != spec.example_keys.end();
          if ((k != "text" && k != "span" && !extra) || !sv) {
            std::string keys = "text, span";
            for (const auto& x : spec.example_keys) keys += ", " + x;
            error(file, ex.line, "example keys are " + keys + " (strings); found '" + k + "'");
            ok = false;
            continue;
          }
          if (k == "text") ex.text = *sv;
          else if (k == "span") ex.span = *sv;
          else ex.expect[k] = *sv;
        }
      } else {
        error(file, ex.line, "an example is a string or {text, span}");
        ok = false;
        continue;
      }
      if (ex.text.empty()) { error(file, ex.line, "empty example"); ok = false; continue; }
      out.push_back(std::move(ex));
    }
    return ok;
  }

  // Substitutes {name} for the macro's (expanded) value. \{ stays literal, and
  // {2,5} is a repeat, not a macro, because names start with a letter. Inside a
  // bracket class, a macro that is itself one class lends its body, so
  // [{letter}'-] is one class: that is what lets a rule say "letter" without
  // \pL, whose every use costs RE2 about a millisecond to compile.
  bool expand(const std::string& in, const std::string& file, int line, std::string& out, std::size_t depth) {
    if (depth > kMaxMacroDepth) { error(file, line, "macros nested too deeply"); return false; }
    out.clear();
    bool in_class = false;
    for (std::size_t i = 0; i < in.size(); ++i) {
      const char c = in[i];
      if (c == '\\' && i + 1 < in.size()) { out += c; out += in[++i]; continue; }
      if (!in_class && c == '[') {
        in_class = true;
        out += c;
        if (i + 1 < in.size() && in[i + 1] == '^') out += in[++i];
        if (i + 1 < in.size() && in[i + 1] == ']') out += in[++i];  // a leading ] is literal
        continue;
      }
      if (in_class && c == '[' && i + 1 < in.size() && in[i + 1] == ':') {  // [:alpha:]
        const auto close = in.find(":]", i + 2);
        if (close != std::string::npos) { out.append(in, i, close + 2 - i); i = close + 1; continue; }
      }
      if (in_class && c == ']') { in_class = false; out += c; continue; }
      if (c == '{' && i + 1 < in.size() && in[i + 1] >= 'a' && in[i + 1] <= 'z') {
        const auto close = in.find('}', i);
        const std::string name = close == std::string::npos ? "" : in.substr(i + 1, close - i - 1);
        if (!valid_macro_name(name)) { out += c; continue; }
        const std::string* value = expanded_macro(name, file, line, depth);
        if (!value) return false;
        if (in_class) {
          const auto body = class_body(*value);
          if (!body) {
            error(file, line, "macro {" + name + "} is used inside [...] but is not one [...] class");
            return false;
          }
          out += *body;
        } else {
          out += "(?:" + *value + ")";
        }
        i = close;
        continue;
      }
      out += c;
    }
    return true;
  }

  // The macro's value with its own macros expanded, or null after an error.
  const std::string* expanded_macro(const std::string& name, const std::string& file, int line, std::size_t depth) {
    auto it = macros_.find(name);
    if (it == macros_.end()) { error(file, line, "undefined macro {" + name + "}"); return nullptr; }
    MacroDef& m = it->second;
    m.used = true;
    if (!m.expanded) {
      if (m.expanding) { error(m.file, m.line, "macro {" + name + "} refers to itself"); return nullptr; }
      m.expanding = true;
      std::string value;
      const bool ok = expand(m.value, m.file, m.line, value, depth + 1);
      m.expanding = false;
      if (!ok) return nullptr;
      m.value = std::move(value);
      m.expanded = true;
    }
    return &m.value;
  }

  // "[abc]" -> "abc"; nothing for anything else, a negated class included
  // (its body would flip meaning inside another class).
  static std::optional<std::string> class_body(const std::string& v) {
    if (v.size() < 3 || v.front() != '[' || v.back() != ']' || v[1] == '^') return std::nullopt;
    for (std::size_t i = 1; i + 1 < v.size(); ++i) {
      if (v[i] == '\\') { ++i; continue; }
      if (v[i] == '[' && i + 1 < v.size() && v[i + 1] == ':') {
        const auto close = v.find(":]", i + 2);
        if (close == std::string::npos) return std::nullopt;
        i = close + 1;
        continue;
      }
      if (v[i] == ']' && i > 1) return std::nullopt;  // closes early: two classes, or more
    }
    return v.substr(1, v.size() - 2);
  }

  // Duplicate ids and macro errors are found here, in file order; the rules
  // that survive go to the set uncompiled.
  void expand_rules() {
    std::map<std::string, std::pair<std::string, int>> seen;
    for (auto& r : rules_pending_) {
      auto [it, fresh] = seen.emplace(r.id, std::make_pair(r.file, r.line));
      if (!fresh) {
        error(r.file, r.line, "duplicate rule id '" + r.id + "' (first at " + it->second.first + ":" +
                                  std::to_string(it->second.second) + ")");
        continue;
      }
      if (!expand(r.pattern, r.file, r.line, r.expanded, 0)) continue;
      set_->rules_.push_back(std::move(r));
    }
  }

  // Every rule's regexes and every extractor's prefilter, compiled across the
  // cores: compiling is most of start-up, and each is independent of the rest.
  // Diagnostics are then reported in rule order, whatever finished first.
  void compile_all() {
    std::vector<Rule>& rules = set_->rules_;
    std::vector<std::string> group_errors(specs_.size());
    std::vector<std::vector<Diagnostic>> add_errors(specs_.size());
    for (const auto& spec : specs_) set_->groups_.push_back(RuleGroup{spec.name, {}, nullptr});
    std::vector<std::pair<std::size_t, std::function<void()>>> tasks;  // (cost, work)
    for (std::size_t g = 0; g < specs_.size(); ++g) {
      std::size_t cost = 0;
      for (const Rule& r : rules)
        if (r.extractor == specs_[g].name) cost += 2 * r.expanded.size();  // a Set costs about twice its rules
      tasks.emplace_back(cost, [this, g, &add_errors, &group_errors] { build_group(g, add_errors[g], group_errors[g]); });
    }
    for (Rule& r : rules) r.program = std::make_unique<RuleProgram>(r.expanded);
    if (mode_ == LoadMode::check)
      for (Rule& r : rules) tasks.emplace_back(r.expanded.size(), [&r] { r.program->re(); });
    std::stable_sort(tasks.begin(), tasks.end(), [](const auto& x, const auto& y) { return x.first > y.first; });
    run_in_parallel(tasks);

    for (Rule& r : rules) {
      if (mode_ == LoadMode::check && !r.regex().ok()) {
        error(r.file, r.line, "rule '" + r.id + "': bad pattern: " + r.regex().error());
        continue;
      }
      read_group_roles(r);
      if (mode_ == LoadMode::check) lint_rule(r);
    }
    if (!errors_.empty()) return;  // a bad pattern is rejected by its prefilter too: say it once
    for (std::size_t g = 0; g < specs_.size(); ++g) {
      errors_.insert(errors_.end(), add_errors[g].begin(), add_errors[g].end());
      if (!group_errors[g].empty()) error("<" + specs_[g].name + ">", 0, group_errors[g]);
    }
  }

  static void run_in_parallel(const std::vector<std::pair<std::size_t, std::function<void()>>>& tasks) {
    const std::size_t workers = std::min<std::size_t>(std::max(1u, std::thread::hardware_concurrency()), tasks.size());
    std::atomic<std::size_t> next{0};
    auto work = [&] {
      for (std::size_t i; (i = next.fetch_add(1)) < tasks.size();) tasks[i].second();
    };
    std::vector<std::thread> threads;
    for (std::size_t t = 1; t < workers; ++t) threads.emplace_back(work);
    work();
    for (auto& t : threads) t.join();
  }

  // The roles of a rule's named groups, read from its pattern; a check also
  // asks RE2, so the scan can never quietly disagree with the matcher.
  void read_group_roles(Rule& r) {
    auto is = [](const std::string& name, std::string_view role) {
      return name == role || (name.size() > role.size() + 1 && name.starts_with(role) && name[role.size()] == '_');
    };
    const std::vector<std::string> groups = capture_groups(r.expanded);
    if (mode_ == LoadMode::check) {
      std::map<std::string, int> scanned;
      for (std::size_t g = 0; g < groups.size(); ++g)
        if (!groups[g].empty()) scanned.emplace(groups[g], static_cast<int>(g) + 1);
      if (static_cast<int>(groups.size()) != r.regex().NumberOfCapturingGroups() || scanned != r.regex().NamedCapturingGroups())
        error(r.file, r.line, "rule '" + r.id + "': its groups could not be read without compiling it (please report)");
    }
    for (std::size_t g = 0; g < groups.size(); ++g) {
      const std::string& name = groups[g];
      const int index = static_cast<int>(g) + 1;
      if (name.empty()) continue;
      if (is(name, "span")) r.span_groups.push_back(index);
      else if (is(name, "veto")) r.veto_groups.push_back(index);
      else r.captures.emplace_back(index, name);
    }
    std::sort(r.span_groups.begin(), r.span_groups.end());
    std::sort(r.captures.begin(), r.captures.end());
  }

  void lint_rule(const Rule& r) {
    for (std::string_view probe : {"", " ", "a b. C d"}) {
      re2::StringPiece m;
      if (r.regex().Match(re2::StringPiece(probe.data(), probe.size()), 0, probe.size(), RE2::UNANCHORED, &m, 1) && m.empty()) {
        lint_.push_back({r.file, r.line, "rule '" + r.id + "' can match the empty string"});
        break;
      }
    }
    // Counted repeats above a few dozen blow up RE2::Set's DFA without an error.
    // \x{100} is a code point, not a repeat.
    static const RE2 repeat(R"((\\x)?\{(\d+)(?:,(\d*))?\})");
    re2::StringPiece rest(r.expanded);
    std::string hex, lo, hi;
    while (RE2::FindAndConsume(&rest, repeat, &hex, &lo, &hi)) {
      if (!hex.empty()) continue;
      if (std::stoi(lo) > kLargeRepeat || (!hi.empty() && std::stoi(hi) > kLargeRepeat)) {
        lint_.push_back({r.file, r.line, "rule '" + r.id + "' has a counted repeat above " +
                                             std::to_string(kLargeRepeat) + "; use + and check length in code"});
        break;
      }
    }
  }

  void check_unused_macros() {
    for (const auto& [name, m] : macros_)
      if (!m.used) lint_.push_back({m.file, m.line, "macro {" + name + "} is never used"});
  }

  // Reads only the rules' expanded patterns, so it may run beside their compiles.
  void build_group(std::size_t g, std::vector<Diagnostic>& errors, std::string& failure) const {
    RuleGroup& group = set_->groups_[g];
    RE2::Options opts;
    opts.set_log_errors(false);
    opts.set_max_mem(256 << 20);
    group.prefilter = std::make_unique<RE2::Set>(opts, RE2::UNANCHORED);
    for (std::size_t i = 0; i < set_->rules_.size(); ++i) {
      const Rule& r = set_->rules_[i];
      if (r.extractor != group.extractor) continue;
      std::string err;
      if (group.prefilter->Add(r.expanded, &err) < 0) {
        // A run compiles no rule at load: this is where a malformed pattern shows.
        errors.push_back({r.file, r.line, mode_ == LoadMode::run ? "rule '" + r.id + "': bad pattern: " + err
                                                                 : "rule '" + r.id + "' rejected by the prefilter: " + err});
        continue;
      }
      group.rules.push_back(i);
    }
    if (!group.rules.empty() && !group.prefilter->Compile()) failure = "prefilter failed to compile (out of memory)";
  }

  const std::vector<ExtractorSpec>& specs_;
  std::shared_ptr<RuleSet> set_;
  std::map<std::string, MacroDef> macros_;
  const std::set<std::string>* compile_only_ = nullptr;
  const LoadMode mode_;
  std::vector<Rule> rules_pending_;
  std::vector<Diagnostic> errors_, lint_;
};

LoadResult load_rules(const std::vector<SourceFile>& files, const std::vector<ExtractorSpec>& extractors,
                      const std::set<std::string>* compile_only, LoadMode mode) {
  return RuleLoader(extractors, compile_only, mode).load(files);
}

}  // namespace claimex
