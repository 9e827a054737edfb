// A guard in front of toml++. Debian's toml++ 3.3 tests "is this whitespace?" with a generated
// function that reaches __builtin_unreachable (undefined behaviour) for most non-ASCII
// characters, and the parser asks it wherever it expects whitespace: anywhere outside a string
// or a comment (found by tests/fuzz/problem_toml_fuzz with "tié = 1"). TOML allows non-ASCII
// only in strings and comments, so such a file is invalid anyway; the loader refuses it here,
// naming the place, before toml++ ever sees it.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace judge {

struct TextPosition {
  size_t line = 1;    // 1-based
  size_t column = 1;  // 1-based, in characters (UTF-8 sequences count one), as toml++ counts
};

// The first non-ASCII byte of `text` outside strings (basic, literal, multi-line) and comments.
std::optional<TextPosition> FirstNonAsciiOutsideStrings(std::string_view text);

}  // namespace judge
