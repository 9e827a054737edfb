#include "judge/authoring/shrink.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <optional>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace judge {

namespace {

// An input as lines; `trailing_newline` restores the end of the last one.
struct Lines {
  std::vector<std::string> lines;
  bool trailing_newline = true;
};

Lines SplitLines(std::string_view text) {
  Lines l;
  l.trailing_newline = text.empty() || text.back() == '\n';
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    l.lines.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  return l;
}

std::string JoinLines(const Lines& l) {
  std::string s;
  for (size_t i = 0; i < l.lines.size(); ++i) {
    s += l.lines[i];
    if (i + 1 < l.lines.size() || l.trailing_newline) s += '\n';
  }
  return s;
}

std::vector<std::string> Tokens(std::string_view line) {
  std::vector<std::string> tokens;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && std::isspace(static_cast<unsigned char>(line[i]))) ++i;
    const size_t start = i;
    while (i < line.size() && !std::isspace(static_cast<unsigned char>(line[i]))) ++i;
    if (i > start) tokens.emplace_back(line.substr(start, i - start));
  }
  return tokens;
}

// A token that may count what follows it: a non-negative integer.
std::optional<long long> CountValue(const std::string& token) {
  if (token.empty() || token.size() > 15) return std::nullopt;
  if (!std::all_of(token.begin(), token.end(), [](char c) { return c >= '0' && c <= '9'; })) return std::nullopt;
  return std::stoll(token);
}

// `l` once for every token of its first line before index `limit` that counts at least
// `removed` (exactly `only` when set), with that token lowered by `removed`; then `l` itself.
std::vector<Lines> Variants(Lines l, long long removed, size_t limit, std::optional<long long> only = std::nullopt) {
  std::vector<Lines> out;
  if (!l.lines.empty()) {
    const auto header = Tokens(l.lines[0]);
    for (size_t k = 0; k < header.size() && k < limit; ++k) {
      const auto value = CountValue(header[k]);
      if (!value || *value < removed || (only && *value != *only)) continue;
      Lines copy = l;
      auto tokens = header;
      tokens[k] = std::to_string(*value - removed);
      copy.lines[0] = JoinTokens(tokens);
      out.push_back(std::move(copy));
    }
  }
  out.push_back(std::move(l));
  return out;
}

// The first variant `keep` accepts, into `cur`. False when none is. `tried` holds hashes of
// the candidates already rejected, which are not asked about again.
Result<bool> KeepFirst(std::vector<Lines> variants, Lines& cur, const ShrinkPredicate& keep, const ShrinkStop& stop,
                       std::unordered_set<size_t>& tried) {
  for (auto& v : variants) {
    if (stop()) return false;
    const std::string text = JoinLines(v);
    if (!tried.insert(std::hash<std::string>{}(text)).second) continue;
    auto kept = keep(text);
    if (!kept) return kept.error();
    if (*kept) {
      cur = std::move(v);
      return true;
    }
  }
  return false;
}

}  // namespace

std::string JoinTokens(const std::vector<std::string>& tokens) {
  std::string s;
  for (const auto& t : tokens) s += (s.empty() ? "" : " ") + t;
  return s;
}

Result<std::string> DropLines(std::string input, const ShrinkPredicate& keep, const ShrinkStop& stop,
                              LineRules rules) {
  Lines cur = SplitLines(input);
  const size_t first = rules.keep_first_line ? 1 : 0;  // the first line that may go
  std::unordered_set<size_t> tried;
  size_t chunk = std::max<size_t>(1, cur.lines.size() / 2);
  while (cur.lines.size() > first && !stop()) {
    bool removed = false;
    // From the end: the first lines are usually the header that everything else needs.
    for (size_t end = cur.lines.size(); end > first && !stop();) {
      const size_t start = end > first + chunk ? end - chunk : first;
      Lines plain = cur;
      plain.lines.erase(plain.lines.begin() + static_cast<std::ptrdiff_t>(start),
                        plain.lines.begin() + static_cast<std::ptrdiff_t>(end));
      // A count on the first line cannot follow the deletion of the first line itself.
      const auto lines_after = static_cast<long long>(cur.lines.size()) - 1;
      auto kept = KeepFirst(Variants(std::move(plain), static_cast<long long>(end - start), start > 0 ? SIZE_MAX : 0,
                                     rules.exact_counts ? std::optional<long long>(lines_after) : std::nullopt),
                            cur, keep, stop, tried);
      if (!kept) return kept.error();
      removed |= *kept;
      end = start;  // the lines before `start` are where they were
    }
    if (!removed) {
      if (chunk == 1) break;
      chunk /= 2;
    }
    chunk = std::min(chunk, std::max<size_t>(1, cur.lines.size() / 2));
  }
  return JoinLines(cur);
}

Result<std::string> DropTokens(std::string input, const ShrinkPredicate& keep, const ShrinkStop& stop) {
  Lines cur = SplitLines(input);
  std::unordered_set<size_t> tried;
  for (size_t i = cur.lines.size(); i-- > 0;) {
    // From the last token; on the first line the first token stays (it is usually a count).
    for (size_t j = Tokens(cur.lines[i]).size(); j-- > (i == 0 ? 1 : 0);) {
      if (stop()) return JoinLines(cur);
      auto tokens = Tokens(cur.lines[i]);
      if (tokens.size() < 2 || j >= tokens.size()) continue;
      tokens.erase(tokens.begin() + static_cast<std::ptrdiff_t>(j));
      Lines plain = cur;
      plain.lines[i] = JoinTokens(tokens);
      auto kept = KeepFirst(Variants(std::move(plain), 1, i == 0 ? j : SIZE_MAX), cur, keep, stop, tried);
      if (!kept) return kept.error();
    }
  }
  return JoinLines(cur);
}

}  // namespace judge
