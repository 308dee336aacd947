#include "extract/offset_map.hpp"

#include <algorithm>

#include "extract/utf8.hpp"

namespace claimex {

void OffsetMap::add(std::size_t old_len, std::size_t new_len, bool changed) {
  if (changed) changed_ = true;
  if (new_len == 0) {  // a deletion: only the old cursor moves
    old_total_ += old_len;
    return;
  }
  // Merge adjacent kept runs when no deletion sits between them.
  if (!changed && !runs_.empty()) {
    Run& last = runs_.back();
    if (!last.changed && last.old_start + last.old_len == old_total_) {
      last.new_len += new_len;
      last.old_len += old_len;
      old_total_ += old_len;
      new_total_ += new_len;
      return;
    }
  }
  runs_.push_back({new_total_, old_total_, new_len, old_len, changed});
  old_total_ += old_len;
  new_total_ += new_len;
}

void OffsetMap::keep(std::size_t len) {
  if (len > 0) add(len, len, false);
}

void OffsetMap::replace(std::size_t old_len, std::size_t new_len) {
  if (old_len > 0 || new_len > 0) add(old_len, new_len, true);
}

std::vector<OffsetMap::Run>::const_iterator OffsetMap::containing(std::size_t offset) const {
  auto it = std::upper_bound(runs_.begin(), runs_.end(), offset,
                             [](std::size_t o, const Run& r) { return o < r.new_start; });
  if (it == runs_.begin()) return runs_.end();
  --it;
  return offset < it->new_start + it->new_len ? it : runs_.end();
}

std::size_t OffsetMap::to_old_start(std::size_t offset) const {
  auto it = containing(offset);
  if (it == runs_.end()) return old_total_;  // at or past the end
  return it->changed ? it->old_start : it->old_start + (offset - it->new_start);
}

std::size_t OffsetMap::to_old_end(std::size_t offset) const {
  if (offset == 0) return 0;
  auto it = containing(offset - 1);  // the run holding the last byte of the span
  if (it == runs_.end()) return old_total_;
  return it->changed ? it->old_start + it->old_len : it->old_start + (offset - it->new_start);
}

namespace {
// Dense enough that a conversion scans at most a few hundred bytes even when
// offsets come out of text order (claims overlap each other and the actors
// they name); 24 bytes per 256 of text.
constexpr std::size_t kCheckpointEvery = 256;

// Advances c over text up to byte `to`, counting units as utf8::decode does.
void advance(std::string_view text, std::size_t to, std::size_t& byte, std::size_t& codepoints, std::size_t& utf16) {
  while (byte < to && byte < text.size()) {
    if (static_cast<unsigned char>(text[byte]) < 0x80) {  // ASCII: one unit of each kind
      ++byte, ++codepoints, ++utf16;
      continue;
    }
    const utf8::Unit u = utf8::decode(text, byte);
    byte += u.len;
    ++codepoints;
    utf16 += utf8::utf16_length(u);
  }
}
}  // namespace

UnitCounter::UnitCounter(std::string_view text) : text_(text) {
  Checkpoint c{0, 0, 0};
  checkpoints_.push_back(c);
  ascii_ = std::all_of(text.begin(), text.end(), [](char ch) { return static_cast<unsigned char>(ch) < 0x80; });
  if (ascii_) return;  // every unit is a byte: nothing to count
  while (c.byte < text.size()) {
    advance(text, c.byte + kCheckpointEvery, c.byte, c.codepoints, c.utf16);
    checkpoints_.push_back(c);
  }
}

std::size_t UnitCounter::convert(std::size_t byte_offset, OffsetUnit unit) const {
  if (unit == OffsetUnit::utf8 || ascii_) return byte_offset;
  auto it = std::upper_bound(checkpoints_.begin(), checkpoints_.end(), byte_offset,
                             [](std::size_t b, const Checkpoint& c) { return b < c.byte; });
  Checkpoint c = *std::prev(it);
  if (last_.byte > c.byte && last_.byte <= byte_offset) c = last_;
  advance(text_, byte_offset, c.byte, c.codepoints, c.utf16);
  last_ = c;
  return unit == OffsetUnit::codepoint ? c.codepoints : c.utf16;
}

}  // namespace claimex
