#include "judge/base/terminal.h"

#include <fmt/format.h>

namespace judge {

namespace {

// Length of the valid UTF-8 sequence at text[i] (2..4), or 0: overlong forms, surrogates and
// code points above U+10FFFF are invalid (RFC 3629).
size_t Utf8Length(std::string_view text, size_t i) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char b0 = byte(i);
  size_t n = 0;
  unsigned min_second = 0x80, max_second = 0xbf;
  if (b0 >= 0xc2 && b0 <= 0xdf) n = 2;
  else if (b0 >= 0xe0 && b0 <= 0xef) {
    n = 3;
    if (b0 == 0xe0) min_second = 0xa0;  // overlong
    if (b0 == 0xed) max_second = 0x9f;  // surrogates
  } else if (b0 >= 0xf0 && b0 <= 0xf4) {
    n = 4;
    if (b0 == 0xf0) min_second = 0x90;  // overlong
    if (b0 == 0xf4) max_second = 0x8f;  // above U+10FFFF
  } else {
    return 0;
  }
  if (i + n > text.size()) return 0;
  if (byte(i + 1) < min_second || byte(i + 1) > max_second) return 0;
  for (size_t k = 2; k < n; ++k)
    if ((byte(i + k) & 0xc0) != 0x80) return 0;
  return n;
}

std::string Escape(std::string_view text, bool one_line) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c < 0x7f) {
      out += static_cast<char>(c);
      ++i;
    } else if (c == '\n' || c == '\t') {
      if (one_line) out += c == '\n' ? "\\n" : "\\t";
      else out += static_cast<char>(c);
      ++i;
    } else if (c == '\r') {
      out += "\\r";
      ++i;
    } else if (c < 0x80) {  // the other C0 controls and DEL
      out += fmt::format("\\x{:02x}", c);
      ++i;
    } else if (const size_t n = Utf8Length(text, i); n > 0) {
      const auto second = static_cast<unsigned char>(text[i + 1]);
      if (c == 0xc2 && second < 0xa0) out += fmt::format("\\u{:04x}", second);  // C1 controls
      else out.append(text.substr(i, n));
      i += n;
    } else {
      out += fmt::format("\\x{:02x}", c);
      ++i;
    }
  }
  return out;
}

}  // namespace

std::string Printable(std::string_view text) { return Escape(text, false); }

std::string PrintableLine(std::string_view text) { return Escape(text, true); }

}  // namespace judge
