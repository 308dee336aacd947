#include "extract/capture_splitter.hpp"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

namespace claimex {

namespace {

// Enough for every rule's examples and corpus sentences at a fraction of a
// millisecond; a pathological backtrack stops here and RE2 answers instead.
constexpr uint32_t kMatchLimit = 200'000;

struct MatchDataDeleter {
  void operator()(pcre2_match_data* d) const { pcre2_match_data_free(d); }
};

// One per thread, grown to the largest group count seen: matching writes it.
pcre2_match_data* thread_match_data(int groups) {
  thread_local std::unique_ptr<pcre2_match_data, MatchDataDeleter> data;
  thread_local int capacity = 0;
  if (groups > capacity) {
    data.reset(pcre2_match_data_create(static_cast<uint32_t>(groups), nullptr));
    capacity = data ? groups : 0;
  }
  return data.get();
}

}  // namespace

struct CaptureSplitter::Compiled {
  pcre2_code* code = nullptr;
  pcre2_match_context* context = nullptr;  // read-only while matching: shared
  int groups = 0;
  ~Compiled() {
    pcre2_match_context_free(context);
    pcre2_code_free(code);
  }
};

CaptureSplitter::CaptureSplitter(std::unique_ptr<Compiled> c) : compiled_(std::move(c)) {}
CaptureSplitter::~CaptureSplitter() = default;

std::unique_ptr<CaptureSplitter> CaptureSplitter::compile(const std::string& pattern, int groups) {
  auto c = std::make_unique<Compiled>();
  c->groups = groups;
  int error = 0;
  PCRE2_SIZE offset = 0;
  // RE2's reading of a pattern, as far as PCRE2 has options for it: UTF-8
  // code points, ASCII \b \w \d \s (no UCP), `$` only at the very end.
  const uint32_t options = PCRE2_UTF | PCRE2_DOLLAR_ENDONLY | PCRE2_ANCHORED;
  c->code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.data()), pattern.size(), options, &error, &offset,
                          nullptr);
  if (!c->code) return nullptr;
  uint32_t count = 0;
  pcre2_pattern_info(c->code, PCRE2_INFO_CAPTURECOUNT, &count);
  if (static_cast<int>(count) + 1 != groups) return nullptr;
  if (pcre2_jit_compile(c->code, PCRE2_JIT_COMPLETE) != 0) return nullptr;
  c->context = pcre2_match_context_create(nullptr);
  if (!c->context) return nullptr;
  pcre2_set_match_limit(c->context, kMatchLimit);
  return std::unique_ptr<CaptureSplitter>(new CaptureSplitter(std::move(c)));
}

bool CaptureSplitter::split(std::string_view text, std::size_t start, std::size_t end, std::size_t match_end,
                            re2::StringPiece* groups, int n) const {
  if (n > compiled_->groups) return false;
  pcre2_match_data* data = thread_match_data(compiled_->groups);
  if (!data) return false;
  // The subject ends where RE2's search ended; text before `start` is still
  // seen by \b. PCRE2 checks the UTF-8 itself (the library may be handed
  // any text) and declines invalid text, which RE2 then reads.
  const int rc = pcre2_jit_match(compiled_->code, reinterpret_cast<PCRE2_SPTR>(text.data()), end, start, 0, data,
                                 compiled_->context);
  if (rc <= 0) return false;
  const PCRE2_SIZE* ov = pcre2_get_ovector_pointer(data);
  if (ov[0] != start || ov[1] != match_end) return false;
  for (int g = 0; g < n; ++g) {
    const bool set = g < rc && ov[2 * g] != PCRE2_UNSET;
    groups[g] = set ? re2::StringPiece(text.data() + ov[2 * g], ov[2 * g + 1] - ov[2 * g]) : re2::StringPiece();
  }
  return true;
}

}  // namespace claimex
