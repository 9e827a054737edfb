#include "judge/packages/declarations.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

namespace judge {

namespace {

bool IsIdent(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// The header with comments, string and character literals and preprocessor lines blanked out
// (newlines kept), so that positions and line numbers stay those of the original.
std::string Blank(std::string_view text) {
  std::string out(text);
  size_t i = 0;
  bool line_start = true;
  auto blank = [&](size_t from, size_t to) {
    for (size_t k = from; k < to && k < out.size(); ++k)
      if (out[k] != '\n') out[k] = ' ';
  };
  while (i < out.size()) {
    const char c = out[i];
    if (line_start && c == '#') {  // a preprocessor line, with its continuations
      size_t end = i;
      while (end < out.size() && out[end] != '\n') {
        if (out[end] == '\\' && end + 1 < out.size() && out[end + 1] == '\n') ++end;
        ++end;
      }
      blank(i, end);
      i = end;
      continue;
    }
    if (c == '\n') line_start = true;
    else if (!std::isspace(static_cast<unsigned char>(c))) line_start = false;
    if (c == '/' && i + 1 < out.size() && out[i + 1] == '/') {
      const size_t end = out.find('\n', i);
      blank(i, end == std::string::npos ? out.size() : end);
      i = end == std::string::npos ? out.size() : end;
    } else if (c == '/' && i + 1 < out.size() && out[i + 1] == '*') {
      const size_t end = out.find("*/", i + 2);
      const size_t stop = end == std::string::npos ? out.size() : end + 2;
      blank(i, stop);
      i = stop;
    } else if (c == '"' || c == '\'') {
      size_t k = i + 1;
      while (k < out.size() && out[k] != c && out[k] != '\n') k += out[k] == '\\' ? 2 : 1;
      blank(i + 1, std::min(k, out.size()));
      i = k + 1;
    } else {
      ++i;
    }
  }
  return out;
}

std::string Collapse(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

bool StartsWithWord(std::string_view s, std::string_view word) {
  return s.starts_with(word) && (s.size() == word.size() || !IsIdent(s[word.size()]));
}

// `s` without the whole words in `words`.
std::string WithoutWords(std::string_view s, std::initializer_list<std::string_view> words) {
  std::string out;
  size_t i = 0;
  while (i < s.size()) {
    if (IsIdent(s[i]) && (i == 0 || !IsIdent(s[i - 1]))) {
      size_t end = i;
      while (end < s.size() && IsIdent(s[end])) ++end;
      const std::string_view word = s.substr(i, end - i);
      if (std::find(words.begin(), words.end(), word) != words.end()) {
        i = end;
        while (i < s.size() && s[i] == ' ') ++i;
        continue;
      }
      out.append(word);
      i = end;
    } else {
      out += s[i++];
    }
  }
  return Collapse(out);
}

// The parameter list without default arguments: "= ..." up to the next top-level ',' or ')'.
std::string WithoutDefaults(std::string_view params) {
  std::string out;
  int depth = 0;
  bool skipping = false;
  for (size_t i = 0; i < params.size(); ++i) {
    const char c = params[i];
    if (c == '(' || c == '<' || c == '[' || c == '{') ++depth;
    if (c == ')' || c == '>' || c == ']' || c == '}') --depth;
    if (depth == 1 && c == '=' && !skipping && (i + 1 >= params.size() || params[i + 1] != '=')) {
      skipping = true;
      while (!out.empty() && out.back() == ' ') out.pop_back();
      continue;
    }
    if ((depth == 1 && c == ',') || depth == 0) skipping = false;
    if (!skipping) out += c;
  }
  return out;
}

struct Scope {
  enum class Kind { kNamespace, kClass, kOther } kind;
  std::string name;  // "" for an anonymous namespace or extern "C"
};

std::string QualifiedScope(const std::vector<Scope>& stack) {
  std::string out;
  for (const auto& s : stack)
    if (!s.name.empty()) out += (out.empty() ? "" : "::") + s.name;
  return out;
}

// What an opening brace opens, from the statement before it.
Scope Opening(const std::string& statement) {
  std::string s = statement;
  if (StartsWithWord(s, "template")) {
    const size_t close = s.find('>');
    s = close == std::string::npos ? "" : Collapse(s.substr(close + 1));
  }
  if (StartsWithWord(s, "namespace")) return {Scope::Kind::kNamespace, Collapse(s.substr(9))};
  if (StartsWithWord(s, "extern")) return {Scope::Kind::kNamespace, ""};
  for (std::string_view key : {"class", "struct", "union"}) {
    if (!StartsWithWord(s, key) || s.find('(') != std::string::npos) continue;
    size_t i = key.size();
    while (i < s.size() && s[i] == ' ') ++i;
    size_t end = i;
    while (end < s.size() && IsIdent(s[end])) ++end;
    return {Scope::Kind::kClass, s.substr(i, end - i)};
  }
  return {Scope::Kind::kOther, ""};
}

// Reads one statement ending in ';' at namespace or class scope as a function declaration.
bool ReadDeclaration(const std::string& statement, const std::vector<Scope>& stack, Declaration& d) {
  const std::string& s = statement;
  for (std::string_view skip : {"template", "typedef", "using", "friend", "static_assert", "namespace"})
    if (StartsWithWord(s, skip)) return false;
  for (std::string_view end : {"= 0", "=0", "= default", "= delete"})
    if (s.ends_with(end)) return false;
  // The parameter list: the first '(' outside template brackets (operator() has its own).
  int angle = 0;
  size_t open = std::string::npos;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '<') ++angle;
    if (s[i] == '>' && angle > 0) --angle;
    if (s[i] == '(' && angle == 0) {
      if (s.compare(i, 3, "()(") == 0 && i >= 8 && s.compare(i - 8, 8, "operator") == 0) continue;
      open = i;
      break;
    }
  }
  if (open == std::string::npos) return false;
  size_t close = open;
  for (int depth = 0; close < s.size(); ++close) {
    if (s[close] == '(') ++depth;
    if (s[close] == ')' && --depth == 0) break;
  }
  if (close >= s.size()) return false;
  size_t name_end = open;
  while (name_end > 0 && s[name_end - 1] == ' ') --name_end;
  size_t name_start = name_end;
  while (name_start > 0 && (IsIdent(s[name_start - 1]) || s[name_start - 1] == '~' || s[name_start - 1] == ':'))
    --name_start;
  if (name_start == name_end) return false;
  std::string name = s.substr(name_start, name_end - name_start);
  if (s.compare(name_start, 8, "operator") == 0) name = s.substr(name_start, open - name_start);
  std::string qualifier;  // "Median" in an out-of-class definition of Median::get
  if (const size_t colons = name.rfind("::"); colons != std::string::npos) {
    if (!d.defined) return false;  // a declaration of something declared elsewhere
    qualifier = name.substr(0, colons);
    name = name.substr(colons + 2);
  }
  d.name = Collapse(name);
  d.return_type = WithoutWords(s.substr(0, name_start), {"virtual", "static", "inline", "explicit", "constexpr",
                                                          "extern", "friend"});
  d.parameters = WithoutDefaults(s.substr(open, close - open + 1));
  std::string after = s.substr(close + 1);
  for (size_t k = 0; k < after.size(); ++k) {  // a constructor's initializer list is not a qualifier
    if (after[k] != ':') continue;
    if (k + 1 < after.size() && after[k + 1] == ':') {
      ++k;
      continue;
    }
    after.resize(k);
    break;
  }
  d.qualifiers = WithoutWords(after, {"override", "final"});
  d.text = s;
  d.member = !qualifier.empty() || (!stack.empty() && stack.back().kind == Scope::Kind::kClass);
  d.scope = QualifiedScope(stack);
  if (!qualifier.empty()) d.scope += (d.scope.empty() ? "" : "::") + qualifier;
  // A return type is what is left; a constructor or destructor has none, anything else must.
  const std::string cls =
      !qualifier.empty() ? qualifier.substr(qualifier.rfind(':') == std::string::npos ? 0 : qualifier.rfind(':') + 1)
      : d.member         ? stack.back().name
                         : "";
  const bool special = d.member && (d.name == cls || d.name == "~" + cls);
  if (!special && d.return_type.empty()) return false;
  if (special) d.return_type.clear();
  return true;
}

}  // namespace

std::vector<Declaration> ParseDeclarations(std::string_view header, bool with_definitions) {
  const std::string text = Blank(header);
  std::vector<Declaration> out;
  std::vector<Scope> stack;
  size_t start = 0;
  int parens = 0;
  auto in_other = [&] {
    return std::any_of(stack.begin(), stack.end(), [](const Scope& s) { return s.kind == Scope::Kind::kOther; });
  };
  auto line_of = [&](size_t pos) {
    while (pos < text.size() && std::isspace(static_cast<unsigned char>(text[pos]))) ++pos;
    return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(pos), '\n'));
  };
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '(') ++parens;
    if (c == ')') parens = std::max(0, parens - 1);
    if (parens > 0) continue;
    if (c == '{') {
      if (in_other()) {
        stack.push_back({Scope::Kind::kOther, ""});
      } else {
        const std::string statement = Collapse(text.substr(start, i - start));
        stack.push_back(Opening(statement));
        if (with_definitions && stack.back().kind == Scope::Kind::kOther) {
          Declaration d;
          d.line = line_of(start);
          d.defined = true;
          std::vector<Scope> outer(stack.begin(), stack.end() - 1);
          if (ReadDeclaration(statement, outer, d)) out.push_back(std::move(d));
        }
      }
      start = i + 1;
    } else if (c == '}') {
      if (!stack.empty()) stack.pop_back();
      start = i + 1;
    } else if (c == ';') {
      if (!in_other()) {
        Declaration d;
        d.line = line_of(start);
        if (ReadDeclaration(Collapse(text.substr(start, i - start)), stack, d)) out.push_back(std::move(d));
      }
      start = i + 1;
    } else if (c == ':' && !in_other() && (i + 1 >= text.size() || text[i + 1] != ':') && (i == 0 || text[i - 1] != ':')) {
      const std::string label = Collapse(text.substr(start, i - start));
      if (label == "public" || label == "private" || label == "protected") start = i + 1;
    }
  }
  return out;
}

std::string StubDefinition(const Declaration& d) {
  const std::string qualified = d.scope.empty() ? d.name : d.scope + "::" + d.name;
  const std::string head =
      fmt::format("{}{}{}{}", d.return_type.empty() ? "" : d.return_type + " ", qualified, d.parameters,
                  d.qualifiers.empty() ? "" : " " + d.qualifiers);
  std::string body = "  // TODO\n";
  if (!d.return_type.empty() && d.return_type != "void") {
    if (d.return_type.back() == '&')  // a reference needs something to refer to
      body += fmt::format("  static std::remove_cvref_t<{}> placeholder{{}};\n  return placeholder;\n", d.return_type);
    else
      body += "  return {};\n";
  }
  return fmt::format("{} {{\n{}}}\n", head, body);
}

}  // namespace judge
