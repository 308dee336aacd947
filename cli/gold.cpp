#include "cli/gold.hpp"

#include <filesystem>
#include <fstream>
#include <map>

#include <nlohmann/json.hpp>
#include <unicode/uchar.h>

#include "cli/input.hpp"
#include "extract/utf8.hpp"

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

// label_key names the label ("kind" for markers, "type" for dates).
std::optional<std::string> locate(const GoldArticle& a, const json& m, const char* label_key, Item& item) {
  if (!m.contains("text") || !m.contains(label_key))
    return a.gold_file + ": a gold item needs text and " + label_key;
  item.doc = a.doc.id;
  item.text = m["text"].get<std::string>();
  item.label = m[label_key].get<std::string>();
  item.value = m.value("value", "");
  const int occurrence = m.value("occurrence", 1);
  // Occurrences as whole words: "March" is not the start of "Marchetti".
  const std::string& text = a.doc.text;
  auto word_at = [&](std::size_t i) { return u_isalnum(static_cast<UChar32>(utf8::decode(text, i).cp)) != 0; };
  auto word_before = [&](std::size_t i) {  // the code point that ends at byte i
    std::size_t lead = i - 1;
    while (lead > 0 && (static_cast<unsigned char>(text[lead]) & 0xC0) == 0x80) --lead;
    return word_at(lead);
  };
  auto whole_word = [&](std::size_t p) {
    const std::size_t e = p + item.text.size();
    return (p == 0 || !word_before(p) || !word_at(p)) && (e >= text.size() || !word_at(e) || !word_before(e));
  };
  std::size_t pos = std::string::npos;
  for (int k = 0; k < occurrence; ++k) {
    do pos = text.find(item.text, pos == std::string::npos ? 0 : pos + 1);
    while (pos != std::string::npos && !whole_word(pos));
    if (pos == std::string::npos)
      return a.gold_file + ": \"" + item.text + "\" (occurrence " + std::to_string(occurrence) + ") is not in " + a.doc.id;
  }
  item.start = pos;
  item.end = pos + item.text.size();
  return std::nullopt;
}

// A claim: its cue by occurrence like any item, its content and source at
// their appearance nearest the cue (both are long and rarely repeat).
std::optional<std::string> locate_claim(const GoldArticle& a, const json& m, ClaimItem& c) {
  for (const char* k : {"cue", "speaker", "kind", "type", "content", "anonymous"})
    if (!m.contains(k)) return a.gold_file + ": a gold claim needs " + k;
  c.doc = a.doc.id;
  c.speaker = m["speaker"].get<std::string>();
  c.kind = m["kind"].get<std::string>();
  c.type = m["type"].get<std::string>();
  c.content = m["content"].get<std::string>();
  c.anonymous = m["anonymous"].get<bool>();
  std::size_t anchor = 0;
  if (!m["cue"].is_null()) {
    json cue = {{"text", m["cue"]}, {"kind", "cue"}, {"occurrence", m.value("occurrence", 1)}};
    Item item;
    if (auto err = locate(a, cue, "kind", item)) return err;
    c.cue = {{item.start, item.end}};
    c.cue_text = item.text;
    anchor = item.start;
  }
  const std::string& text = a.doc.text;
  auto nearest = [&](const std::string& s) {
    std::size_t best = std::string::npos;
    for (std::size_t p = text.find(s); p != std::string::npos; p = text.find(s, p + 1))
      if (best == std::string::npos || (p > anchor ? p - anchor : anchor - p) < (best > anchor ? best - anchor : anchor - best))
        best = p;
    return best;
  };
  const std::size_t at = nearest(c.content);
  if (at == std::string::npos) return a.gold_file + ": claim content \"" + c.content + "\" is not in " + a.doc.id;
  c.content_start = at;
  c.content_end = at + c.content.size();
  if (m.contains("source") && !m["source"].is_null() && nearest(m["source"].get<std::string>()) == std::string::npos)
    return a.gold_file + ": claim source \"" + m["source"].get<std::string>() + "\" is not in " + a.doc.id;
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
    GoldArticle a{r.doc, it->second.second, {}, {}, {}, {}, {}, {}};
    const json& g = it->second.first;
    for (const auto& [key, value] : g.items()) {
      if (key == "id") continue;
      if (std::find(kGoldFields.begin(), kGoldFields.end(), key) == kGoldFields.end())
        return a.gold_file + ": unknown gold field '" + key + "'";
      a.fields.insert(key);
    }
    for (const json& m : g.value("anonymity_markers", json::array())) {
      Item item;
      if (auto err = locate(a, m, "kind", item)) return err;
      a.anonymity_markers.push_back(std::move(item));
    }
    for (const json& m : g.value("dates", json::array())) {
      Item item;
      if (auto err = locate(a, m, "type", item)) return err;
      if (!m.contains("value")) return a.gold_file + ": date \"" + item.text + "\" has no value";
      a.dates.push_back(std::move(item));
    }
    for (const json& m : g.value("places", json::array())) {
      Item item;
      if (auto err = locate(a, m, "country", item)) return err;
      item.value = m.value("kind", "");
      a.places.push_back(std::move(item));
    }
    for (const json& m : g.value("actors", json::array())) {
      Item item;
      if (auto err = locate(a, m, "kind", item)) return err;
      item.value = m.value("name", item.text);  // a first full mention names itself
      a.actors.push_back(std::move(item));
    }
    for (const json& m : g.value("claims", json::array())) {
      ClaimItem c;
      if (auto err = locate_claim(a, m, c)) return err;
      a.claims.push_back(std::move(c));
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
