#include "cli/input.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <sstream>

#include <nlohmann/json.hpp>

namespace claimex::cli {
namespace fs = std::filesystem;

namespace {

bool has_suffix(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool is_jsonl_name(const std::string& path) { return has_suffix(path, ".jsonl") || has_suffix(path, ".ndjson"); }

std::string id_of(const nlohmann::json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number()) return v.dump();
  return {};
}

}  // namespace

bool read_line(std::istream& in, std::string& line, std::size_t max, bool& overflow) {
  line.clear();
  overflow = false;
  char buf[1 << 16];
  bool got_any = false;
  while (true) {
    in.getline(buf, sizeof buf);
    const std::streamsize n = in.gcount();
    const bool full = in.fail() && !in.eof() && !in.bad();
    if (n > 0) got_any = true;
    // gcount counts the consumed '\n' when one was found.
    const std::size_t len = static_cast<std::size_t>(n) - (full ? 0 : (n > 0 && !in.eof() ? 1 : 0));
    if (line.size() + len <= max) line.append(buf, len);
    else overflow = true;
    if (full) {
      in.clear();
      continue;
    }
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return got_any || !in.eof();
  }
}

struct RecordReader::Source {
  std::string name;  // for ids: the path, or <stdin>
  std::unique_ptr<std::ifstream> file;
  std::istream* in = nullptr;
  std::size_t line_no = 0;
};

RecordReader::RecordReader(std::vector<std::string> paths, InputOptions options)
    : options_(std::move(options)) {
  if (paths.empty()) paths.push_back("-");
  pending_.assign(paths.begin(), paths.end());
}

RecordReader::~RecordReader() = default;

void RecordReader::expand_directory(const std::string& dir) {
  std::vector<std::string> found;
  std::error_code ec;
  // Symlinked folders are not followed, which also rules out symlink loops.
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    const std::string p = it->path().string();
    std::error_code fec;
    if (!it->is_regular_file(fec)) continue;
    if (has_suffix(p, ".txt") || is_jsonl_name(p)) found.push_back(p);
  }
  std::sort(found.begin(), found.end());
  pending_.insert(pending_.begin(), found.begin(), found.end());
}

