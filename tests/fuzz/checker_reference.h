// Slow, obvious implementations of the built-in checkers' rules (judge/check/checker.cpp),
// for the fuzz targets to hold the fast ones against: split everything into vectors, compare
// element by element, parse numbers with std::from_chars only.
#pragma once

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>
#include <string_view>
#include <vector>

#include "judge/check/checker.h"

namespace fuzz {

inline bool RefSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

// Alternating whitespace runs and tokens: runs[0] token[0] runs[1] ... token[n-1] runs[n].
struct Split {
  std::vector<std::string_view> tokens;
  std::vector<std::string_view> runs;
};

inline Split SplitTokens(std::string_view text) {
  Split s;
  size_t k = 0;
  for (;;) {
    size_t start = k;
    while (k < text.size() && RefSpace(text[k])) ++k;
    s.runs.push_back(text.substr(start, k - start));
    if (k == text.size()) return s;
    start = k;
    while (k < text.size() && !RefSpace(text[k])) ++k;
    s.tokens.push_back(text.substr(start, k - start));
  }
}

// A number: all of the token (after one optional '+' not followed by '-') read by from_chars as
// a finite double.
inline bool RefNumber(std::string_view token, double& value) {
  if (!token.empty() && token[0] == '+') {
    token.remove_prefix(1);
    if (!token.empty() && token[0] == '-') return false;
  }
  auto [ptr, ec] = std::from_chars(token.data(), token.data() + token.size(), value);
  return ec == std::errc() && ptr == token.data() + token.size() && std::isfinite(value);
}

inline std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

inline bool RefSameToken(std::string_view e, std::string_view a, const judge::checkers::TokenOptions& o) {
  if (e == a) return true;
  if (!o.case_sensitive && Lower(e) == Lower(a)) return true;
  if (!o.float_absolute && !o.float_relative) return false;
  double ev = 0, av = 0;
  if (!RefNumber(e, ev) || !RefNumber(a, av)) return false;
  const double err = std::fabs(av - ev);
  return (o.float_absolute && err <= *o.float_absolute) || (o.float_relative && err <= *o.float_relative * std::fabs(ev));
}

inline bool RefTokens(std::string_view expected, std::string_view actual, const judge::checkers::TokenOptions& o) {
  const Split e = SplitTokens(expected), a = SplitTokens(actual);
  if (e.tokens.size() != a.tokens.size()) return false;
  if (o.space_change_sensitive && e.runs != a.runs) return false;
  for (size_t i = 0; i < e.tokens.size(); ++i)
    if (!RefSameToken(e.tokens[i], a.tokens[i], o)) return false;
  return true;
}

// Lines without trailing whitespace, blank lines at the end dropped, as a sorted multiset.
inline std::vector<std::string_view> RefLines(std::string_view text) {
  std::vector<std::string_view> lines;
  size_t begin = 0;
  for (;;) {
    const size_t nl = text.find('\n', begin);
    std::string_view line = text.substr(begin, nl == std::string_view::npos ? std::string_view::npos : nl - begin);
    while (!line.empty() && RefSpace(line.back())) line.remove_suffix(1);
    lines.push_back(line);
    if (nl == std::string_view::npos) break;
    begin = nl + 1;
  }
  while (!lines.empty() && lines.back().empty()) lines.pop_back();
  std::sort(lines.begin(), lines.end());
  return lines;
}

inline bool RefUnordered(std::string_view expected, std::string_view actual) {
  return RefLines(expected) == RefLines(actual);
}

}  // namespace fuzz
