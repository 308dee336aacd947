#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "cli/input.hpp"

using namespace claimex;
using namespace claimex::cli;
namespace fs = std::filesystem;

namespace {

std::string write_file(const std::string& name, const std::string& content) {
  fs::create_directories(fs::path(CLAIMEX_TEST_TMP) / fs::path(name).parent_path());
  const std::string path = (fs::path(CLAIMEX_TEST_TMP) / name).string();
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

std::vector<Record> read_all(std::vector<std::string> paths, InputOptions o = {}) {
  RecordReader reader(std::move(paths), o);
  std::vector<Record> out;
  Record r;
  while (reader.next(r)) out.push_back(std::move(r));
  return out;
}

}  // namespace

TEST_CASE("JSON Lines: every non-blank line is one record, good or bad") {
  const std::string path = write_file("in.jsonl",
                                      "{\"id\":\"a\",\"text\":\"T1\",\"date\":\"2025-01-02\"}\r\n"
                                      "\n"
                                      "{\"id\":7,\"text\":\"T2\"}\n"
                                      "{not json\n"
                                      "{\"id\":\"c\",\"text\":5}\n"
                                      "{\"id\":\"d\"}\n"
                                      "[1,2]\n"
                                      "{\"text\":\"no id\",\"date\":20250102}");
  const auto rs = read_all({path});
  REQUIRE(rs.size() == 7);
  CHECK(rs[0].doc.id == "a");
  CHECK(rs[0].doc.text == "T1");
  CHECK(rs[0].doc.date_field == std::string("2025-01-02"));
  CHECK(rs[1].doc.id == "7");
  CHECK(rs[2].doc.id == path + ":4");
  CHECK(rs[2].error->code == "bad_json");
  CHECK(rs[3].error->code == "bad_text");
  CHECK(rs[3].doc.id == "c");
  CHECK(rs[4].error->code == "missing_text");
  CHECK(rs[5].error->code == "bad_json");
  CHECK(rs[6].doc.id == path + ":8");
  CHECK(rs[6].doc.date_field == std::string("20250102"));
}

TEST_CASE("renamed fields") {
  const std::string path = write_file("renamed.jsonl", "{\"key\":\"k1\",\"body\":\"B\",\"published\":\"2024-05-06\"}\n");
  InputOptions o;
  o.id_field = "key";
  o.text_field = "body";
  o.date_field = "published";
  const auto rs = read_all({path}, o);
  REQUIRE(rs.size() == 1);
  CHECK(rs[0].doc.id == "k1");
  CHECK(rs[0].doc.text == "B");
  CHECK(rs[0].doc.date_field == std::string("2024-05-06"));
}

TEST_CASE("a line longer than --max-bytes becomes one error record, and reading goes on") {
  const std::string path = write_file("long.jsonl", "{\"text\":\"" + std::string(200000, 'x') + "\"}\n{\"text\":\"ok\"}\n");
  InputOptions o;
  o.max_bytes = 1000;
  const auto rs = read_all({path}, o);
  REQUIRE(rs.size() == 2);
  CHECK(rs[0].error->code == "too_large");
  CHECK_FALSE(rs[1].error);
  CHECK(rs[1].doc.text == "ok");
}

TEST_CASE("folders: sorted, recursive, .txt and .jsonl only; missing and UTF-16 files are errors") {
  write_file("folder/b.txt", "Bee.");
  write_file("folder/a/z.txt", "Zed.");
  write_file("folder/c.jsonl", "{\"id\":\"j1\",\"text\":\"J\"}\n");
  write_file("folder/notes.md", "ignored");
  write_file("utf16.txt", std::string("\xFF\xFE" "a\0", 4));
  const std::string dir = (fs::path(CLAIMEX_TEST_TMP) / "folder").string();
  const auto rs = read_all({dir, dir + "/missing.txt", (fs::path(CLAIMEX_TEST_TMP) / "utf16.txt").string()});
  REQUIRE(rs.size() == 5);
  CHECK(rs[0].doc.id == dir + "/a/z.txt");
  CHECK(rs[0].doc.text == "Zed.");
  CHECK(rs[1].doc.id == dir + "/b.txt");
  CHECK(rs[2].doc.id == "j1");
  CHECK(rs[3].error->code == "unreadable");
  CHECK(rs[4].error->code == "utf16_input");
}

TEST_CASE("a number too large for a double is a bad line, not a crash (fuzz finding)") {
  const Record r = record_from_json_line("{\"text\":\"x\",\"n\":5e444}", false, InputOptions{});
  REQUIRE(r.error);
  CHECK(r.error->code == "bad_json");
  CHECK(r.error->message.find("number overflow") != std::string::npos);
}
