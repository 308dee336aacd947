// The HTML report of claimex render: one self-contained page (no network,
// no external assets) built from articles and their claimex/1 results.
// Pure string building; reading articles and writing the file is the
// caller's business.
#pragma once
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace claimex::cli {

struct ReportArticle {
  std::string text;       // the original article bytes
  nlohmann::json result;  // its claimex/1 line with --offsets utf8 (or an error line)
};

// Where to put a country on the world plot: latitude, longitude.
using CountryPoints = std::map<std::string, std::pair<double, double>, std::less<>>;

// One highlighted stretch of an article: [start, end) bytes of the original
// text and the annotations covering all of it.
struct Segment {
  std::size_t start = 0, end = 0;
  std::vector<std::string> entities;  // d1, p2, a3, m1
  std::vector<std::string> contents;  // ids of the claims whose content covers it
  std::vector<std::string> cues, sources;
};

// Cuts text at every annotation boundary of result; stretches with no
// annotation come out as segments with empty lists.
std::vector<Segment> segments_of(std::string_view text, const nlohmann::json& result);

// The page: an index with corpus-level charts when there are several
// articles, then each article with its highlights and sourcing panel.
std::string report_html(const std::vector<ReportArticle>& articles, const CountryPoints& points,
                        std::string_view title);

// text as HTML character data; invalid UTF-8 becomes U+FFFD.
void append_html(std::string& out, std::string_view text);

}  // namespace claimex::cli
