#include "cli/extract_cmd.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <thread>

#include <unistd.h>

#include <nlohmann/json.hpp>

#include "cli/exit_codes.hpp"
#include "cli/rule_files.hpp"
#include "extract/emit.hpp"

namespace claimex::cli {
namespace {

// Ctrl-C / SIGTERM. While records are processed or written: finish the batch
// in hand, write it, stop. While blocked reading input (libstdc++ retries
// interrupted reads, so the read would never return): every finished batch is
// already flushed, so remove the -o temporary file and leave at once.
volatile std::sig_atomic_t g_interrupted = 0;
volatile std::sig_atomic_t g_reading = 0;
char g_temporary[4096] = "";  // the -o temporary file, for the handler

extern "C" void on_interrupt(int) {
  g_interrupted = 1;
  if (!g_reading) return;
  if (g_temporary[0]) unlink(g_temporary);
  static const char msg[] = "claimex: interrupted; output so far is complete records\n";
  (void)!write(STDERR_FILENO, msg, sizeof msg - 1);
  _exit(130);
}

// Lines go to stdout, or to FILE.tmp renamed to FILE once complete, so an
// interrupted run never leaves a half-written file under the final name.
class Output {
 public:
  bool open(const std::string& path) {
    path_ = path;
    if (path.empty()) {
      out_ = stdout;
      return true;
    }
    tmp_ = path + ".tmp." + std::to_string(::getpid());
    out_ = std::fopen(tmp_.c_str(), "wb");
    if (tmp_.size() < sizeof g_temporary) std::copy(tmp_.c_str(), tmp_.c_str() + tmp_.size() + 1, g_temporary);
    return out_ != nullptr;
  }
  // False once the reader went away (broken pipe) or the disk failed.
  bool write(const std::string& line) {
    if (std::fwrite(line.data(), 1, line.size(), out_) != line.size() || std::fputc('\n', out_) == EOF) {
      failed_errno_ = errno;
      return false;
    }
    return true;
  }
  // Flushes; for -o, closes and renames into place unless commit is false
  // (then the temporary file is removed).
  bool finish(bool commit = true) {
    if (std::fflush(out_) != 0) {
      failed_errno_ = errno;
      return false;
    }
    if (path_.empty()) return true;
    if (!commit) {
      abandon();
      return true;
    }
    const bool ok = std::fclose(out_) == 0 && std::rename(tmp_.c_str(), path_.c_str()) == 0;
    if (!ok) failed_errno_ = errno;
    out_ = nullptr;
    return ok;
  }
  void abandon() {
    if (!path_.empty() && out_) {
      std::fclose(out_);
      std::remove(tmp_.c_str());
      out_ = nullptr;
    }
  }
  bool flush() {
    if (std::fflush(out_) == 0) return true;
    failed_errno_ = errno;
    return false;
  }
  bool broken_pipe() const { return failed_errno_ == EPIPE; }
  std::string error() const { return std::strerror(failed_errno_); }

 private:
  std::string path_, tmp_;
  std::FILE* out_ = nullptr;
  int failed_errno_ = 0;
};

// One output line for one record; failed says whether it is an error line.
std::string process(const Pipeline& pipeline, const Record& r, const ExtractOptions& o, bool& failed) {
  std::string line;
  failed = r.error.has_value();
  if (r.error) {
    line = error_line(r.doc.id, r.error->code, r.error->message);
  } else {
    try {
      line = result_line(r.doc, pipeline.analyse(r.doc, o.only), pipeline.rules(), o.unit);
    } catch (const std::exception& e) {  // e.g. std::bad_alloc on a giant article
      line = error_line(r.doc.id, "internal", e.what());
      failed = true;
    }
  }
  if (o.pretty) line = nlohmann::ordered_json::parse(line).dump(2);
  return line;
}

// Records [from, to) of a batch, analysed together stage by stage (faster:
// see Pipeline::analyse_batch). Should that throw (std::bad_alloc on a giant
// article), each record is done alone, so only the culprit becomes an error.
void process_chunk(const Pipeline& pipeline, const std::vector<Record>& batch, std::size_t from, std::size_t to,
                   const ExtractOptions& o, std::vector<std::string>& lines, std::vector<char>& failures) {
  std::vector<const Document*> docs;
  std::vector<std::size_t> at;
  for (std::size_t i = from; i < to; ++i)
    if (!batch[i].error) docs.push_back(&batch[i].doc), at.push_back(i);
  std::vector<Analysis> analyses;
  try {
    analyses = pipeline.analyse_batch(docs, o.only);
  } catch (const std::exception&) {
    for (std::size_t i = from; i < to; ++i) {
      bool f = false;
      lines[i] = process(pipeline, batch[i], o, f);
      failures[i] = f;
    }
    return;
  }
  for (std::size_t k = 0; k < at.size(); ++k) {
    lines[at[k]] = result_line(batch[at[k]].doc, analyses[k], pipeline.rules(), o.unit);
    if (o.pretty) lines[at[k]] = nlohmann::ordered_json::parse(lines[at[k]]).dump(2);
  }
  for (std::size_t i = from; i < to; ++i)
    if (batch[i].error) {
      bool f = false;
      lines[i] = process(pipeline, batch[i], o, f);
      failures[i] = f;
    }
}

bool next_record(RecordReader& reader, Record& r) {
  g_reading = 1;
  const bool more = reader.next(r);
  g_reading = 0;
  return more;
}

// A line on stderr, rewritten after each batch, when stderr is a terminal:
// articles, megabytes, MB/s and, when the inputs' sizes are known, the ETA.
class Progress {
 public:
  Progress(const ExtractOptions& o) : on_(!o.quiet && ::isatty(STDERR_FILENO)), start_(Clock::now()) {
    if (!on_) return;
    std::error_code ec;
    for (const std::string& p : o.paths) {
      if (p == "-") {  // stdin: no size, so no time left
        total_ = 0;
        return;
      }
      if (std::filesystem::is_regular_file(p, ec)) total_ += std::filesystem::file_size(p, ec);
      else if (std::filesystem::is_directory(p, ec))
        for (auto it = std::filesystem::recursive_directory_iterator(p, ec); !ec && it != std::filesystem::end(it); it.increment(ec))
          if (it->is_regular_file(ec)) total_ += it->file_size(ec);
    }
  }
  void update(std::size_t articles, std::size_t bytes) {
    if (!on_) return;
    const double s = std::chrono::duration<double>(Clock::now() - start_).count();
    const double mbs = s > 0 ? bytes / 1e6 / s : 0;
    char line[160];
    int n = std::snprintf(line, sizeof line, "\rclaimex: %zu articles, %.1f MB, %.1f MB/s", articles, bytes / 1e6, mbs);
    if (total_ > bytes && mbs > 0 && n > 0 && n < static_cast<int>(sizeof line))
      std::snprintf(line + n, sizeof line - n, ", about %.0f s left", (total_ - bytes) / 1e6 / mbs);
    std::fputs(line, stderr);
    std::fputs("\033[K", stderr);
    shown_ = true;
  }
  ~Progress() {
    if (shown_) std::fputs("\r\033[K", stderr);
  }

