#include "cli/diff_cmd.hpp"

#include <algorithm>
#include <array>
#include <fstream>
#include <tuple>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

#include "cli/exit_codes.hpp"
#include "cli/input.hpp"
#include "cli/rule_files.hpp"
#include "extract/emit.hpp"

namespace claimex::cli {
namespace {
using json = nlohmann::json;
using ojson = nlohmann::ordered_json;

bool is_span_array(const json& v) {
  return v.is_array() && std::all_of(v.begin(), v.end(), [](const json& e) {
           return e.is_object() && e.contains("start") && e.contains("end");
         });
}

// Elements keyed by span; ids are per-run labels and never compared.
std::map<std::pair<long, long>, json> by_span(const json& arr) {
  std::map<std::pair<long, long>, json> out;
  for (json e : arr) {
    e.erase("id");
    const std::pair<long, long> span{e["start"].get<long>(), e["end"].get<long>()};
    out[span] = std::move(e);
  }
  return out;
}

void diff_field(const std::string& id, const std::string& field, const json& before, const json& after,
                std::vector<Change>& out) {
  const auto b = by_span(before.is_null() ? json::array() : before);
  const auto a = by_span(after.is_null() ? json::array() : after);
  for (const auto& [span, e] : b) {
    auto it = a.find(span);
    if (it == a.end()) out.push_back({id, field, Change::Kind::removed, e, nullptr, {}});
    else if (it->second != e) out.push_back({id, field, Change::Kind::changed, e, it->second, {}});
  }
  for (const auto& [span, e] : a)
    if (!b.count(span)) out.push_back({id, field, Change::Kind::added, nullptr, e, {}});
}

std::string span_of(const json& e) {
  return "[" + std::to_string(e["start"].get<long>()) + "," + std::to_string(e["end"].get<long>()) + ")";
}

// "kind=grant rule=anonymity/x", or for a change only what differs.
std::string attributes(const Change& c) {
  std::string s;
  const json& shown = c.after.is_null() ? c.before : c.after;
  for (const auto& [k, v] : shown.items()) {
    if (k == "start" || k == "end" || k == "text") continue;
    if (c.kind == Change::Kind::changed) {
      const json old = c.before.value(k, json());
      if (old == v) continue;
      s += " " + k + ": " + old.dump() + " -> " + v.dump();
    } else {
      s += " " + k + "=" + (v.is_string() ? v.get<std::string>() : v.dump());
    }
  }
  return s;
}

std::string describe(const Change& c) {
  const json& e = c.after.is_null() ? c.before : c.after;
  if (!e.is_object() || !e.contains("start")) {
    return c.field + " " + c.before.dump() + " -> " + c.after.dump();
  }
  return c.field + " " + span_of(e) + " " + e.value("text", json("")).dump() + attributes(c);
}

const char* sign(Change::Kind k) { return k == Change::Kind::added ? "+" : k == Change::Kind::removed ? "-" : "~"; }

struct Summary {
  std::map<std::string, std::array<int, 3>> by_field;  // added, removed, changed
  std::map<std::string, std::array<int, 3>> by_rule;
};

Summary summarise(const std::vector<Change>& changes) {
  Summary s;
  for (const Change& c : changes) {
    const int k = static_cast<int>(c.kind);
    ++s.by_field[c.field][k];
    std::set<std::string> rules;  // a changed element may name one rule or two
    for (const json* e : {&c.before, &c.after})
      if (e->is_object() && e->contains("rule")) rules.insert((*e)["rule"].get<std::string>());
    for (const std::string& r : rules) ++s.by_rule[r][k];
  }
  return s;
}

void print_text(const std::vector<Change>& changes, std::ostream& out, bool markdown) {
  std::string doc;
  if (markdown && !changes.empty()) out << "### Changes\n\n```diff\n";
  for (const Change& c : changes) {
    if (c.doc != doc) out << (doc.empty() ? "" : "\n") << (markdown ? "@@ " : "") << c.doc << "\n";
    doc = c.doc;
    out << sign(c.kind) << " " << describe(c) << "\n";
    if (!c.context.empty()) out << (markdown ? "#" : " ") << "     in: " << c.context << "\n";
  }
  if (markdown && !changes.empty()) out << "```\n";
  const Summary s = summarise(changes);
  out << (markdown ? "\n### Summary\n\n| field | added | removed | changed |\n|---|---:|---:|---:|\n"
                   : "\nsummary: " + std::to_string(changes.size()) + " change(s)\n");
  for (const auto& [f, n] : s.by_field) {
    if (markdown) out << "| " << f << " | " << n[0] << " | " << n[1] << " | " << n[2] << " |\n";
    else out << "  " << f << ": +" << n[0] << " -" << n[1] << " ~" << n[2] << "\n";
  }
  if (!s.by_rule.empty()) {
    out << (markdown ? "\n| rule | added | removed | changed |\n|---|---:|---:|---:|\n" : "rules involved:\n");
    for (const auto& [r, n] : s.by_rule) {
      if (markdown) out << "| `" << r << "` | " << n[0] << " | " << n[1] << " | " << n[2] << " |\n";
      else out << "  " << r << ": +" << n[0] << " -" << n[1] << " ~" << n[2] << "\n";
    }
  }
}

void print_json(const std::vector<Change>& changes, std::ostream& out) {
  ojson j;
  j["changes"] = ojson::array();
  for (const Change& c : changes) {
    ojson e;
    e["id"] = c.doc;
    e["field"] = c.field;
    e["change"] = c.kind == Change::Kind::added ? "added" : c.kind == Change::Kind::removed ? "removed" : "changed";
    e["before"] = c.before;
    e["after"] = c.after;
    if (!c.context.empty()) e["context"] = c.context;
    j["changes"].push_back(std::move(e));
  }
  const Summary s = summarise(changes);
  for (const auto* m : {&s.by_field, &s.by_rule})
    for (const auto& [k, n] : *m)
      j["summary"][m == &s.by_field ? "fields" : "rules"][k] = {{"added", n[0]}, {"removed", n[1]}, {"changed", n[2]}};
  out << j.dump(2) << "\n";
}

// id -> record, keeping the order of first appearance.
std::optional<std::string> read_jsonl(const std::string& path, std::vector<std::string>& order,
                                      std::map<std::string, json>& records) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return "cannot read " + path;
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    try {
      json j = json::parse(line);
      const std::string id = j.at("id").get<std::string>();
      if (!records.count(id)) order.push_back(id);
      records[id] = std::move(j);
    } catch (const json::exception& e) {
      return path + ":" + std::to_string(n) + ": not a claimex record: " + e.what();
    }
  }
  return std::nullopt;
}

