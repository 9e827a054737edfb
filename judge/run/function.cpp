#include "judge/run/function.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <regex>

#include "judge/base/files.h"
#include "judge/packages/declarations.h"
#include "judge/packages/package_dir.h"
#include "judge/run/distributed.h"

namespace judge {

namespace fs = std::filesystem;

namespace {

constexpr size_t kMaxHarnessBytes = 1 << 20;

Result<std::string> ReadPackageFile(const Problem& problem, const fs::path& file) {
  auto text = judge::ReadPackageFile(problem.dir, file, kMaxHarnessBytes);  // beneath the package root
  if (!text)
    return MakeError(ErrorKind::kBadPackage, fmt::format("{}: cannot read {}: {}", problem.id,
                                                         file.lexically_relative(problem.dir).generic_string(),
                                                         text.error().message));
  return text;
}

// The symbols of "undefined reference to `X'" lines, in order, without repeats. GNU ld quotes
// with `...' (or '...', or typographic quotes in other locales).
std::vector<std::string> UndefinedReferences(std::string_view log) {
  std::vector<std::string> out;
  constexpr std::string_view kMarker = "undefined reference to ";
  for (size_t at = log.find(kMarker); at != std::string_view::npos; at = log.find(kMarker, at + 1)) {
    size_t begin = at + kMarker.size();
    if (log.compare(begin, 3, "\xe2\x80\x98") == 0) begin += 3;  // U+2018
    else if (begin < log.size() && (log[begin] == '`' || log[begin] == '\'')) ++begin;
    size_t end = log.find('\n', begin);
    if (end == std::string_view::npos) end = log.size();
    std::string symbol(log.substr(begin, end - begin));
    if (symbol.ends_with("\xe2\x80\x99")) symbol.resize(symbol.size() - 3);  // U+2019
    else if (symbol.ends_with("'")) symbol.pop_back();
    if (!symbol.empty() && std::find(out.begin(), out.end(), symbol) == out.end()) out.push_back(symbol);
  }
  return out;
}

// "ns::Median::add(int)" -> {"ns::Median", "add"}; "vtable for Median" -> {"Median", ""}.
std::pair<std::string, std::string> ScopeAndName(const std::string& symbol) {
  if (symbol.starts_with("vtable for ")) return {symbol.substr(11), ""};
  std::string head = symbol.substr(0, symbol.find('('));
  const size_t colons = head.rfind("::");
  if (colons == std::string::npos) return {"", head};
  return {head.substr(0, colons), head.substr(colons + 2)};
}

bool SameScope(const std::string& declared, const std::string& referenced) {
  return declared == referenced || (referenced.size() > declared.size() && referenced.ends_with("::" + declared)) ||
         (declared.size() > referenced.size() && declared.ends_with("::" + referenced));
}

bool IsIdentChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// The identifier-like run that ends just before `at` ("u8" before a quote).
std::string_view WordBefore(std::string_view text, size_t at) {
  size_t begin = at;
  while (begin > 0 && IsIdentChar(text[begin - 1])) --begin;
  return text.substr(begin, at - begin);
}

// `source` with every comment, string or character literal and preprocessor line replaced by a
// space (newlines kept), so that what is left is code to scan for braces and names.
std::string CodeOnly(std::string_view src) {
  std::string out;
  out.reserve(src.size());
  bool line_start = true;  // only whitespace so far on this line
  size_t i = 0;
  while (i < src.size()) {
    const char c = src[i];
    if (line_start && c == '#') {  // a directive, with its backslash continuations
      while (i < src.size() && src[i] != '\n') {
        if (src[i] == '\\' && i + 1 < src.size() && src[i + 1] == '\n') ++i;
        ++i;
      }
      out += ' ';
      continue;
    }
    if (c == '/' && i + 1 < src.size() && src[i + 1] == '/') {
      while (i < src.size() && src[i] != '\n') {
        if (src[i] == '\\' && i + 1 < src.size() && src[i + 1] == '\n') ++i;
        ++i;
      }
      out += ' ';
      continue;
    }
    if (c == '/' && i + 1 < src.size() && src[i + 1] == '*') {
      const size_t end = src.find("*/", i + 2);
      i = end == std::string_view::npos ? src.size() : end + 2;
      out += ' ';
      continue;
    }
    if (c == '"') {
      const std::string_view prefix = WordBefore(src, i);
      if (prefix == "R" || prefix == "u8R" || prefix == "uR" || prefix == "UR" || prefix == "LR") {
        const size_t open = src.find('(', i + 1);
        if (open != std::string_view::npos) {
          const std::string close = ")" + std::string(src.substr(i + 1, open - i - 1)) + "\"";
          const size_t end = src.find(close, open + 1);
          i = end == std::string_view::npos ? src.size() : end + close.size();
          out += ' ';
          line_start = false;
          continue;
        }
      }
    }
    if (c == '"' || c == '\'') {
      if (c == '\'') {
        const std::string_view word = WordBefore(src, i);
        const bool prefix = word == "u8" || word == "u" || word == "U" || word == "L";
        if (!word.empty() && !prefix) {  // a digit separator: 1'000'000
          out += c;
          ++i;
          continue;
        }
      }
      for (++i; i < src.size() && src[i] != c && src[i] != '\n'; ++i)
        if (src[i] == '\\') ++i;
      ++i;
      out += ' ';
      line_start = false;
      continue;
    }
    out += c;
    if (c == '\n') line_start = true;
    else if (c != ' ' && c != '\t' && c != '\r') line_start = false;
    ++i;
  }
  return out;
}

size_t SkipSpace(std::string_view s, size_t i) {
  while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
  return i;
}

}  // namespace

const char* FormName(Form form) {
  switch (form) {
    case Form::kStdio: return "stdio";
    case Form::kFunction: return "function";
    case Form::kClass: return "class";
  }
  return "stdio";
}

bool DefinesMain(std::string_view source) {
  const std::string code = CodeOnly(source);
  // Braces that open a scope other than the global one; `extern "C" {` (its string is gone
  // by now) keeps the global scope.
  std::vector<bool> scopes;
  int depth = 0;
  for (size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (c == '{') {
      size_t b = i;
      while (b > 0 && std::isspace(static_cast<unsigned char>(code[b - 1]))) --b;
      const bool global = WordBefore(code, b) == "extern";
      scopes.push_back(!global);
      depth += !global;
      continue;
    }
    if (c == '}') {
      if (!scopes.empty()) {
        depth -= scopes.back();
        scopes.pop_back();
      }
      continue;
    }
    if (depth != 0 || code.compare(i, 4, "main") != 0 || (i > 0 && IsIdentChar(code[i - 1])) ||
        (i + 4 < code.size() && IsIdentChar(code[i + 4])))
      continue;
    // A type before it (int, signed, auto, a macro): not a call (`= main()`), not a member
    // (`S::main`, `x.main`).
    size_t b = i;
    while (b > 0 && std::isspace(static_cast<unsigned char>(code[b - 1]))) --b;
    if (b == 0 || !IsIdentChar(code[b - 1])) continue;
    size_t p = SkipSpace(code, i + 4);
    if (p >= code.size() || code[p] != '(') continue;
    int parens = 0;
    for (; p < code.size(); ++p) {
      if (code[p] == '(') ++parens;
      else if (code[p] == ')' && --parens == 0) break;
    }
    if (p >= code.size()) continue;
    p = SkipSpace(code, p + 1);
    if (p < code.size() && code[p] != ';' && code[p] != ',') return true;  // {, ->, try, noexcept
  }
  return false;
}

std::vector<Form> ProblemForms(const Problem& problem) {
  if (problem.kind != ProblemKind::kStdio && problem.kind != ProblemKind::kFunction) return {};
  std::vector<Form> forms;
  if (problem.kind == ProblemKind::kStdio) forms.push_back(Form::kStdio);
  if (problem.function) {
    // A class to implement: an interface of pure virtual methods (derived from by the candidate)
    // or a class whose members the header declares for the candidate to define. A struct of
    // plain data is only part of a function's signature.
    auto header = ReadPackageFile(problem, problem.function->header);
    bool is_class = false;
    if (header) {
      static const std::regex kPureVirtual(R"(\bvirtual\b[^;{}]*=\s*0\s*;)");
      is_class = std::regex_search(CodeOnly(*header), kPureVirtual);
      for (const auto& d : ParseDeclarations(*header)) is_class |= !d.scope.empty();
    }
    forms.push_back(is_class ? Form::kClass : Form::kFunction);
  }
  return forms;
}

std::string FormsName(const std::vector<Form>& forms) {
  std::string out;
  for (Form f : forms) out += (out.empty() ? "" : "+") + std::string(FormName(f));
  return out;
}

Form SubmissionForm(const Problem& problem, std::string_view source) {
  const auto forms = ProblemForms(problem);
  if (forms.empty() || forms.back() == Form::kStdio) return Form::kStdio;
  if (problem.kind == ProblemKind::kStdio && DefinesMain(source)) return Form::kStdio;
  return forms.back();
}

std::string ExplainUndefinedReferences(const SourceFile& program, std::string_view compile_log,
                                       std::string_view problem_id) {
  const auto symbols = UndefinedReferences(compile_log);
  if (symbols.empty()) return "";
  std::vector<std::pair<const CompanionFile*, Declaration>> declared;
  for (const auto& c : program.companions)
    if (!c.translation_unit)
      for (auto& d : ParseDeclarations(c.text)) declared.emplace_back(&c, std::move(d));
  const auto defined = ParseDeclarations(program.text, /*with_definitions=*/true);
  std::string out;
  for (const auto& symbol : symbols) {
    const auto [scope, name] = ScopeAndName(symbol);
    std::vector<const std::pair<const CompanionFile*, Declaration>*> matches;
    for (const auto& entry : declared)
      if ((name.empty() || entry.second.name == name) && SameScope(entry.second.scope, scope)) matches.push_back(&entry);
    if (matches.empty()) continue;  // not something the header asks for: the raw message says enough
    const std::string shown = name.empty() ? fmt::format("the virtual functions of {}", scope)
                              : scope.empty() ? name
                                              : scope + "::" + name;
    out += fmt::format("\njudge: your file does not define {} the way {} declares it, so the harness that calls it "
                       "cannot be linked (the linker's \"undefined reference to {}\").\n",
                       shown, matches.front()->first->path, symbol);
    out += fmt::format("  {} declares:\n", matches.front()->first->path);
    for (const auto* m : matches)
      out += fmt::format("    {}:{}: {};\n", m->first->path, m->second.line, m->second.text);
    std::string mine;
    for (const auto& d : defined)
      if (d.defined && (name.empty() ? SameScope(d.scope, scope) : d.name == name))
        mine += fmt::format("    {}:{}: {}{}{}\n", program.display_name, d.line,
                            d.return_type.empty() ? "" : d.return_type + " ",
                            d.scope.empty() ? d.name : d.scope + "::" + d.name,
                            d.parameters + (d.qualifiers.empty() ? "" : " " + d.qualifiers));
    out += mine.empty() ? fmt::format("  {} defines no function named {}.\n", program.display_name,
                                      name.empty() ? scope : name)
                        : fmt::format("  {} defines instead:\n{}", program.display_name, mine);
  }
  if (!out.empty())
    out += fmt::format("Make the name, the return type and every parameter type of your definition match the "
                       "declaration exactly ('judge show {}' prints the header, 'judge start {} FILE' writes a "
                       "file that matches).\n",
                       problem_id, problem_id);
  return out;
}

Result<SourceFile> WithHarness(const Problem& problem, SourceFile source) {
  if (problem.kind == ProblemKind::kDistributed && source.companions.empty()) {
    source.companions.push_back({"message.h", kMessageHeader, false});  // #include "message.h"
    return source;
  }
  if (!problem.function || !source.companions.empty()) return source;
  if (problem.kind != ProblemKind::kFunction && problem.kind != ProblemKind::kStdio) return source;
  if (problem.kind == ProblemKind::kStdio && DefinesMain(source.text)) return source;  // the stdio form
  const FunctionSpec& spec = *problem.function;
  auto header = ReadPackageFile(problem, spec.header);
  if (!header) return header.error();
  auto harness = ReadPackageFile(problem, spec.harness);
  if (!harness) return harness.error();
  // Package-relative paths: a harness error reads "problem/harness/main.cpp:12:3: ...".
  source.companions.push_back({spec.header.lexically_relative(problem.dir).generic_string(), std::move(*header), false});
  source.companions.push_back({spec.harness.lexically_relative(problem.dir).generic_string(), std::move(*harness), true});
  return source;
}

Result<std::string> FunctionSignature(const Problem& problem) {
  if (!problem.function || (problem.kind != ProblemKind::kFunction && problem.kind != ProblemKind::kStdio))
    return std::string();
  return ReadPackageFile(problem, problem.function->header);
}

}  // namespace judge
