#include "judge/packages/toml_text.h"

namespace judge {

std::optional<TextPosition> FirstNonAsciiOutsideStrings(std::string_view text) {
  enum class State { kNormal, kComment, kBasic, kLiteral, kMultiBasic, kMultiLiteral };
  State state = State::kNormal;
  TextPosition at;
  auto starts = [&](size_t k, std::string_view what) { return text.substr(k, what.size()) == what; };
  for (size_t k = 0; k < text.size(); ++k) {
    const unsigned char c = static_cast<unsigned char>(text[k]);
    const bool continuation = (c & 0xC0) == 0x80;
    switch (state) {
      case State::kNormal:
        if (c >= 0x80) return at;
        if (c == '#') {
          state = State::kComment;
        } else if (starts(k, "\"\"\"")) {
          state = State::kMultiBasic;
          k += 2;
          at.column += 2;
        } else if (starts(k, "'''")) {
          state = State::kMultiLiteral;
          k += 2;
          at.column += 2;
        } else if (c == '"') {
          state = State::kBasic;
        } else if (c == '\'') {
          state = State::kLiteral;
        }
        break;
      case State::kComment:
        if (c == '\n') state = State::kNormal;
        break;
      case State::kBasic:
      case State::kMultiBasic:
        if (c == '\\' && k + 1 < text.size() && text[k + 1] != '\n') {
          ++k;  // an escaped character (a backslash before a newline is a line continuation)
          ++at.column;
        } else if (state == State::kBasic && (c == '"' || c == '\n')) {
          state = State::kNormal;  // a newline in a one-line string: toml++ stops with an error there
        } else if (state == State::kMultiBasic && starts(k, "\"\"\"")) {
          k += 2;
          at.column += 2;
          while (k + 1 < text.size() && text[k + 1] == '"') ++k, ++at.column;  // """a"""" is a"
          state = State::kNormal;
        }
        break;
      case State::kLiteral:
        if (c == '\'' || c == '\n') state = State::kNormal;
        break;
      case State::kMultiLiteral:
        if (starts(k, "'''")) {
          k += 2;
          at.column += 2;
          while (k + 1 < text.size() && text[k + 1] == '\'') ++k, ++at.column;
          state = State::kNormal;
        }
        break;
    }
    if (c == '\n') {
      ++at.line;
      at.column = 1;
    } else if (!continuation) {
      ++at.column;
    }
  }
  return std::nullopt;
}

}  // namespace judge
