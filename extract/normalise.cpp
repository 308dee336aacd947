#include "extract/normalise.hpp"

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>

#include "extract/utf8.hpp"

namespace claimex {
namespace {

OffsetMap repair_stage(std::string_view in, std::string& out, std::size_t& invalid) {
  OffsetMap map;
  out.reserve(in.size() + 16);
  for (std::size_t i = 0; i < in.size();) {
    const utf8::Unit u = utf8::decode(in, i);
    if (u.valid) {
      out.append(in.substr(i, u.len));
      map.keep(u.len);
    } else {
      utf8::append(out, utf8::kReplacement);
      map.replace(u.len, 3);
      invalid += u.len;
    }
    i += u.len;
  }
  return map;
}

// Returns false (and leaves out empty) when ICU fails; the caller keeps the input.
bool nfkc_stage(std::string_view in, std::string& out, OffsetMap& map) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status)) return false;
  icu::StringPiece piece(in.data(), static_cast<int32_t>(in.size()));
  icu::Edits edits;
  icu::StringByteSink<std::string> sink(&out, static_cast<int32_t>(in.size()));
  nfkc->normalizeUTF8(0, piece, sink, &edits, status);
  if (U_FAILURE(status)) return false;
  icu::Edits::Iterator it = edits.getFineIterator();
  while (it.next(status)) {
    if (it.hasChange()) map.replace(it.oldLength(), it.newLength());
    else map.keep(it.oldLength());
  }
  return U_SUCCESS(status);
}

bool is_nfkc(std::string_view in) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status)) return true;
  const bool yes = nfkc->isNormalizedUTF8(icu::StringPiece(in.data(), static_cast<int32_t>(in.size())), status);
  return U_FAILURE(status) || yes;
}

// What a character folds to; nullptr when it stays as it is.
const char* fold_of(char32_t cp) {
  switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC:
    case 0x2039: case 0x203A:
      return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB:
    case 0x00BB: case 0x301D: case 0x301E: case 0x301F:
      return "\"";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
    case 0x2212: case 0x2E3A: case 0x2E3B:
      return "-";
    case 0x00A0: case 0x1680: case 0x202F: case 0x205F: case 0x3000:
      return " ";
    case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF: case 0x00AD:
      return "";
    case 0x2028: case 0x0085:
      return "\n";
    case 0x2029:
      return "\n\n";
    case '\t': case '\n':
      return nullptr;
    default:
      break;
  }
  if (cp >= 0x2000 && cp <= 0x200A) return " ";
  if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) return " ";
  return nullptr;
}

OffsetMap fold_stage(std::string_view in, std::string& out) {
  OffsetMap map;
  out.reserve(in.size());
  std::size_t kept_from = 0;  // start of the pending run of unchanged bytes
  auto flush = [&](std::size_t upto) {
    out.append(in.substr(kept_from, upto - kept_from));
    map.keep(upto - kept_from);
  };
  for (std::size_t i = 0; i < in.size();) {
    const unsigned char b = static_cast<unsigned char>(in[i]);
    if (b >= 0x20 && b < 0x7F) {  // printable ASCII never folds
      ++i;
      continue;
    }
    const utf8::Unit u = utf8::decode(in, i);
    const char* to = fold_of(u.cp);
    if (u.cp == '\r') to = (i + 1 < in.size() && in[i + 1] == '\n') ? "" : "\n";
    if (to != nullptr) {
      flush(i);
      const std::string_view rep(to);
      out.append(rep);
      map.replace(u.len, rep.size());
      kept_from = i + u.len;
    }
    i += u.len;
  }
  flush(in.size());
  return map;
}

}  // namespace

NormalisedText normalise(std::string_view original) {
  NormalisedText result;
  std::string current(original);
  if (!utf8::is_valid(current)) {
    std::string repaired;
    result.maps_.push_back(repair_stage(current, repaired, result.invalid_bytes_));
    current = std::move(repaired);
  }
  if (!is_nfkc(current)) {
    std::string composed;
    OffsetMap map;
    if (nfkc_stage(current, composed, map)) {
      result.maps_.push_back(std::move(map));
      current = std::move(composed);
    }
  }
  std::string folded;
  OffsetMap fold_map = fold_stage(current, folded);
  if (!fold_map.is_identity()) result.maps_.push_back(std::move(fold_map));
  result.text_ = std::move(folded);
  return result;
}

std::size_t NormalisedText::to_original_start(std::size_t offset) const {
  for (auto it = maps_.rbegin(); it != maps_.rend(); ++it) offset = it->to_old_start(offset);
  return offset;
}

std::size_t NormalisedText::to_original_end(std::size_t offset) const {
  for (auto it = maps_.rbegin(); it != maps_.rend(); ++it) offset = it->to_old_end(offset);
  return offset;
}

}  // namespace claimex