std::vector<Change> diff_all(const std::vector<std::string>& order_old, const std::map<std::string, json>& old_recs,
                             const std::vector<std::string>& order_new, const std::map<std::string, json>& new_recs) {
  std::vector<Change> changes;
  auto get = [](const std::map<std::string, json>& m, const std::string& id) {
    auto it = m.find(id);
    return it == m.end() ? json() : it->second;
  };
  for (const std::string& id : order_old) {
    const auto c = diff_records(id, get(old_recs, id), get(new_recs, id));
    changes.insert(changes.end(), c.begin(), c.end());
  }
  for (const std::string& id : order_new)
    if (!old_recs.count(id)) {
      const auto c = diff_records(id, json(), get(new_recs, id));
      changes.insert(changes.end(), c.begin(), c.end());
    }
  return changes;
}

// The sentence-sized neighbourhood of a byte span, on one line.
std::string context_of(const std::string& text, long start, long end) {
  const std::size_t s = static_cast<std::size_t>(start), e = std::min(text.size(), static_cast<std::size_t>(end));
  std::size_t from = text.rfind('.', s == 0 ? 0 : s - 1);
  from = (from == std::string::npos || s - from > 160) ? (s > 80 ? s - 80 : 0) : from + 1;
  std::size_t to = text.find('.', e);
  to = (to == std::string::npos || to - e > 160) ? std::min(text.size(), e + 80) : to + 1;
  std::string c = text.substr(from, s - from) + "[" + text.substr(s, e - s) + "]" + text.substr(e, to - e);
  for (char& ch : c)
    if (ch == '\n' || ch == '\r' || ch == '\t') ch = ' ';
  const auto first = c.find_first_not_of(' ');
  return first == std::string::npos ? c : c.substr(first);
}

