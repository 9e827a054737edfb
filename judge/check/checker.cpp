// The built-in checkers. Every case of every submission goes through one of them, so the token
// checker is shaped by performance-limits.md section 4: an exact-bytes fast path, then a token
// resync that only ever looks at each byte once or twice, scanning in place (no copies, no
// allocation proportional to the output, no stdio).
//
// Message forms (asserted word for word by tests/unit/checker_test.cpp). Positions are 1-based
// and refer to the actual output; columns count bytes. Shown tokens and lines are escaped
// (\n, \t, \r, \\, \xNN for other control and non-ASCII bytes, so messages are valid UTF-8 for
// the JSON report) and shortened to their first 37 bytes + "..." when longer than 40.
//
//   tokens   line L, column C: expected 'E', got 'A'
//            line L, column C: expected 'E', got 'A' (abs error 1.2e-03, rel error 4.5e-04)
//            line L, column C: expected 'E', got end of output       (L, C: end of the output)
//            line L, column C: expected end of output, got 'A'
//            line L, column C: expected whitespace '\n', got ' '     (space_change_sensitive)
//            accepted: "max abs error 2.1e-09, max rel error 3.0e-10" when at least one token
//            pair differed bytewise and was accepted numerically; otherwise empty.
//   exact    byte B (line L, column C): expected 'x', got 'y'
//            byte B (line L, column C): expected 'x', got end of output (output is N bytes shorter)
//            byte B (line L, column C): expected end of output, got 'y' (output is N bytes longer)
//            B is the 1-based offset of the first differing (or missing, or extra) byte.
//   lines    unexpected line 'Y'                  (the first output line absent from expected)
//            line 'X' expected 3 times, got 2     (the first expected line whose count differs)
//
// Numbers (token checker with a tolerance): an expected token is a number when all of it parses
// with std::from_chars (optionally after one leading '+') to a finite double. Everything else,
// including "inf", "nan" and out-of-range literals such as 1e999, is compared as a string, so a
// "nan" answer only ever matches the token "nan". The actual token must then be a finite number
// with |a-e| <= float_absolute or |a-e| <= float_relative * |e| (an unset tolerance never
// accepts), as Kattis' default output validator does.
#include "judge/check/checker.h"

#include <algorithm>
#include <array>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <unordered_map>

