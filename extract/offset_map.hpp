// OffsetMap: where a byte offset of a rewritten text came from in the text it
// was rewritten from. Built as a sequence of "kept" and "replaced" runs, the
// way ICU's Edits describe a normalisation.
//
// A rewritten offset that falls inside a replaced run has no exact source, so
// a span's start maps to the run's start and its end to the run's end: a
// mapped span always covers at least what the match covered, never less.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace claimex {

class OffsetMap {
 public:
  // Builder: the next old_len source bytes were copied unchanged / rewritten
  // into new_len bytes (new_len may be 0 for a deletion).
  void keep(std::size_t len);
  void replace(std::size_t old_len, std::size_t new_len);

  std::size_t to_old_start(std::size_t new_offset) const;
  std::size_t to_old_end(std::size_t new_offset) const;

  bool is_identity() const { return !changed_; }
  std::size_t old_size() const { return old_total_; }
  std::size_t new_size() const { return new_total_; }

 private:
  struct Run {
    std::size_t new_start, old_start, new_len, old_len;
    bool changed;
  };
  void add(std::size_t old_len, std::size_t new_len, bool changed);
  // The run with new_start <= offset < new_start + new_len, or runs_.end().
  std::vector<Run>::const_iterator containing(std::size_t new_offset) const;

  std::vector<Run> runs_;  // tiles the new text; deletions live in the gaps of old
  std::size_t old_total_ = 0, new_total_ = 0;
  bool changed_ = false;
};

enum class OffsetUnit { codepoint, utf8, utf16 };

// Converts byte offsets of one (possibly invalid) UTF-8 text into code points
// or UTF-16 code units, as utf8::decode counts them. Keeps a checkpoint every
// 256 bytes (none for an all-ASCII text, where a byte is a unit) and
// remembers the last conversion, so any offset costs a short scan.
// Not thread-safe: one counter per document being written.
class UnitCounter {
 public:
  explicit UnitCounter(std::string_view text);
  // byte_offset must lie on a unit boundary.
  std::size_t convert(std::size_t byte_offset, OffsetUnit unit) const;

 private:
  struct Checkpoint {
    std::size_t byte, codepoints, utf16;
  };
  std::string_view text_;
  std::vector<Checkpoint> checkpoints_;
  bool ascii_ = false;  // every offset is already a count of units
  mutable Checkpoint last_{0, 0, 0};
};

}  // namespace claimex