 private:
  using Clock = std::chrono::steady_clock;
  bool on_, shown_ = false;
  Clock::time_point start_;
  std::uintmax_t total_ = 0;
};

// Records are read in batches, processed by the workers, and written in input
// order; memory is bounded by one batch.
constexpr std::size_t kBatchRecords = 256;
constexpr std::size_t kBatchBytes = 32u << 20;
// Records a worker analyses together, stage by stage (bench/stages,
// StagedPipeline: 8 to 32 are about 20 % faster than one at a time).
constexpr std::size_t kChunkRecords = 16;

}  // namespace

int run_extract(const ExtractOptions& o, const char* argv0) {
  std::signal(SIGPIPE, SIG_IGN);
  struct sigaction on_stop {};
  on_stop.sa_handler = on_interrupt;
  on_stop.sa_flags = SA_RESTART;
  sigemptyset(&on_stop.sa_mask);
  sigaction(SIGINT, &on_stop, nullptr);
  sigaction(SIGTERM, &on_stop, nullptr);
  const std::set<std::string> folders = o.only.rule_folders();
  const auto rules = load_rule_dir(locate_rules_dir(o.rules_dir, argv0), std::cerr, &folders);
  if (!rules) return kExitUsage;
  const Pipeline pipeline(rules);

  Output out;
  if (!out.open(o.output)) {
    std::cerr << "claimex: cannot write " << o.output << ": " << std::strerror(errno) << "\n";
    return kExitUsage;
  }
  RecordReader reader(o.paths, o.input);
  const unsigned jobs = std::max(1u, o.jobs);
  std::vector<Record> batch;
  std::vector<std::string> lines;
  std::size_t failed = 0, done = 0, done_bytes = 0;
  Progress progress(o);
  bool more = true;
  bool stop = false;
  bool write_failed = false;
  while (more && !stop && !g_interrupted) {
    batch.clear();
    std::size_t bytes = 0;
    Record r;
    while (batch.size() < kBatchRecords && bytes < kBatchBytes && !g_interrupted && (more = next_record(reader, r))) {
      bytes += r.doc.text.size();
      batch.push_back(std::move(r));
      if (o.fail_fast && batch.back().error) break;
    }
    lines.assign(batch.size(), {});
    std::vector<char> failures(batch.size(), 0);
    std::atomic<std::size_t> next{0};
    auto work = [&] {
      for (std::size_t i; (i = next.fetch_add(kChunkRecords)) < batch.size();)
        process_chunk(pipeline, batch, i, std::min(batch.size(), i + kChunkRecords), o, lines, failures);
    };
    if (jobs == 1 || batch.size() < 2) {
      work();
    } else {
      std::vector<std::jthread> workers;
      for (unsigned t = 1; t < jobs; ++t) workers.emplace_back(work);
      work();
    }
    for (std::size_t i = 0; i < batch.size() && !stop; ++i) {
      if (!out.write(lines[i])) {
        write_failed = true;
        stop = true;
        break;
      }
      failed += failures[i];
      if (o.fail_fast && failures[i]) stop = true;
    }
    if (!write_failed && !out.flush()) write_failed = stop = true;  // a batch is on disk before more is read
    done += batch.size();
    done_bytes += bytes;
    progress.update(done, done_bytes);
  }
  if (write_failed || !out.finish(!g_interrupted)) {
    if (out.broken_pipe()) return kExitOk;  // `claimex extract ... | head` is a normal stop
    out.abandon();
    std::cerr << "claimex: write failed: " << out.error() << "\n";
    return kExitUsage;
  }
  if (g_interrupted) {
    // -o FILE keeps its old content: the partial output was not renamed over it.
    std::cerr << "claimex: interrupted; " << (o.output.empty() ? "the lines written so far are complete records"
                                                                : "nothing written to " + o.output) << "\n";
    return kExitInterrupted;
  }
  if (failed > 0) {
    if (!o.quiet) std::cerr << "claimex: " << failed << " record(s) could not be processed; see their error lines\n";
    return kExitRecordErrors;
  }
  return kExitOk;
}

}  // namespace claimex::cli