#include <fmt/format.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace judge::checkers {
namespace {

constexpr size_t kMaxShown = 40;
constexpr size_t kShortenedTo = 37;

// Whitespace as C's isspace in the "C" locale, looked up instead of branched on.
constexpr std::array<bool, 256> kSpace = [] {
  std::array<bool, 256> table{};
  for (unsigned char c : {' ', '\t', '\n', '\r', '\v', '\f'}) table[c] = true;
  return table;
}();

bool IsSpace(char c) { return kSpace[static_cast<unsigned char>(c)]; }

char AsciiLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

void AppendEscaped(std::string& out, char c) {
  switch (c) {
    case '\n': out += "\\n"; return;
    case '\t': out += "\\t"; return;
    case '\r': out += "\\r"; return;
    case '\\': out += "\\\\"; return;
    default: break;
  }
  auto byte = static_cast<unsigned char>(c);
  if (byte >= 0x20 && byte < 0x7f) {
    out += c;
  } else {
    fmt::format_to(std::back_inserter(out), "\\x{:02x}", byte);
  }
}

// Escaped, and shortened to 37 bytes + "..." when the escaped form is longer than 40 bytes.
std::string Shown(std::string_view text) {
  std::string out;
  if (text.size() <= kMaxShown) {
    for (char c : text) AppendEscaped(out, c);
    if (out.size() <= kMaxShown) return out;
    out.clear();
  }
  for (char c : text) {
    size_t before = out.size();
    AppendEscaped(out, c);
    if (out.size() > kShortenedTo) {
      out.resize(before);
      break;
    }
  }
  out += "...";
  return out;
}

struct Position {
  size_t line = 1;
  size_t column = 1;
};

// Only called once, on the way out with a rejection, so a plain count is fine.
Position Locate(std::string_view text, size_t offset) {
  std::string_view head = text.substr(0, offset);
  Position position;
  position.line = 1 + static_cast<size_t>(std::count(head.begin(), head.end(), '\n'));
  size_t last_newline = head.rfind('\n');
  position.column = last_newline == std::string_view::npos ? offset + 1 : offset - last_newline;
  return position;
}

std::string At(std::string_view actual, size_t offset) {
  Position position = Locate(actual, offset);
  return fmt::format("line {}, column {}: ", position.line, position.column);
}

// Length of the common prefix of the first n bytes at a and b, 8 bytes at a time.
size_t CommonWords(const char* a, const char* b, size_t n) {
  size_t k = 0;
  if constexpr (std::endian::native == std::endian::little) {
    for (; k + 8 <= n; k += 8) {
      uint64_t x;
      uint64_t y;
      std::memcpy(&x, a + k, 8);
      std::memcpy(&y, b + k, 8);
      if (uint64_t diff = x ^ y; diff != 0) {
        return k + static_cast<size_t>(std::countr_zero(diff) / 8);
      }
    }
  }
  while (k < n && a[k] == b[k]) ++k;
  return k;
}

// Length of the common prefix, at memcmp speed: whole chunks first, then the one that differs.
size_t CommonPrefix(std::string_view a, std::string_view b) {
  constexpr size_t kChunk = 4096;
  size_t n = std::min(a.size(), b.size());
  size_t k = 0;
  while (k + kChunk <= n && std::memcmp(a.data() + k, b.data() + k, kChunk) == 0) k += kChunk;
  return k + CommonWords(a.data() + k, b.data() + k, n - k);
}

// Advances i and j together over equal bytes; stops at the first difference or at the end of
// either buffer. Runs between differences are usually short, so memcmp only takes over after 64.
void SkipEqual(std::string_view e, size_t& i, std::string_view a, size_t& j) {
  constexpr size_t kShort = 64;
  size_t n = std::min(e.size() - i, a.size() - j);
  size_t k = CommonWords(e.data() + i, a.data() + j, std::min(n, kShort));
  if (k == kShort) k += CommonPrefix(e.substr(i + k), a.substr(j + k));
  i += k;
  j += k;
}

size_t SkipSpace(std::string_view text, size_t k) {
  while (k < text.size() && IsSpace(text[k])) ++k;
  return k;
}

#if defined(__SSE2__)
// Bit k set when byte k at p is whitespace: ' ', or '\t'..'\r' (9..13, i.e. byte - 9 <= 4).
uint32_t SpaceMask16(const char* p) {
  __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  __m128i blank = _mm_cmpeq_epi8(v, _mm_set1_epi8(' '));
  __m128i shifted = _mm_sub_epi8(v, _mm_set1_epi8('\t'));
  __m128i control = _mm_cmpeq_epi8(_mm_min_epu8(shifted, _mm_set1_epi8(4)), shifted);
  return static_cast<uint32_t>(_mm_movemask_epi8(_mm_or_si128(blank, control)));
}

uint32_t EqualMask16(const char* p, const char* q) {
  __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  __m128i y = _mm_loadu_si128(reinterpret_cast<const __m128i*>(q));
  return static_cast<uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(x, y)));
}

// Bit k set when byte block + k of text is whitespace or past the end. A pure function of values,
// so that TokenStarts below stays in registers.
uint64_t SpaceMask64(std::string_view text, size_t block) {
  const char* p = text.data() + block;
  char padded[64];
  if (block + 64 > text.size()) {
    std::memset(padded, ' ', sizeof padded);
    // An empty view may have no data at all; memcpy from null is undefined even for 0 bytes.
    if (text.size() > block) std::memcpy(padded, p, text.size() - block);
    p = padded;
  }
  uint64_t space = 0;
  for (int k = 0; k < 4; ++k) space |= uint64_t{SpaceMask16(p + 16 * k)} << (16 * k);
  return space;
}

// The token starts of a text from an offset on, in order. They come from bit masks built 64
// bytes at a time, so the next one is a tzcnt and a blsr away instead of at the end of a byte
// loop that every later load would wait for.
class TokenStarts {
 public:
  static constexpr size_t kEnd = std::string_view::npos;

  // `from` is a token start, whitespace or the end.
  TokenStarts(std::string_view text, size_t from) : text_(text), block_(from) { Load(); }

