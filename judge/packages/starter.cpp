#include "judge/packages/starter.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <regex>

#include "judge/base/files.h"
#include "judge/packages/declarations.h"
#include "judge/packages/package_dir.h"

namespace judge {

namespace fs = std::filesystem;
using sandbox::ErrorKind;
using sandbox::MakeError;

namespace {

constexpr size_t kMaxSectionLines = 24;

// `text` as // comment lines. A line ending in a backslash would continue the comment onto
// the code below it, so trailing backslashes go.
std::string Commented(std::string_view text, std::string_view indent = "") {
  std::string out;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string line(text.substr(start, end - start));
    while (!line.empty() && (line.back() == '\\' || line.back() == ' ' || line.back() == '\r')) line.pop_back();
    out += line.empty() ? "//\n" : fmt::format("// {}{}\n", indent, line);
    start = end + 1;
  }
  return out;
}

// The body of the statement's "## <title>" section, trimmed, at most kMaxSectionLines lines.
std::string Section(std::string_view statement, std::string_view title) {
  const std::string heading = fmt::format("## {}", title);
  size_t at = 0;
  for (;;) {
    at = statement.find(heading, at);
    if (at == std::string_view::npos) return "";
    const bool line_start = at == 0 || statement[at - 1] == '\n';
    const size_t after = at + heading.size();
    if (line_start && (after == statement.size() || statement[after] == '\n' || statement[after] == '\r')) break;
    at = after;
  }
  size_t begin = statement.find('\n', at);
  if (begin == std::string_view::npos) return "";
  ++begin;
  size_t end = statement.find("\n## ", begin);
  std::string_view body = statement.substr(begin, end == std::string_view::npos ? std::string_view::npos : end - begin);
  while (!body.empty() && (body.front() == '\n' || body.front() == '\r')) body.remove_prefix(1);
  while (!body.empty() && std::isspace(static_cast<unsigned char>(body.back()))) body.remove_suffix(1);
  std::string out;
  size_t lines = 0, start = 0;
  while (start <= body.size() && lines < kMaxSectionLines) {
    size_t stop = body.find('\n', start);
    if (stop == std::string_view::npos) stop = body.size();
    out += std::string(body.substr(start, stop - start)) + "\n";
    ++lines;
    start = stop + 1;
  }
  if (start < body.size()) out += "... (judge show prints the whole statement)\n";
  return out;
}

std::string Limits(const Problem& p) {
  return fmt::format("Limits: CPU {} ms, wall {} ms, memory {} MiB per {}; output at most {} MiB.",
                     p.limits.time_limit.count(), p.limits.wall_time_limit.count(), p.limits.memory_bytes >> 20,
                     p.kind == ProblemKind::kDistributed ? "node per case" : "case", p.limits.output_bytes >> 20);
}

std::string Header(const Problem& p, const std::string& file_name, std::string_view how) {
  std::string out = Commented(fmt::format("{}: {} ({}, {})", p.id, p.title, DifficultyName(p.difficulty),
                                          ProblemKindName(p.kind)));
  out += Commented(Limits(p));
  out += Commented(how);
  out += Commented(fmt::format("  judge test {0} {1}      the samples, with input, expected output and a diff\n"
                               "  judge submit {0} {1}    every case; the attempt is saved in the history",
                               p.id, file_name));
  return out;
}

std::string InputOutputComment(const Problem& p) {
  auto statement = ReadPackageFile(p.dir, p.dir / "statement.md", 1 << 20);
  if (!statement) return "";
  std::string out;
  for (std::string_view title : {"Input", "Output"}) {
    const std::string body = Section(*statement, title);
    if (body.empty()) continue;
    out += "//\n" + Commented(fmt::format("{} (from the statement):", title)) + Commented(body, "  ");
  }
  return out;
}

// The C++ type of a sample token.
std::string TypeOf(std::string_view token) {
  size_t i = token.starts_with('-') || token.starts_with('+') ? 1 : 0;
  if (i < token.size() && std::all_of(token.begin() + static_cast<std::ptrdiff_t>(i), token.end(),
                                     [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }))
    return "long long";
  char* end = nullptr;
  const std::string s(token);
  std::strtod(s.c_str(), &end);
  if (end != nullptr && *end == '\0' && !s.empty()) return "double";
  return "std::string";
}

// Reading the first line of sample 1 with the types its tokens have.
std::string FirstLineReader(const Problem& p) {
  const TestCase* sample = nullptr;
  for (const auto& c : p.cases)
    if (c.sample && !c.generated) {
      sample = &c;
      break;
    }
  if (!sample) return "";
  auto input = ReadPackageFile(p.dir, sample->input, 1 << 20);
  if (!input) return "";
  const std::string first = input->substr(0, input->find('\n'));
  std::vector<std::string> tokens;
  for (size_t i = 0; i < first.size();) {
    while (i < first.size() && std::isspace(static_cast<unsigned char>(first[i]))) ++i;
    size_t end = i;
    while (end < first.size() && !std::isspace(static_cast<unsigned char>(first[end]))) ++end;
    if (end > i) tokens.push_back(first.substr(i, end - i));
    i = end;
  }
  if (tokens.empty() || tokens.size() > 6 ||
      std::any_of(tokens.begin(), tokens.end(), [](const std::string& t) {
        return !std::all_of(t.begin(), t.end(), [](char c) { return std::isprint(static_cast<unsigned char>(c)); });
      }))
    return "";
  std::string out = fmt::format("  // The first line of sample 1 is \"{}\".\n", first.substr(0, 60));
  static const char* kNames[] = {"first", "second", "third", "fourth", "fifth", "sixth"};
  for (size_t i = 0; i < tokens.size(); ++i) {
    out += fmt::format("  {} {};\n", TypeOf(tokens[i]), kNames[i]);
  }
  out += "  std::cin";
  for (size_t i = 0; i < tokens.size(); ++i) out += fmt::format(" >> {}", kNames[i]);
  return out + ";\n";
}

// An interface of the header: a class with pure virtual methods, which the candidate derives
// from and a factory returns (problems/running-median/harness/solution.h).
struct Interface {
  std::string name;                  // "RunningMedian"
  std::vector<std::string> methods;  // "int Median()", "double Dot(const SparseVector& other) const"
  std::vector<std::string> returns;  // "int", "double"
};

// The interfaces `header` declares. A skim for headers in the style of the library's, like
// declarations.h: a method it cannot read is left out, and the candidate adds it.
std::vector<Interface> Interfaces(std::string header) {
  header = std::regex_replace(header, std::regex(R"(//[^\n]*)"), "");
  header = std::regex_replace(header, std::regex(R"(/\*[\s\S]*?\*/)"), "");
  static const std::regex kClass(R"(\b(?:class|struct)\s+([A-Za-z_]\w*)[^;{()]*\{)");
  static const std::regex kPure(
      R"(\bvirtual\s+([^;{}()]*?)\s*\b([A-Za-z_]\w*)\s*\(([^()]*)\)\s*((?:const|noexcept|\s)*)=\s*0\s*;)");
  std::vector<Interface> out;
  for (auto it = std::sregex_iterator(header.begin(), header.end(), kClass); it != std::sregex_iterator(); ++it) {
    size_t at = static_cast<size_t>(it->position(0) + it->length(0));
    int depth = 1;
    const size_t begin = at;
    for (; at < header.size() && depth > 0; ++at) depth += header[at] == '{' ? 1 : header[at] == '}' ? -1 : 0;
    const std::string body = header.substr(begin, at - begin);
    Interface i{(*it)[1].str(), {}, {}};
    for (auto m = std::sregex_iterator(body.begin(), body.end(), kPure); m != std::sregex_iterator(); ++m) {
      std::string qualifiers = (*m)[4].str();
      while (!qualifiers.empty() && std::isspace(static_cast<unsigned char>(qualifiers.back()))) qualifiers.pop_back();
      i.methods.push_back(fmt::format("{} {}({}){}", (*m)[1].str(), (*m)[2].str(), (*m)[3].str(),
                                      qualifiers.empty() ? "" : " " + qualifiers));
      i.returns.push_back((*m)[1].str());
    }
    if (!i.methods.empty()) out.push_back(std::move(i));
  }
  return out;
}

Result<Starter> FunctionStarter(const Problem& p, const std::string& file_name) {
  auto header = ReadPackageFile(p.dir, p.function->header, 1 << 20);
  if (!header)
    return MakeError(ErrorKind::kBadPackage, fmt::format("{}: cannot read {}: {}", p.id,
                                                         p.function->header.lexically_relative(p.dir).generic_string(),
                                                         header.error().message));
  const std::string header_path = p.function->header.lexically_relative(p.dir).generic_string();
  const auto declarations = ParseDeclarations(*header);
  Starter s;
  s.text = Header(p, file_name,
                  fmt::format("Define what {} declares ('judge show {}' prints it). The package's harness reads each "
                              "case, calls your code and prints the result; this file compiles as it is, and each "
                              "TODO returns a placeholder.",
                              header_path, p.id));
  s.text += InputOutputComment(p);
  s.text += fmt::format("#include \"{}\"\n\n", p.function->header.filename().string());
  if (std::any_of(declarations.begin(), declarations.end(),
                  [](const Declaration& d) { return !d.return_type.empty() && d.return_type.back() == '&'; }))
    s.text += "#include <type_traits>\n\n";
  // An interface to implement: a class derived from it, with every method to fill in, which
  // the factory returns (so the starter runs and answers wrongly instead of crashing).
  const auto interfaces = Interfaces(*header);
  if (!interfaces.empty()) {
    s.text += "namespace {\n\n";
    for (const auto& i : interfaces) {
      s.text += fmt::format("class My{} final : public {} {{\n public:\n", i.name, i.name);
      for (size_t m = 0; m < i.methods.size(); ++m) {
        s.text += fmt::format("  {} override {{\n    // TODO\n", i.methods[m]);
        if (i.returns[m] != "void") s.text += "    return {};\n";
        s.text += "  }\n";
      }
      s.text += "\n private:\n  // TODO: your members\n};\n\n";
    }
    s.text += "}  // namespace\n\n";
  }
  std::vector<std::string> names;
  for (const auto& d : declarations) {
    std::string stub = StubDefinition(d);
    for (const auto& i : interfaces)
      if (d.return_type == fmt::format("std::unique_ptr<{}>", i.name)) {
        const size_t at = stub.find("return {};");
        if (at != std::string::npos)
          stub.replace(at, 10, fmt::format("return std::make_unique<My{}>();  // pass what your class needs", i.name));
      }
    s.text += stub + "\n";
    const std::string name = d.scope.empty() ? d.name : d.scope + "::" + d.name;
    if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
  }
  if (declarations.empty()) s.text += fmt::format("// TODO: define what {} declares.\n", header_path);
  std::string list;
  for (size_t i = 0; i < names.size(); ++i) list += (i ? ", " : "") + names[i];
  if (!interfaces.empty()) {
    std::string classes;
    for (const auto& i : interfaces) classes += (classes.empty() ? "My" : ", My") + i.name;
    std::string factories;
    for (const auto& n : names) factories += (factories.empty() ? "" : ", ") + n;
    s.summary = fmt::format("the class{} {} to fill in and {} (declared in {})", interfaces.size() == 1 ? "" : "es",
                            classes, names.empty() ? "its factory" : factories + " to return it", header_path);
    return s;
  }
  s.summary = names.empty() ? fmt::format("define what {} declares", header_path)
              : names.size() == 1
                  ? fmt::format("the function {} to fill in (declared in {})", list, header_path)
                  : fmt::format("{} functions to fill in: {} (declared in {})", names.size(), list, header_path);
  return s;
}

}  // namespace

