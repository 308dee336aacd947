#include "cli/render_cmd.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>

#include "cli/exit_codes.hpp"
#include "cli/report_html.hpp"
#include "cli/rule_files.hpp"
#include "extract/emit.hpp"
#include "extract/utf8.hpp"

namespace claimex::cli {
namespace {

CountryPoints country_points(const RuleSet& rules) {
  CountryPoints points;
  const Table* t = rules.table("places/country_points.tsv");
  if (!t) return points;
  const auto c = t->column("country"), lat = t->column("lat"), lon = t->column("lon");
  if (!c || !lat || !lon) return points;
  for (const auto& row : t->rows) {
    if (row.size() <= std::max({*c, *lat, *lon})) continue;
    char* end_lat = nullptr;
    char* end_lon = nullptr;
    const double la = std::strtod(row[*lat].c_str(), &end_lat), lo = std::strtod(row[*lon].c_str(), &end_lon);
    if (*end_lat == '\0' && *end_lon == '\0' && !row[*lat].empty() && !row[*lon].empty()) points[row[*c]] = {la, lo};
  }
  return points;
}

// Byte offset of every unit boundary of text, in unit (codepoint or utf16):
// starts[k] is where the k-th unit starts. utf8 needs none: offsets are bytes.
std::vector<std::size_t> unit_starts(std::string_view text, const std::string& unit) {
  std::vector<std::size_t> bytes;
  if (unit == "utf8") return bytes;
  for (std::size_t i = 0; i < text.size();) {
    const utf8::Unit u = utf8::decode(text, i);
    bytes.push_back(i);
    if (unit == "utf16" && utf8::utf16_length(u) == 2) bytes.push_back(i);  // the low surrogate
    i += u.len;
  }
  bytes.push_back(text.size());
  return bytes;
}

// Rewrites every {start, end} in j to bytes (through starts, or as they are
// when starts is empty); false when one lies past the text (the result is
// not this article's).
bool to_bytes(nlohmann::json& j, const std::vector<std::size_t>& starts, std::size_t text_size) {
  if (j.is_array()) {
    for (auto& x : j)
      if (!to_bytes(x, starts, text_size)) return false;
  } else if (j.is_object()) {
    for (const char* key : {"start", "end"})
      if (auto it = j.find(key); it != j.end() && it->is_number_unsigned()) {
        const std::size_t k = *it;
        if (starts.empty() ? k > text_size : k >= starts.size()) return false;
        if (!starts.empty()) *it = starts[k];
      }
    for (auto& [key, value] : j.items())
      if (value.is_structured() && !to_bytes(value, starts, text_size)) return false;
  }
  return true;
}

// id -> result line, from a saved extract output.
std::optional<std::map<std::string, nlohmann::json>> read_results(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::map<std::string, nlohmann::json> out;
  for (std::string line; std::getline(in, line);) {
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (!j.is_object() || !j.value("id", nlohmann::json()).is_string()) continue;
    std::string id = j["id"];  // before the move: the right side of = is evaluated first
    out[std::move(id)] = std::move(j);
  }
  return out;
}

}  // namespace

int run_render(const RenderOptions& o, const char* argv0) {
  const auto rules = load_rule_dir(locate_rules_dir(o.rules_dir, argv0), std::cerr);
  if (!rules) return kExitUsage;
  const Pipeline pipeline(rules);
  std::map<std::string, nlohmann::json> saved;
  if (!o.results.empty()) {
    auto r = read_results(o.results);
    if (!r) {
      std::cerr << "claimex: cannot read " << o.results << ": " << std::strerror(errno) << "\n";
      return kExitUsage;
    }
    saved = std::move(*r);
  }
  RecordReader reader(o.paths, o.input);
  std::vector<ReportArticle> articles;
  std::size_t failed = 0, skipped = 0;
  for (Record r; reader.next(r);) {
    if (articles.size() >= o.max_articles) {
      ++skipped;
      continue;
    }
    std::string line;
    if (r.error) {
      line = error_line(r.doc.id, r.error->code, r.error->message);
    } else if (!o.results.empty()) {
      auto it = saved.find(r.doc.id);
      nlohmann::json j = it == saved.end() ? nlohmann::json() : std::move(it->second);
      if (it != saved.end()) saved.erase(it);
      if (j.is_null() || (!j.contains("error") && !to_bytes(j, unit_starts(r.doc.text, o.results_unit), r.doc.text.size())))
        j = nlohmann::json::parse(error_line(r.doc.id, "no_result",
                                             j.is_null() ? "no line with this id in " + o.results
                                                         : "the saved offsets lie past this article's end"));
      articles.push_back({std::move(r.doc.text), std::move(j)});
      if (articles.back().result.contains("error")) ++failed;
      continue;
    } else {
      try {
        line = result_line(r.doc, pipeline.analyse(r.doc), pipeline.rules(), OffsetUnit::utf8);
      } catch (const std::exception& e) {
        line = error_line(r.doc.id, "internal", e.what());
      }
    }
    ReportArticle a{std::move(r.doc.text), nlohmann::json::parse(line, nullptr, false)};
    if (a.result.contains("error")) ++failed;
    articles.push_back(std::move(a));
  }
  if (!saved.empty() && articles.size() < o.max_articles)
    std::cerr << "claimex: " << saved.size() << " result(s) in " << o.results << " matched no article given\n";
  if (skipped) std::cerr << "claimex: render shows the first " << o.max_articles << " articles; " << skipped << " left out\n";
  const std::string html = report_html(articles, country_points(*rules), o.title);
  if (o.output.empty()) {
    std::cout << html;
    std::cout.flush();
    if (!std::cout) return kExitUsage;
  } else {
    const std::string tmp = o.output + ".tmp";
    std::ofstream out(tmp, std::ios::binary);
    out << html;
    out.close();
    if (!out || std::rename(tmp.c_str(), o.output.c_str()) != 0) {
      std::cerr << "claimex: cannot write " << o.output << ": " << std::strerror(errno) << "\n";
      std::remove(tmp.c_str());
      return kExitUsage;
    }
  }
  if (failed) std::cerr << "claimex: " << failed << " record(s) could not be processed; the report shows them as errors\n";
  return failed ? kExitRecordErrors : kExitOk;
}

}  // namespace claimex::cli