  size_t Next() {
    while (starts_ == 0) {
      block_ += 64;
      if (block_ >= text_.size()) return kEnd;
      Load();
    }
    size_t start = block_ + static_cast<size_t>(std::countr_zero(starts_));
    starts_ &= starts_ - 1;
    return start;
  }

 private:
  void Load() {
    uint64_t space = SpaceMask64(text_, block_);
    starts_ = ~space & ((space << 1) | (space_before_ ? 1 : 0));
    space_before_ = (space >> 63) != 0;
  }

  std::string_view text_;
  size_t block_;
  uint64_t starts_ = 0;
  bool space_before_ = true;
};
#endif

// From token starts in both, skips pairs of byte-equal tokens that are followed by whitespace in
// both, however different. This is the worst case of the resync (every separator differs), which
// byte loops run at under 0.5 GB/s; here each token costs one 16-byte compare whose outcome no
// later step waits for. Leaves i and j at token starts (or the ends) at anything it cannot decide
// within one window: a difference, a token of 16 bytes or more, the last 16 bytes, or windows
// that are equal, where the outputs are back in step and SkipEqual is faster.
// Not inlined: its loop wants every register, and CheckTokens would spill them.
[[gnu::noinline]] void SkipEqualTokens(std::string_view e, size_t& i, std::string_view a,
                                      size_t& j) {
#if defined(__SSE2__)
  TokenStarts e_starts(e, i);
  TokenStarts a_starts(a, j);
  for (;;) {
    size_t s = std::min(e_starts.Next(), e.size());
    size_t t = std::min(a_starts.Next(), a.size());
    if (s + 16 > e.size() || t + 16 > a.size()) {
      i = s;
      j = t;
      return;
    }
    uint32_t equal = EqualMask16(e.data() + s, a.data() + t);
    int length = std::countr_zero(SpaceMask16(e.data() + s) | 0x10000);
    uint32_t token = (1u << length) - 1;
    // Bytes before `length` are equal and not whitespace in e, so in a too; a must end there.
    if (equal == 0xffff || (equal & token) != token ||
        ((SpaceMask16(a.data() + t) >> length) & 1) == 0) {
      i = s;
      j = t;
      return;
    }
  }
#else
  (void)e, (void)i, (void)a, (void)j;
#endif
}

size_t SkipToken(std::string_view text, size_t k) {
  while (k < text.size() && !IsSpace(text[k])) ++k;
  return k;
}

bool EqualIgnoringCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t k = 0; k < a.size(); ++k) {
    if (AsciiLower(a[k]) != AsciiLower(b[k])) return false;
  }
  return true;
}

