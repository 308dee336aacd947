#include "cli/rule_files.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <iterator>
#include <ostream>

#include "extract/pipeline.hpp"

namespace claimex::cli {
namespace fs = std::filesystem;

std::string locate_rules_dir(const std::string& flag, const char* argv0) {
  if (!flag.empty()) return flag;
  if (const char* env = std::getenv("CLAIMEX_RULES"); env && *env) return env;
  std::error_code ec;
  fs::path exe = fs::canonical("/proc/self/exe", ec);
  if (ec && argv0) exe = fs::absolute(argv0, ec);
  if (!ec) {
    const fs::path installed = exe.parent_path().parent_path() / "share" / "claimex" / "rules";
    if (fs::is_directory(installed, ec)) return installed.string();
  }
  return CLAIMEX_SOURCE_RULES;
}

std::optional<std::string> read_rule_files(const std::string& dir, std::vector<SourceFile>& out) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return "rules directory '" + dir + "' not found";
  std::vector<fs::path> paths;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const auto ext = it->path().extension();
    if (it->is_regular_file() && (ext == ".toml" || ext == ".tsv")) paths.push_back(it->path());
  }
  if (ec) return "cannot read rules directory '" + dir + "': " + ec.message();
  std::sort(paths.begin(), paths.end());
  for (const auto& p : paths) {
    std::ifstream in(p, std::ios::binary);
    if (!in) return "cannot read " + p.string();
    SourceFile f;
    f.path = fs::relative(p, dir).generic_string();
    // One read of the whole file: the gazetteers run to megabytes, and a
    // character-by-character stream costs tens of milliseconds of start-up.
    std::ostringstream all;
    all << in.rdbuf();
    f.text = std::move(all).str();
    out.push_back(std::move(f));
  }
  return std::nullopt;
}

std::shared_ptr<const RuleSet> load_rule_dir(const std::string& dir, std::ostream& err,
                                             const std::set<std::string>* compile_only) {
  std::vector<SourceFile> files;
  if (auto problem = read_rule_files(dir, files)) {
    err << "claimex: " << *problem << "\n";
    return nullptr;
  }
  // Each rule compiles on its first use; `rules check` compiles them all.
  LoadResult loaded = load_rules(files, extractor_specs(), compile_only, LoadMode::run);
  for (const auto& d : loaded.errors) err << dir << "/" << d.str() << "\n";
  if (!loaded.rules) err << "claimex: the rules in " << dir << " failed to load\n";
  return loaded.rules;
}

}  // namespace claimex::cli