bool RecordReader::next(Record& out) {
  while (true) {
    if (source_ && next_from_jsonl(out)) return true;
    source_.reset();
    if (pending_.empty()) return false;
    const std::string path = pending_.front();
    pending_.pop_front();
    out = Record{};
    out.doc.date_fallback = options_.date_fallback;
    if (path == "-") {
      auto src = std::make_unique<Source>();
      src->name = "<stdin>";
      src->in = &std::cin;
      // Auto-detection looks past leading white space, which a plain-text
      // article keeps: its offsets count from the first byte given.
      std::string lead;
      if (options_.format == InputFormat::automatic)
        while (std::cin.peek() == ' ' || std::cin.peek() == '\t' || std::cin.peek() == '\n' || std::cin.peek() == '\r')
          lead += static_cast<char>(std::cin.get());
      // Nothing but white space holds no record, as a JSON Lines stream of
      // blank lines does not: an empty block from `parallel --pipe` must not
      // come back as an article. (--format text reads it as one.)
      if (options_.format == InputFormat::automatic && std::cin.peek() == std::char_traits<char>::eof()) continue;
      const bool jsonl = options_.format == InputFormat::jsonl ||
                         (options_.format == InputFormat::automatic && std::cin.peek() == '{');
      if (jsonl) {
        source_ = std::move(src);
        continue;
      }
      out.doc.id = "-";
      std::string text = lead + std::string((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
      if (text.size() > options_.max_bytes)
        out.error = RecordError{"too_large", "article of " + std::to_string(text.size()) + " bytes exceeds --max-bytes"};
      else out.doc.text = std::move(text);
      return true;
    }
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (!ec && fs::is_directory(status)) {
      expand_directory(path);
      continue;
    }
    const bool jsonl = options_.format == InputFormat::jsonl ||
                       (options_.format == InputFormat::automatic && is_jsonl_name(path));
    if (jsonl && !ec) {
      auto src = std::make_unique<Source>();
      src->name = path;
      src->file = std::make_unique<std::ifstream>(path, std::ios::binary);
      if (*src->file) {
        src->in = src->file.get();
        source_ = std::move(src);
        continue;
      }
    }
    read_text_file(path, out);
    return true;
  }
}

void RecordReader::read_text_file(const std::string& path, Record& out) {
  out.doc.id = path;
  std::error_code ec;
  const auto status = fs::status(path, ec);
  if (ec || !fs::exists(status)) {
    out.error = RecordError{"unreadable", path + ": no such file or directory"};
    return;
  }
  if (!fs::is_regular_file(status) && !fs::is_character_file(status) && !fs::is_fifo(status)) {
    out.error = RecordError{"unreadable", path + ": not a regular file"};
    return;
  }
  if (fs::is_regular_file(status) && fs::file_size(path, ec) > options_.max_bytes) {
    out.error = RecordError{"too_large", path + ": larger than --max-bytes (" + std::to_string(options_.max_bytes) + ")"};
    return;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    out.error = RecordError{"unreadable", path + ": " + std::strerror(errno)};
    return;
  }
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) {
    out.error = RecordError{"unreadable", path + ": read error"};
    return;
  }
  if (text.size() >= 2 && ((text[0] == '\xFF' && text[1] == '\xFE') || (text[0] == '\xFE' && text[1] == '\xFF'))) {
    out.error = RecordError{"utf16_input", path + ": UTF-16 text; convert it first: iconv -f UTF-16 -t UTF-8"};
    return;
  }
  out.doc.text = std::move(text);
}

bool RecordReader::next_from_jsonl(Record& out) {
  std::string line;
  bool overflow = false;
  while (read_line(*source_->in, line, options_.max_bytes, overflow)) {
    ++source_->line_no;
    if (!overflow && line.find_first_not_of(" \t") == std::string::npos) continue;  // blank: no record
    out = record_from_json_line(line, overflow, options_);
    if (out.doc.id.empty()) out.doc.id = source_->name + ":" + std::to_string(source_->line_no);
    return true;
  }
  if (source_->in->bad()) {
    out = Record{};
    out.doc.id = source_->name + ":" + std::to_string(source_->line_no + 1);
    out.error = RecordError{"unreadable", source_->name + ": read error"};
    source_->in->clear();
    source_->in->setstate(std::ios::eofbit);
    return true;
  }
  return false;
}

Record record_from_json_line(const std::string& line, bool overflow, const InputOptions& options) {
  Record r;
  r.doc.date_fallback = options.date_fallback;
  if (overflow) {
    r.error = RecordError{"too_large", "JSON line exceeds --max-bytes (" + std::to_string(options.max_bytes) + ")"};
    return r;
  }
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(line);
  } catch (const nlohmann::json::exception& e) {  // parse_error, but also out_of_range for 5e444
    r.error = RecordError{"bad_json", e.what()};
    return r;
  }
  if (!j.is_object()) {
    r.error = RecordError{"bad_json", "a JSON Lines record must be an object"};
    return r;
  }
  if (auto it = j.find(options.id_field); it != j.end()) r.doc.id = id_of(*it);
  auto text = j.find(options.text_field);
  if (text == j.end()) {
    r.error = RecordError{"missing_text", "no '" + options.text_field + "' field"};
    return r;
  }
  if (!text->is_string()) {
    r.error = RecordError{"bad_text", "'" + options.text_field + "' is not a string"};
    return r;
  }
  r.doc.text = text->get<std::string>();
  if (auto d = j.find(options.date_field); d != j.end() && !d->is_null())
    r.doc.date_field = d->is_string() ? d->get<std::string>() : d->dump();
  return r;
}

}  // namespace claimex::cli