// Plain decimals such as -12.5 with at most 15 digits: the mantissa and 10^fraction are exact
// doubles, so one division is correctly rounded (Clinger's fast path) and gives what from_chars
// gives, at a fraction of its ~60 ns.
bool ParseSimpleDecimal(std::string_view token, double& value) {
  static constexpr double kPowersOfTen[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7,
                                            1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
  size_t k = 0;
  bool negative = k < token.size() && token[k] == '-';
  if (negative) ++k;
  uint64_t mantissa = 0;
  size_t digits = 0;
  size_t fraction = 0;
  bool point = false;
  for (; k < token.size(); ++k) {
    char c = token[k];
    if (c >= '0' && c <= '9') {
      mantissa = mantissa * 10 + static_cast<uint64_t>(c - '0');
      ++digits;
      fraction += point ? 1 : 0;
    } else if (c == '.' && !point) {
      point = true;
    } else {
      return false;
    }
    if (digits > 15) return false;
  }
  if (digits == 0) return false;
  value = static_cast<double>(mantissa) / kPowersOfTen[fraction];
  if (negative) value = -value;
  return true;
}

bool ParseNumber(std::string_view token, double& value) {
  if (!token.empty() && token.front() == '+') {
    token.remove_prefix(1);
    if (!token.empty() && token.front() == '-') return false;
  }
  if (ParseSimpleDecimal(token, value)) return true;
  const char* end = token.data() + token.size();
  auto [ptr, error] = std::from_chars(token.data(), end, value);
  return error == std::errc() && ptr == end && std::isfinite(value);
}

class TokenComparer {
 public:
  TokenComparer(std::string_view expected, std::string_view actual, const TokenOptions& options)
      : e_(expected), a_(actual), options_(options),
        floats_(options.float_absolute.has_value() || options.float_relative.has_value()) {}

  CheckResult Run();

 private:
  // Compares the tokens e_[i, i_end) and a_[j, j_end); on rejection fills result_.
  bool SameToken(size_t i, size_t i_end, size_t j, size_t j_end);
  CheckResult Reject(std::string message) { return {false, std::move(message)}; }

  std::string_view e_;
  std::string_view a_;
  const TokenOptions& options_;
  bool floats_;
  std::string rejection_;
  bool compared_numbers_ = false;
  double max_abs_error_ = 0;
  double max_rel_error_ = 0;
};

// Invariant at the top of the loop: e_[0, i) and a_[0, j) are equivalent, and both cuts are in
// the same state, i.e. either both between tokens, or both inside a token with equal bytes of it
// seen since `floor`. Equal bytes preserve that, which is what lets SkipEqual run unconditionally;
// only a difference needs thought.
CheckResult TokenComparer::Run() {
  size_t i = CommonPrefix(e_, a_);
  size_t j = i;
  // Never back up to before `floor`: the bytes before it were matched token against token, not
  // byte against byte, so e_ and a_ may be at different offsets there.
  size_t floor = 0;
  const bool space_sensitive = options_.space_change_sensitive;
  for (;;) {
    SkipEqual(e_, i, a_, j);
    bool e_end = i == e_.size();
    bool a_end = j == a_.size();
    if (e_end && a_end) break;
    bool e_space = e_end || IsSpace(e_[i]);
    bool a_space = a_end || IsSpace(a_[j]);
    if (e_space && a_space && !space_sensitive) {
      // Whitespace differs (" " against "\n"): any token before it ended in both at once.
      i = SkipSpace(e_, i);
      j = SkipSpace(a_, j);
      SkipEqualTokens(e_, i, a_, j);
      floor = i;  // both at a token start; offsets diverge from here
      continue;
    }
    // A real difference: go back to the start of the token (and of the whitespace before it when
    // whitespace counts) in both, which are the same distance back, and compare unit by unit.
    size_t back = 0;
    while (i - back > floor && !IsSpace(e_[i - back - 1])) ++back;
    if (space_sensitive) {
      while (i - back > floor && IsSpace(e_[i - back - 1])) ++back;
    }
    i -= back;
    j -= back;
    size_t e_space_begin = i;
    size_t a_space_begin = j;
    i = SkipSpace(e_, i);
    j = SkipSpace(a_, j);
    e_end = i == e_.size();
    a_end = j == a_.size();
    std::string_view e_space_run = e_.substr(e_space_begin, i - e_space_begin);
    std::string_view a_space_run = a_.substr(a_space_begin, j - a_space_begin);
    bool space_differs = space_sensitive && e_space_run != a_space_run;
    if (e_end && a_end && !space_differs) break;
    size_t i_end = SkipToken(e_, i);
    size_t j_end = SkipToken(a_, j);
    if (a_end && !e_end) {
      return Reject(At(a_, a_.size()) + fmt::format("expected '{}', got end of output",
                                                    Shown(e_.substr(i, i_end - i))));
    }
    if (e_end && !a_end) {
      return Reject(At(a_, j) + fmt::format("expected end of output, got '{}'",
                                            Shown(a_.substr(j, j_end - j))));
    }
    if (space_differs) {
      return Reject(At(a_, a_space_begin) + fmt::format("expected whitespace '{}', got '{}'",
                                                        Shown(e_space_run), Shown(a_space_run)));
    }
    if (!SameToken(i, i_end, j, j_end)) return Reject(At(a_, j) + rejection_);
    i = i_end;
    j = j_end;
    floor = i;
  }
  if (!compared_numbers_) return {true, {}};
  return {true, fmt::format("max abs error {:.1e}, max rel error {:.1e}", max_abs_error_,
                            max_rel_error_)};
}

bool TokenComparer::SameToken(size_t i, size_t i_end, size_t j, size_t j_end) {
  std::string_view expected = e_.substr(i, i_end - i);
  std::string_view actual = a_.substr(j, j_end - j);
  if (expected == actual) return true;
  if (!options_.case_sensitive && EqualIgnoringCase(expected, actual)) return true;
  double e_value = 0;
  if (floats_ && ParseNumber(expected, e_value)) {
    double a_value = 0;
    if (ParseNumber(actual, a_value)) {
      double abs_error = std::fabs(a_value - e_value);
      double rel_error = abs_error == 0 ? 0 : abs_error / std::fabs(e_value);
      bool within = (options_.float_absolute && abs_error <= *options_.float_absolute) ||
                    (options_.float_relative &&
                     abs_error <= *options_.float_relative * std::fabs(e_value));
      if (within) {
        compared_numbers_ = true;
        max_abs_error_ = std::max(max_abs_error_, abs_error);
        max_rel_error_ = std::max(max_rel_error_, rel_error);
        return true;
      }
      rejection_ = fmt::format("expected '{}', got '{}' (abs error {:.1e}, rel error {:.1e})",
                               Shown(expected), Shown(actual), abs_error, rel_error);
      return false;
    }
  }
  rejection_ = fmt::format("expected '{}', got '{}'", Shown(expected), Shown(actual));
  return false;
}

// Calls `visit` with each line of `text` without its trailing whitespace; blank lines after the
// last non-blank one are not visited. Returns early with false when `visit` does.
template <typename Visit>
bool ForEachLine(std::string_view text, Visit visit) {
  size_t end = text.size();
  while (end > 0 && IsSpace(text[end - 1])) --end;
  text = text.substr(0, end);
  size_t begin = 0;
  while (begin < text.size()) {
    size_t newline = text.find('\n', begin);
    size_t line_end = newline == std::string_view::npos ? text.size() : newline;
    size_t trimmed = line_end;
    while (trimmed > begin && IsSpace(text[trimmed - 1])) --trimmed;
    if (!visit(text.substr(begin, trimmed - begin))) return false;
    begin = line_end + 1;
  }
  return true;
}

}  // namespace

