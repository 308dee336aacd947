#include "cli/gold.hpp"

#include <filesystem>
#include <fstream>
#include <map>

#include <nlohmann/json.hpp>

#include "cli/input.hpp"

namespace claimex::cli {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// Fields a gold file may carry; only those with an extractor are scored today.
const std::vector<std::string> kGoldFields = {"anonymity_markers", "dates", "places", "actors", "claims"};

std::optional<std::string> read_json(const fs::path& p, json& out) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return p.string() + ": cannot read";
  try {
    out = json::parse(in);
  } catch (const json::exception& e) {
    return p.string() + ": " + e.what();
  }
  return std::nullopt;
}

// id -> gold object, from every NAME.gold.json under root.
std::optional<std::string> index_gold(const fs::path& root, std::map<std::string, std::pair<json, std::string>>& out) {
  std::vector<fs::path> golds;
  if (fs::is_directory(root)) {
    for (const auto& e : fs::recursive_directory_iterator(root))
      if (e.is_regular_file() && e.path().string().ends_with(".gold.json")) golds.push_back(e.path());
  } else {
    golds.push_back(root.parent_path() / (root.stem().string() + ".gold.json"));
  }
  for (const fs::path& g : golds) {
    json j;
    if (auto err = read_json(g, j)) return err;
    const std::string stem = g.filename().string().substr(0, g.filename().string().size() - 10);
    if (j.contains("records")) {
      for (const json& r : j["records"]) out[r.at("id").get<std::string>()] = {r, g.string()};
    } else {
      out[(g.parent_path() / (stem + ".txt")).string()] = {j, g.string()};
    }
  }
  return std::nullopt;
}

std::optional<std::string> locate(const GoldArticle& a, const json& m, Item& item) {
  if (!m.contains("text") || !m.contains("kind")) return a.gold_file + ": a marker needs text and kind";
  item.doc = a.doc.id;
  item.text = m["text"].get<std::string>();
  item.label = m["kind"].get<std::string>();
  const int occurrence = m.value("occurrence", 1);
  std::size_t pos = std::string::npos;
  for (int k = 0; k < occurrence; ++k) {
    pos = a.doc.text.find(item.text, pos == std::string::npos ? 0 : pos + 1);
    if (pos == std::string::npos)
      return a.gold_file + ": \"" + item.text + "\" (occurrence " + std::to_string(occurrence) + ") is not in " + a.doc.id;
  }
  item.start = pos;
  item.end = pos + item.text.size();
  return std::nullopt;
}

}  // namespace

static std::optional<std::string> load_gold_unchecked(const std::string& path, std::vector<GoldArticle>& out) {
  std::map<std::string, std::pair<json, std::string>> gold;
  if (auto err = index_gold(path, gold)) return err;
  RecordReader reader({path}, InputOptions{});
  Record r;
  while (reader.next(r)) {
    if (r.error) return r.doc.id + ": " + r.error->message;
    auto it = gold.find(r.doc.id);
    if (it == gold.end()) return r.doc.id + ": no gold annotation beside it";
    GoldArticle a{r.doc, it->second.second, {}};
    const json& g = it->second.first;
    for (const auto& [key, value] : g.items()) {
      if (key == "id") continue;
      if (std::find(kGoldFields.begin(), kGoldFields.end(), key) == kGoldFields.end())
        return a.gold_file + ": unknown gold field '" + key + "'";
    }
    for (const json& m : g.value("anonymity_markers", json::array())) {
      Item item;
      if (auto err = locate(a, m, item)) return err;
      a.anonymity_markers.push_back(std::move(item));
    }
    out.push_back(std::move(a));
  }
  return std::nullopt;
}

std::optional<std::string> load_gold(const std::string& path, std::vector<GoldArticle>& out) {
  try {
    return load_gold_unchecked(path, out);
  } catch (const std::exception& e) {  // a gold field of the wrong JSON type, an unreadable folder
    return path + ": " + e.what();
  }
}

}  // namespace claimex::cli