Result<Starter> MakeStarter(const Problem& p, const std::string& file_name, bool stdio_form) {
  if (p.kind == ProblemKind::kFunction && p.function) return FunctionStarter(p, file_name);
  if (p.kind == ProblemKind::kStdio && p.function && !stdio_form) return FunctionStarter(p, file_name);
  Starter s;
  switch (p.kind) {
    case ProblemKind::kInteractive:
      s.text = Header(p, file_name,
                      "Interactive: your program converses with the judge's interactor. Flush after every answer "
                      "(std::endl or std::fflush(stdout)): an answer left in the buffer never arrives, and both "
                      "sides wait until the wall limit.");
      s.text += InputOutputComment(p);
      s.text += "#include <bits/stdc++.h>\n\nint main() {\n"
                "  std::string line;\n"
                "  while (std::getline(std::cin, line)) {\n"
                "    // TODO: act on `line` as the statement describes; to answer:\n"
                "    //   std::cout << answer << std::endl;  // endl flushes\n"
                "  }\n}\n";
      s.summary = "an interactive skeleton that reads the interactor's lines and flushes its answers";
      return s;
    case ProblemKind::kDistributed:
      s.text = Header(p, file_name,
                      "Distributed: this program runs as every node at once; each node reads its own shard on stdin "
                      "and talks to the others only through message.h (the README's \"Distributed problems\").");
      s.text += InputOutputComment(p);
      s.text += "#include <bits/stdc++.h>\n\n#include \"message.h\"\n\nint main() {\n"
                "  std::ios::sync_with_stdio(false);\n"
                "  std::cin.tie(nullptr);\n"
                "  // This node is node::id() of node::count(); stdin holds its shard.\n"
                "  // TODO: read the shard and compute this node's part.\n"
                "  if (node::id() != 0) {\n"
                "    // TODO: node::send(0, partial_result);\n"
                "    return 0;\n"
                "  }\n"
                "  // TODO: node 0 combines node::receive(i) for i = 1 .. node::count() - 1 and prints the answer.\n"
                "}\n";
      s.summary = "a distributed skeleton: every node reads its shard, node 0 combines";
      return s;
    case ProblemKind::kStdio:
    case ProblemKind::kFunction:
      break;
  }
  s.text = Header(p, file_name, "Read the input on stdin, print the answer on stdout.");
  s.text += InputOutputComment(p);
  s.text += "#include <bits/stdc++.h>\n\nint main() {\n"
            "  std::ios::sync_with_stdio(false);  // fast input: the big cases have millions of tokens\n"
            "  std::cin.tie(nullptr);\n";
  const std::string reader = FirstLineReader(p);
  s.text += reader;
  s.text += "  // TODO: read the rest as the input section above says, compute, print the answer.\n}\n";
  s.summary = reader.empty() ? "a stdio skeleton with fast input" : "a stdio skeleton that reads the input's first line";
  return s;
}

}  // namespace judge
