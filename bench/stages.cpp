// bench/stages: one Google Benchmark per pipeline stage, so that a
// regression is pinned to a stage. Each stage runs over the same articles
// with the earlier stages' results computed once beforehand.
//
//   build/bench_stages [--benchmark_filter=Dates]       # articles: $CLAIMEX_BENCH_DATA,
//                                                     # else the corpus/ articles
// Throughput is reported per byte of article text.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>

#include <nlohmann/json.hpp>

#include "cli/rule_files.hpp"
#include "extract/emit.hpp"
#include "extract/pipeline.hpp"

namespace {

using namespace claimex;

struct Fixture {
  std::shared_ptr<const RuleSet> rules;
  std::unique_ptr<Pipeline> pipeline;
  std::vector<Document> docs;
  std::vector<Analysis> analyses;  // every stage done, for the later stages' inputs
  std::size_t bytes = 0;
};

std::vector<Document> read_articles() {
  std::vector<Document> docs;
  const char* data = std::getenv("CLAIMEX_BENCH_DATA");
  if (data && *data) {
    std::ifstream in(data);
    for (std::string line; std::getline(in, line);) {
      auto j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_object() && j.value("text", nlohmann::json()).is_string())
        docs.push_back({j.value("id", "?"), j["text"], j.value("date", std::string("2025-11-19")), std::nullopt});
    }
    return docs;
  }
  for (const auto& e : std::filesystem::recursive_directory_iterator(CLAIMEX_SOURCE_DIR "/corpus"))
    if (e.path().extension() == ".txt") {
      std::ifstream in(e.path(), std::ios::binary);
      docs.push_back({e.path().string(), std::string(std::istreambuf_iterator<char>(in), {}), std::nullopt, std::nullopt});
    }
  return docs;
}

Fixture& fixture() {
  static Fixture f = [] {
    Fixture f;
    f.rules = cli::load_rule_dir(CLAIMEX_SOURCE_DIR "/rules", std::cerr);
    if (!f.rules) std::exit(2);
    f.pipeline = std::make_unique<Pipeline>(f.rules);
    f.docs = read_articles();
    for (const auto& d : f.docs) {
      f.analyses.push_back(f.pipeline->analyse(d));
      f.bytes += d.text.size();
    }
    return f;
  }();
  return f;
}

template <typename Stage>
void run(benchmark::State& state, Stage stage) {
  Fixture& f = fixture();
  for (auto _ : state)
    for (std::size_t i = 0; i < f.docs.size(); ++i) stage(f, i);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * f.bytes));
}

void Normalise(benchmark::State& s) {
  run(s, [](Fixture& f, std::size_t i) { benchmark::DoNotOptimize(normalise(f.docs[i].text)); });
}
void Segment(benchmark::State& s) {
  static const Segmenter seg(*fixture().rules);
  run(s, [](Fixture& f, std::size_t i) {
    benchmark::DoNotOptimize(seg.segment(f.analyses[i].norm.text(), f.analyses[i].body_start));
  });
}
// The RE2::Set pass of every extractor over every sentence: which rules may fire.
void Prefilter(benchmark::State& s) {
  run(s, [](Fixture& f, std::size_t i) {
    const Analysis& a = f.analyses[i];
    std::vector<int> fired;
    for (const char* ex : {"dates", "actors", "anonymity", "claims"}) {
      const RuleGroup* g = f.rules->group(ex);
      for (const Sentence& sn : a.segments.sentences) {
        fired.clear();
        g->prefilter->Match(re2::StringPiece(a.norm.text().data() + sn.span.start, sn.span.size()), &fired, nullptr);
      }
    }
    benchmark::DoNotOptimize(fired);
  });
}
void Dates(benchmark::State& s) {
  run(s, [](Fixture& f, std::size_t i) {
    const Analysis& a = f.analyses[i];
    benchmark::DoNotOptimize(find_dates(*f.rules, f.pipeline->date_lexicon(), {a.norm.text(), &a.segments, a.dct}));
  });
}
void Places(benchmark::State& s) {
  run(s, [](Fixture& f, std::size_t i) {
    const Analysis& a = f.analyses[i];
    benchmark::DoNotOptimize(find_places(f.pipeline->gazetteer(), {a.norm.text(), &a.segments, a.body_start}));
  });
}
void Actors(benchmark::State& s) {
  run(s, [](Fixture& f, std::size_t i) {
    const Analysis& a = f.analyses[i];
    benchmark::DoNotOptimize(find_actors(*f.rules, f.pipeline->actor_lexicon(),
                                         {a.norm.text(), &a.segments, &a.places, &f.pipeline->gazetteer()}));
  });
}
void Markers(benchmark::State& s) {
  run(s, [](Fixture& f, std::size_t i) {
    const Analysis& a = f.analyses[i];
    benchmark::DoNotOptimize(find_anonymity_markers(*f.rules, a.norm.text(), a.segments));
  });
}
void Claims(benchmark::State& s) {
  run(s, [](Fixture& f, std::size_t i) {
    const Analysis& a = f.analyses[i];
    benchmark::DoNotOptimize(find_claims(*f.rules, f.pipeline->claim_lexicon(),
                                         {a.norm.text(), &a.segments, a.body_start, &a.actors, &a.markers, &a.dates,
                                          &a.places}));
  });
}
void Emit(benchmark::State& s) {
  run(s, [](Fixture& f, std::size_t i) {
    benchmark::DoNotOptimize(result_line(f.docs[i], f.analyses[i], *f.rules, OffsetUnit::codepoint));
  });
}
void WholePipeline(benchmark::State& s) {
  run(s, [](Fixture& f, std::size_t i) {
    benchmark::DoNotOptimize(result_line(f.docs[i], f.pipeline->analyse(f.docs[i]), *f.rules, OffsetUnit::codepoint));
  });
}

// The same work stage-major over chunks of articles: each extractor's rules
// stay in the CPU caches for a whole chunk.
void StagedPipeline(benchmark::State& state) {
  Fixture& f = fixture();
  const std::size_t chunk = static_cast<std::size_t>(state.range(0));
  for (auto _ : state)
    for (std::size_t from = 0; from < f.docs.size(); from += chunk) {
      const std::size_t to = std::min(f.docs.size(), from + chunk);
      std::vector<const Document*> docs;
      for (std::size_t i = from; i < to; ++i) docs.push_back(&f.docs[i]);
      auto out = f.pipeline->analyse_batch(docs);
      for (std::size_t i = from; i < to; ++i)
        benchmark::DoNotOptimize(result_line(f.docs[i], out[i - from], *f.rules, OffsetUnit::codepoint));
    }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * f.bytes));
}
BENCHMARK(StagedPipeline)->Arg(1)->Arg(8)->Arg(32)->Unit(benchmark::kMillisecond);

BENCHMARK(Normalise)->Unit(benchmark::kMillisecond);
BENCHMARK(Segment)->Unit(benchmark::kMillisecond);
BENCHMARK(Prefilter)->Unit(benchmark::kMillisecond);
BENCHMARK(Dates)->Unit(benchmark::kMillisecond);
BENCHMARK(Places)->Unit(benchmark::kMillisecond);
BENCHMARK(Actors)->Unit(benchmark::kMillisecond);
BENCHMARK(Markers)->Unit(benchmark::kMillisecond);
BENCHMARK(Claims)->Unit(benchmark::kMillisecond);
BENCHMARK(Emit)->Unit(benchmark::kMillisecond);
BENCHMARK(WholePipeline)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