// Both rule sets over the same articles; offsets in bytes so that context can
// be cut from the text, then reported in code points like extract's output.
int diff_rule_sets(const DiffOptions& o, std::vector<Change>& changes) {
  const auto before = load_rule_dir(o.rules_old, std::cerr), after = load_rule_dir(o.rules_new, std::cerr);
  if (!before || !after) return kExitUsage;
  const Pipeline p_old(before), p_new(after);
  RecordReader reader(o.paths, InputOptions{});
  Record r;
  while (reader.next(r)) {
    if (r.error) continue;  // identical on both sides
    const Analysis x = p_old.analyse(r.doc), y = p_new.analyse(r.doc);
    auto line = [&](const Analysis& an, const RuleSet& rs, OffsetUnit u) { return json::parse(result_line(r.doc, an, rs, u)); };
    // Byte and code point offsets order spans alike, so the two diffs list
    // the same changes in the same order.
    const auto bytes = diff_records(r.doc.id, line(x, *before, OffsetUnit::utf8), line(y, *after, OffsetUnit::utf8));
    auto points = diff_records(r.doc.id, line(x, *before, OffsetUnit::codepoint), line(y, *after, OffsetUnit::codepoint));
    for (std::size_t i = 0; i < points.size(); ++i) {
      const json& e = bytes[i].after.is_null() ? bytes[i].before : bytes[i].after;
      if (e.is_object() && e.contains("start"))
        points[i].context = context_of(r.doc.text, e["start"].get<long>(), e["end"].get<long>());
      changes.push_back(std::move(points[i]));
    }
  }
  return kExitOk;
}

}  // namespace

std::vector<Change> diff_records(const std::string& id, const json& before, const json& after) {
  std::vector<Change> out;
  if (before.is_null() || after.is_null()) {
    out.push_back({id, "record", before.is_null() ? Change::Kind::added : Change::Kind::removed, before, after, {}});
    return out;
  }
  std::set<std::string> keys;
  for (const json* r : {&before, &after})
    for (const auto& [k, _] : r->items()) keys.insert(k);
  for (const std::string& k : keys) {
    if (k == "schema" || k == "id") continue;
    const json b = before.value(k, json()), a = after.value(k, json());
    if (a == b) continue;
    // Arrays of spanned elements (one side may be empty or absent) are
    // compared element by element; anything else as a whole value.
    if ((is_span_array(b) || b.is_null()) && (is_span_array(a) || a.is_null()))
      diff_field(id, k, b, a, out);
    else
      out.push_back({id, k, Change::Kind::changed, b, a, {}});
  }
  return out;
}

void print_changes(const std::vector<Change>& changes, DiffFormat format, std::ostream& out) {
  if (format == DiffFormat::json) print_json(changes, out);
  else print_text(changes, out, format == DiffFormat::markdown);
}

int run_diff(const DiffOptions& o, std::ostream& out) {
  std::vector<Change> changes;
  if (!o.rules_old.empty() || !o.rules_new.empty()) {
    if (o.rules_old.empty() || o.rules_new.empty() || o.paths.empty()) {
      std::cerr << "claimex diff: --rules-old and --rules-new go together, with the articles to run them on\n";
      return kExitUsage;
    }
    if (int code = diff_rule_sets(o, changes); code != kExitOk) return code;
  } else {
    std::vector<std::string> order_old, order_new;
    std::map<std::string, json> old_recs, new_recs;
    for (auto [path, order, recs] : {std::tuple{&o.old_path, &order_old, &old_recs}, std::tuple{&o.new_path, &order_new, &new_recs}})
      if (auto err = read_jsonl(*path, *order, *recs)) {
        std::cerr << "claimex diff: " << *err << "\n";
        return kExitUsage;
      }
    changes = diff_all(order_old, old_recs, order_new, new_recs);
  }
  print_changes(changes, o.format, out);
  return changes.empty() ? kExitOk : kExitFindings;
}

}  // namespace claimex::cli
