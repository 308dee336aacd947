#include "cli/render_cmd.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>

#include "cli/exit_codes.hpp"
#include "cli/report_html.hpp"
#include "cli/rule_files.hpp"
#include "extract/emit.hpp"

namespace claimex::cli {
namespace {

CountryPoints country_points(const RuleSet& rules) {
  CountryPoints points;
  const Table* t = rules.table("places/country_points.tsv");
  if (!t) return points;
  const auto c = t->column("country"), lat = t->column("lat"), lon = t->column("lon");
  if (!c || !lat || !lon) return points;
  for (const auto& row : t->rows)
    if (row.size() > std::max({*c, *lat, *lon})) points[row[*c]] = {std::stod(row[*lat]), std::stod(row[*lon])};
  return points;
}

}  // namespace

int run_render(const RenderOptions& o, const char* argv0) {
  const auto rules = load_rule_dir(locate_rules_dir(o.rules_dir, argv0), std::cerr);
  if (!rules) return kExitUsage;
  const Pipeline pipeline(rules);
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
