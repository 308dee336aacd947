// Input records from paths, folders, stdin and JSON Lines. Every record the
// user handed over comes out exactly once: as a Document, or as an error with
// the id it would have had.
#pragma once
#include <cstddef>
#include <deque>
#include <fstream>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "extract/pipeline.hpp"

namespace claimex::cli {

enum class InputFormat { automatic, text, jsonl };

struct InputOptions {
  std::string id_field = "id";
  std::string text_field = "text";
  std::string date_field = "date";
  InputFormat format = InputFormat::automatic;
  std::size_t max_bytes = 64u << 20;
  std::optional<CalendarDate> date_fallback;
};

struct RecordError {
  std::string code;
  std::string message;
};

struct Record {
  Document doc;                      // doc.id is set either way
  std::optional<RecordError> error;  // set when the record cannot be processed
};

// One JSON Lines record from its line (overflow: the line was cut at
// --max-bytes). Never throws; a bad line yields a Record with an error.
Record record_from_json_line(const std::string& line, bool overflow, const InputOptions& options);

// Reads one line without its \n or \r\n, keeping at most max bytes of it;
// sets overflow when the line was longer. False at the end of input.
bool read_line(std::istream& in, std::string& line, std::size_t max, bool& overflow);

class RecordReader {
 public:
  // paths: files, folders, or "-" for stdin; empty means stdin.
  RecordReader(std::vector<std::string> paths, InputOptions options);
  ~RecordReader();
  // The next record; false when every input is exhausted.
  bool next(Record& out);

 private:
  struct Source;
  bool open_next_source();
  bool next_from_jsonl(Record& out);
  void read_text_file(const std::string& path, Record& out);
  void expand_directory(const std::string& dir);

  InputOptions options_;
  std::deque<std::string> pending_;  // paths still to open, in order
  std::unique_ptr<Source> source_;   // the JSON Lines source being read
};

}  // namespace claimex::cli