CheckResult CheckTokens(std::string_view expected, std::string_view actual,
                        const TokenOptions& options) {
  if (expected.size() == actual.size() && CommonPrefix(expected, actual) == expected.size()) {
    return {true, {}};
  }
  return TokenComparer(expected, actual, options).Run();
}

CheckResult CheckExact(std::string_view expected, std::string_view actual) {
  size_t k = CommonPrefix(expected, actual);
  if (k == expected.size() && k == actual.size()) return {true, {}};
  Position position = Locate(actual, k);
  std::string message = fmt::format("byte {} (line {}, column {}): ", k + 1, position.line,
                                    position.column);
  if (k < expected.size() && k < actual.size()) {
    message += fmt::format("expected '{}', got '{}'", Shown(expected.substr(k, 1)),
                           Shown(actual.substr(k, 1)));
  } else if (k == actual.size()) {
    size_t missing = expected.size() - k;
    message += fmt::format("expected '{}', got end of output (output is {} byte{} shorter)",
                           Shown(expected.substr(k, 1)), missing, missing == 1 ? "" : "s");
  } else {
    size_t extra = actual.size() - k;
    message += fmt::format("expected end of output, got '{}' (output is {} byte{} longer)",
                           Shown(actual.substr(k, 1)), extra, extra == 1 ? "" : "s");
  }
  return {false, std::move(message)};
}

CheckResult CheckUnorderedLines(std::string_view expected, std::string_view actual) {
  struct Count {
    size_t expected = 0;
    size_t actual = 0;
  };
  std::unordered_map<std::string_view, Count> counts;
  ForEachLine(expected, [&](std::string_view line) {
    ++counts[line].expected;
    return true;
  });
  std::string_view unexpected;
  bool all_expected = ForEachLine(actual, [&](std::string_view line) {
    auto it = counts.find(line);
    if (it == counts.end()) {
      unexpected = line;
      return false;
    }
    ++it->second.actual;
    return true;
  });
  if (!all_expected) return {false, fmt::format("unexpected line '{}'", Shown(unexpected))};
  CheckResult result{true, {}};
  ForEachLine(expected, [&](std::string_view line) {
    const Count& count = counts[line];
    if (count.expected == count.actual) return true;
    result = {false, fmt::format("line '{}' expected {} time{}, got {}", Shown(line),
                                 count.expected, count.expected == 1 ? "" : "s", count.actual)};
    return false;
  });
  return result;
}

}  // namespace judge::checkers
