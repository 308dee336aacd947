// bench/rule_cost: where the matching time goes, rule by rule. Reads JSON
// Lines articles (field "text"), normalises and segments each as the
// pipeline does, then for every extractor's group times the RE2::Set pass
// per sentence and each fired rule's find_all on that sentence. Prints the
// costliest rules first. For rule authors and BENCHMARKS.md, not for CI:
//
//   build/bench_rule_cost rules bench/data/news-5.jsonl [TOP]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli/rule_files.hpp"
#include "extract/normalise.hpp"
#include "extract/pipeline.hpp"
#include "extract/segment.hpp"

using Clock = std::chrono::steady_clock;

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: bench_rule_cost RULES_DIR ARTICLES.jsonl [TOP]\n";
    return 2;
  }
  auto rules = claimex::cli::load_rule_dir(argv[1], std::cerr);
  if (!rules) return 2;
  const std::size_t top = argc > 3 ? std::stoul(argv[3]) : 25;
  claimex::Segmenter segmenter(*rules);
  std::ifstream in(argv[2]);
  std::string line;
  struct Cost {
    double seconds = 0;
    std::size_t runs = 0, hits = 0;
  };
  std::map<std::string, Cost> by_rule, by_set;
  std::size_t bytes = 0;
  while (std::getline(in, line)) {
    const auto j = nlohmann::json::parse(line, nullptr, false);
    if (!j.is_object() || !j.contains("text")) continue;
    const auto norm = claimex::normalise(j["text"].get<std::string>());
    const std::string_view text = norm.text();
    bytes += text.size();
    const auto seg = segmenter.segment(text, 0);
    for (const char* ex : {"dates", "actors", "anonymity", "claims"}) {
      const claimex::RuleGroup* g = rules->group(ex);
      if (!g || g->rules.empty()) continue;
      std::vector<int> fired;
      for (const auto& s : seg.sentences) {
        fired.clear();
        const auto t0 = Clock::now();
        g->prefilter->Match(re2::StringPiece(text.data() + s.span.start, s.span.size()), &fired, nullptr);
        const auto t1 = Clock::now();
        Cost& sc = by_set[ex];
        sc.seconds += std::chrono::duration<double>(t1 - t0).count();
        ++sc.runs;
        for (int f : fired) {
          const claimex::Rule& r = rules->rules()[g->rules[f]];
          const auto a = Clock::now();
          // Claim rules see each sentence as a text of its own (^ and $ at its ends).
          const bool isolated = std::string_view(ex) == "claims";
          const auto found = isolated ? claimex::find_all(r, text.substr(s.span.start, s.span.size()), 0, s.span.size())
                                      : claimex::find_all(r, text, s.span.start, s.span.end);
          Cost& c = by_rule[r.id];
          c.seconds += std::chrono::duration<double>(Clock::now() - a).count();
          ++c.runs;
          c.hits += found.size();
        }
      }
    }
  }
  std::vector<std::pair<std::string, Cost>> rows(by_rule.begin(), by_rule.end());
  std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.second.seconds > b.second.seconds; });
  double total = 0;
  for (const auto& r : rows) total += r.second.seconds;
  const double mb = bytes / 1e6;
  std::printf("%.1f MB of normalised text\n\n| prefilter (RE2::Set per sentence) | ms/MB |\n|---|---:|\n", mb);
  for (const auto& [ex, c] : by_set) std::printf("| %s | %.1f |\n", ex.c_str(), c.seconds * 1e3 / mb);
  std::printf("\nfired rules in all: %.1f ms/MB\n\n| rule | ms/MB | runs | hits |\n|---|---:|---:|---:|\n", total * 1e3 / mb);
  for (std::size_t i = 0; i < rows.size() && i < top; ++i)
    std::printf("| %s | %.1f | %zu | %zu |\n", rows[i].first.c_str(), rows[i].second.seconds * 1e3 / mb,
                rows[i].second.runs, rows[i].second.hits);
  return 0;
}
