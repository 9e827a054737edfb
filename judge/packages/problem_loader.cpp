// Native package loader (problem.toml + data/). Strict: unknown keys and wrong types are
// errors with file:line:col, because a typo in a limit silently becoming a default is worse.
#include "judge/packages/problem_loader.h"

#include "judge/packages/kattis_loader.h"
#include "judge/packages/package_dir.h"
#include "judge/packages/toml_text.h"
#include "judge/base/files.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <set>
#include <system_error>

#define TOML_EXCEPTIONS 1
#include <toml++/toml.h>

namespace judge {

namespace fs = std::filesystem;

const char* DifficultyName(Difficulty d) {
  switch (d) {
    case Difficulty::kEasy: return "easy";
    case Difficulty::kMedium: return "medium";
    case Difficulty::kHard: return "hard";
  }
  return "?";
}

const char* ProblemKindName(ProblemKind k) {
  switch (k) {
    case ProblemKind::kStdio: return "stdio";
    case ProblemKind::kFunction: return "function";
    case ProblemKind::kInteractive: return "interactive";
    case ProblemKind::kDistributed: return "distributed";
  }
  return "?";
}

const char* CheckerTypeName(CheckerSpec::Type t) {
  switch (t) {
    case CheckerSpec::Type::kTokens: return "tokens";
    case CheckerSpec::Type::kFloat: return "float";
    case CheckerSpec::Type::kExact: return "exact";
    case CheckerSpec::Type::kUnordered: return "unordered";
    case CheckerSpec::Type::kCustom: return "custom";
  }
  return "?";
}

const char* ProtocolName(Protocol p) {
  switch (p) {
    case Protocol::kKattis: return "kattis";
    case Protocol::kTestlib: return "testlib";
    case Protocol::kPlain: return "plain";
  }
  return "?";
}

std::vector<fs::path> AcceptedSources(const fs::path& dir) {
  std::vector<fs::path> accepted;
  std::error_code ec;
  for (auto it = fs::directory_iterator(dir / "submissions" / "accepted", ec);
       !ec && it != fs::directory_iterator(); it.increment(ec))
    if (it->path().extension() == ".cpp") accepted.push_back(it->path());
  std::sort(accepted.begin(), accepted.end());
  return accepted;
}

std::vector<fs::path> ProblemSearchPath() {
  std::vector<fs::path> path;
  if (const char* extra = std::getenv("JUDGE_PROBLEMS"); extra && *extra) path.emplace_back(extra);
  path.emplace_back(fs::path(JUDGE_SOURCE_DIR) / "problems");
  return path;
}

namespace {

constexpr size_t kMaxDescriptorBytes = 1 << 20;  // problem.toml describes a package; it holds no data

bool LooksLikePath(std::string_view name) {
  return name.find('/') != std::string_view::npos || name == "." || name == "..";
}

bool IsPackage(const fs::path& dir) {
  std::error_code ec;
  return fs::is_regular_file(dir / "problem.toml", ec) || fs::is_regular_file(dir / "problem.yaml", ec);
}

// "problem.toml:3:7: message"
class TomlContext {
 public:
  explicit TomlContext(fs::path file) : file_(std::move(file)) {}

  Error At(const toml::node& node, std::string_view message) const {
    const auto& begin = node.source().begin;
    return MakeError(ErrorKind::kBadPackage,
                     fmt::format("{}:{}:{}: {}", file_.string(), begin.line, begin.column, message));
  }
  Error AtKey(const toml::key& key, std::string_view message) const {
    const auto& begin = key.source().begin;
    return MakeError(ErrorKind::kBadPackage,
                     fmt::format("{}:{}:{}: {}", file_.string(), begin.line, begin.column, message));
  }
  Error InFile(std::string_view message) const {
    return MakeError(ErrorKind::kBadPackage, fmt::format("{}: {}", file_.string(), message));
  }

 private:
  fs::path file_;
};

std::optional<Error> CheckKeys(const TomlContext& ctx, const toml::table& table, std::string_view where,
                               std::initializer_list<std::string_view> allowed) {
  for (const auto& [key, node] : table) {
    if (std::find(allowed.begin(), allowed.end(), key.str()) == allowed.end()) {
      std::string known;
      for (auto k : allowed) known += fmt::format("{}{}", known.empty() ? "" : ", ", k);
      (void)node;
      return ctx.AtKey(key, fmt::format("unknown key '{}' in {} (known: {})", key.str(), where, known));
    }
  }
  return std::nullopt;
}

Result<double> PositiveNumber(const TomlContext& ctx, const toml::node& node, std::string_view key) {
  std::optional<double> v;
  if (auto i = node.value<int64_t>()) v = static_cast<double>(*i);
  if (auto d = node.value<double>()) v = *d;
  if (!v || !std::isfinite(*v) || *v <= 0)
    return ctx.At(node, fmt::format("'{}' must be a positive number", key));
  return *v;
}

// An integer in [low, high] (a TOML integer, not a float).
Result<int64_t> IntegerIn(const TomlContext& ctx, const toml::node& node, std::string_view key, int64_t low,
                          int64_t high) {
  auto i = node.as_integer();
  if (!i || i->get() < low || i->get() > high)
    return ctx.At(node, fmt::format("'{}' must be an integer from {} to {}", key, low, high));
  return i->get();
}

Result<std::string> String(const TomlContext& ctx, const toml::node& node, std::string_view key) {
  if (auto s = node.value<std::string>()) return *s;
  return ctx.At(node, fmt::format("'{}' must be a string", key));
}

Result<std::vector<std::string>> StringArray(const TomlContext& ctx, const toml::node& node,
                                             std::string_view key) {
  const auto* array = node.as_array();
  if (!array) return ctx.At(node, fmt::format("'{}' must be an array of strings", key));
  std::vector<std::string> out;
  for (const auto& item : *array) {
    auto s = item.value<std::string>();
    if (!s) return ctx.At(item, fmt::format("'{}' must be an array of strings", key));
    out.push_back(*s);
  }
  return out;
}

std::chrono::milliseconds Millis(double seconds) {
  return std::chrono::milliseconds(static_cast<int64_t>(std::llround(seconds * 1000.0)));
}

std::optional<Error> LoadLimits(const TomlContext& ctx, const toml::table& t, Limits& limits) {
  if (auto e = CheckKeys(ctx, t, "[limits]",
                         {"time_limit", "memory", "wall_time_limit", "output", "processes"}))
    return e;
  const toml::node* time = t.get("time_limit");
  if (!time) return ctx.At(t, "[limits] needs 'time_limit' (seconds of CPU per case)");
  auto seconds = PositiveNumber(ctx, *time, "time_limit");
  if (!seconds) return seconds.error();
  limits.time_limit = Millis(*seconds);
  limits.wall_time_limit = Millis(2 * *seconds + 1);
  const toml::node* memory = t.get("memory");
  if (!memory) return ctx.At(t, "[limits] needs 'memory' (MiB)");
  auto mib = PositiveNumber(ctx, *memory, "memory");
  if (!mib) return mib.error();
  limits.memory_bytes = static_cast<uint64_t>(*mib * 1024 * 1024);
  if (const toml::node* wall = t.get("wall_time_limit")) {
    auto w = PositiveNumber(ctx, *wall, "wall_time_limit");
    if (!w) return w.error();
    if (*w < *seconds) return ctx.At(*wall, "'wall_time_limit' must be at least 'time_limit'");
    limits.wall_time_limit = Millis(*w);
  }
  if (const toml::node* output = t.get("output")) {
    auto o = PositiveNumber(ctx, *output, "output");
    if (!o) return o.error();
    limits.output_bytes = static_cast<uint64_t>(*o * 1024 * 1024);
  }
  if (const toml::node* processes = t.get("processes")) {
    auto p = processes->value<int64_t>();
    if (!p || *p < 1 || *p > 256) return ctx.At(*processes, "'processes' must be an integer in 1..256");
    limits.processes = static_cast<uint32_t>(*p);
  }
  return std::nullopt;
}

// A package-relative path to an existing file or folder, which must stay inside the package.
Result<fs::path> PackagePath(const TomlContext& ctx, const fs::path& dir, const toml::node& node, std::string_view key) {
  auto s = String(ctx, node, key);
  if (!s) return s.error();
  const fs::path rel = fs::path(*s).lexically_normal();
  if (rel.empty() || rel.is_absolute() || *rel.begin() == "..")
    return ctx.At(node, fmt::format("'{}' must be a path inside the package", key));
  std::error_code ec;
  if (!fs::exists(dir / rel, ec)) return ctx.At(node, fmt::format("'{}': {} does not exist", key, rel.generic_string()));
  return dir / rel;
}

std::optional<Error> LoadCustomChecker(const TomlContext& ctx, const fs::path& dir, const toml::table& t,
                                       CheckerSpec& checker) {
  const toml::node* program = t.get("program");
  if (!program) return ctx.At(t, "a custom checker needs 'program' (e.g. \"checker/checker.cpp\")");
  auto path = PackagePath(ctx, dir, *program, "program");
  if (!path) return path.error();
  checker.program = *path;
  if (const toml::node* protocol = t.get("protocol")) {
    auto s = String(ctx, *protocol, "protocol");
    if (!s) return s.error();
    if (*s == "kattis") checker.protocol = Protocol::kKattis;
    else if (*s == "testlib") checker.protocol = Protocol::kTestlib;
    else return ctx.At(*protocol, fmt::format("unknown checker protocol '{}' (known: kattis, testlib)", *s));
  } else {
    return ctx.At(t, "a custom checker needs 'protocol' (\"kattis\": exit 42/43, or \"testlib\": exit 0/1/2/3/7)");
  }
  if (const toml::node* flags = t.get("flags")) {
    auto v = StringArray(ctx, *flags, "flags");
    if (!v) return v.error();
    checker.flags = std::move(*v);
  }
  if (const toml::node* timeout = t.get("timeout")) {
    auto v = PositiveNumber(ctx, *timeout, "timeout");
    if (!v) return v.error();
    checker.timeout = std::chrono::milliseconds(static_cast<int64_t>(std::llround(*v * 1000.0)));
  }
  return std::nullopt;
}

std::optional<Error> LoadChecker(const TomlContext& ctx, const fs::path& dir, const toml::table& t,
                                 CheckerSpec& checker) {
  if (auto e = CheckKeys(ctx, t, "[checker]",
                         {"type", "float_absolute", "float_relative", "case_sensitive",
                          "space_change_sensitive", "program", "protocol", "flags", "timeout"}))
    return e;
  if (const toml::node* type = t.get("type")) {
    auto s = String(ctx, *type, "type");
    if (!s) return s.error();
    if (*s == "tokens") checker.type = CheckerSpec::Type::kTokens;
    else if (*s == "float") checker.type = CheckerSpec::Type::kFloat;
    else if (*s == "exact") checker.type = CheckerSpec::Type::kExact;
    else if (*s == "unordered") checker.type = CheckerSpec::Type::kUnordered;
    else if (*s == "custom") checker.type = CheckerSpec::Type::kCustom;
    else return ctx.At(*type, fmt::format("unknown checker type '{}' (known: tokens, float, exact, unordered, custom)", *s));
  }
  if (checker.type == CheckerSpec::Type::kCustom) {
    for (const char* key : {"float_absolute", "float_relative", "case_sensitive", "space_change_sensitive"})
      if (const toml::node* n = t.get(key)) return ctx.At(*n, fmt::format("'{}' does not apply to a custom checker", key));
    return LoadCustomChecker(ctx, dir, t, checker);
  }
  for (const char* key : {"program", "protocol", "flags", "timeout"})
    if (const toml::node* n = t.get(key)) return ctx.At(*n, fmt::format("'{}' needs type = \"custom\"", key));
  for (auto [key, slot] : {std::pair{"float_absolute", &checker.tokens.float_absolute},
                           std::pair{"float_relative", &checker.tokens.float_relative}}) {
    if (const toml::node* n = t.get(key)) {
      std::optional<double> v;
      if (auto i = n->value<int64_t>()) v = static_cast<double>(*i);
      if (auto d = n->value<double>()) v = *d;
      if (!v || !std::isfinite(*v) || *v < 0) return ctx.At(*n, fmt::format("'{}' must be a number >= 0", key));
      *slot = *v;
    }
  }
  for (auto [key, slot] : {std::pair{"case_sensitive", &checker.tokens.case_sensitive},
                           std::pair{"space_change_sensitive", &checker.tokens.space_change_sensitive}}) {
    if (const toml::node* n = t.get(key)) {
      auto b = n->value<bool>();
      if (!b) return ctx.At(*n, fmt::format("'{}' must be true or false", key));
      *slot = *b;
    }
  }
  if (checker.type == CheckerSpec::Type::kFloat && !checker.tokens.float_absolute &&
      !checker.tokens.float_relative) {
    checker.tokens.float_absolute = 1e-6;
    checker.tokens.float_relative = 1e-6;
  }
  return std::nullopt;
}

// data/<group>/**/*.in with their .ans, sorted by path (groups may nest).
std::optional<Error> LoadCaseFolder(const fs::path& dir, const std::string& group, bool sample,
                                    std::vector<TestCase>& cases) {
  const fs::path root = dir / "data" / group;
  std::error_code ec;
  if (!fs::is_directory(root, ec)) return std::nullopt;
  std::vector<fs::path> inputs;
  for (auto it = fs::recursive_directory_iterator(root, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    if (it->path().extension() == ".in" && it->is_regular_file(ec)) inputs.push_back(it->path());
  }
  if (ec) return MakeError(ErrorKind::kBadPackage, fmt::format("{}: {}", root.string(), ec.message()));
  std::sort(inputs.begin(), inputs.end());
  for (const auto& in : inputs) {
    fs::path ans = in;
    ans.replace_extension(".ans");
    if (!fs::is_regular_file(ans, ec))
      return MakeError(ErrorKind::kBadPackage,
                       fmt::format("{}: test case has no answer file {}", in.string(), ans.filename().string()));
    fs::path rel = fs::relative(in, dir / "data", ec);
    rel.replace_extension();
    TestCase c;
    c.name = rel.generic_string();
    c.input = in;
    c.answer = ans;
    c.sample = sample;
    cases.push_back(std::move(c));
  }
  return std::nullopt;
}

std::optional<Error> LoadGenerated(const TomlContext& ctx, const fs::path& dir, const toml::array& array,
                                   std::vector<TestCase>& secret, std::vector<TestCase>& sample) {
  std::set<std::string> names;
  for (const auto& c : secret) names.insert(c.name);
  for (const auto& c : sample) names.insert(c.name);
  for (const auto& node : array) {
    const auto* t = node.as_table();
    if (!t) return ctx.At(node, "each [[generated]] entry must be a table");
    if (auto e = CheckKeys(ctx, *t, "[[generated]]", {"name", "group", "generator", "args"})) return e;
    const toml::node* name = t->get("name");
    const toml::node* generator = t->get("generator");
    if (!name || !generator) return ctx.At(*t, "[[generated]] needs 'name' and 'generator'");
    auto n = String(ctx, *name, "name");
    if (!n) return n.error();
    auto g = String(ctx, *generator, "generator");
    if (!g) return g.error();
    std::string group = "secret";
    if (const toml::node* gr = t->get("group")) {
      auto s = String(ctx, *gr, "group");
      if (!s) return s.error();
      group = *s;
    }
    if (group != "secret" && group != "sample" && group.rfind("secret/", 0) != 0)
      return ctx.At(*t, fmt::format("group '{}' must be 'sample', 'secret' or under 'secret/'", group));
    auto valid_name = [](const std::string& s) {
      return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.';
      });
    };
    if (!valid_name(*n)) return ctx.At(*name, "'name' may use only letters, digits, '-', '_' and '.'");
    if (!valid_name(*g)) return ctx.At(*generator, "'generator' may use only letters, digits, '-', '_' and '.'");
    std::error_code ec;
    if (!fs::is_regular_file(dir / "generators" / (*g + ".cpp"), ec))
      return ctx.At(*generator, fmt::format("generator 'generators/{}.cpp' does not exist", *g));
    std::vector<std::string> args;
    if (const toml::node* a = t->get("args")) {
      auto v = StringArray(ctx, *a, "args");
      if (!v) return v.error();
      args = std::move(*v);
    }
    TestCase c;
    c.name = group + "/" + *n;
    if (!names.insert(c.name).second) return ctx.At(*name, fmt::format("duplicate test case name '{}'", c.name));
    c.sample = group == "sample";
    c.generated = GeneratedSpec{*g, std::move(args)};
    (c.sample ? sample : secret).push_back(std::move(c));
  }
  return std::nullopt;
}

// [distributed]: every key optional (DistributedSpec's defaults).
std::optional<Error> LoadDistributed(const TomlContext& ctx, const toml::table& t, DistributedSpec& spec) {
  if (auto e = CheckKeys(ctx, t, "[distributed]",
                         {"nodes", "split", "header_lines", "output", "max_messages", "max_send_mib", "max_receive_mib"}))
    return e;
  if (const toml::node* n = t.get("nodes")) {
    auto v = IntegerIn(ctx, *n, "nodes", 1, 64);
    if (!v) return v.error();
    spec.nodes = static_cast<int>(*v);
  }
  if (const toml::node* n = t.get("split")) {
    auto v = String(ctx, *n, "split");
    if (!v) return v.error();
    if (*v == "contiguous") spec.split = DistributedSpec::Split::kContiguous;
    else if (*v == "round-robin") spec.split = DistributedSpec::Split::kRoundRobin;
    else if (*v == "broadcast") spec.split = DistributedSpec::Split::kBroadcast;
    else return ctx.At(*n, fmt::format("split must be contiguous, round-robin or broadcast, not '{}'", *v));
  }
  if (const toml::node* n = t.get("header_lines")) {
    auto v = IntegerIn(ctx, *n, "header_lines", 0, 1000);
    if (!v) return v.error();
    spec.header_lines = static_cast<int>(*v);
  }
  if (const toml::node* n = t.get("output")) {
    auto v = String(ctx, *n, "output");
    if (!v) return v.error();
    if (*v == "node0") spec.output = DistributedSpec::Output::kNode0;
    else if (*v == "concat") spec.output = DistributedSpec::Output::kConcat;
    else return ctx.At(*n, fmt::format("output must be node0 or concat, not '{}'", *v));
  }
  if (const toml::node* n = t.get("max_messages")) {
    auto v = IntegerIn(ctx, *n, "max_messages", 0, 100'000'000);
    if (!v) return v.error();
    spec.max_messages = static_cast<uint64_t>(*v);
  }
  if (const toml::node* n = t.get("max_send_mib")) {
    auto v = PositiveNumber(ctx, *n, "max_send_mib");
    if (!v) return v.error();
    if (*v > 4096) return ctx.At(*n, "'max_send_mib' must be at most 4096");
    spec.max_send_bytes = static_cast<uint64_t>(*v * 1024 * 1024);
  }
  if (const toml::node* n = t.get("max_receive_mib")) {
    auto v = PositiveNumber(ctx, *n, "max_receive_mib");
    if (!v) return v.error();
    if (*v > 4096) return ctx.At(*n, "'max_receive_mib' must be at most 4096");
    spec.max_receive_bytes = static_cast<uint64_t>(*v * 1024 * 1024);
  }
  return std::nullopt;
}

// [function] for kind = "function" (or beside kind = "stdio": the function or class form offered
// too), [interactor] for kind = "interactive", [distributed] for kind = "distributed"; each table
// only with its kind, and the first two kinds need theirs.
std::optional<Error> LoadKindTables(const TomlContext& ctx, const fs::path& dir, const toml::table& root, Problem& p) {
  const toml::node* function = root.get("function");
  const toml::node* interactor = root.get("interactor");
  const toml::node* distributed = root.get("distributed");
  if (function && p.kind != ProblemKind::kFunction && p.kind != ProblemKind::kStdio)
    return ctx.At(*function, "[function] needs kind = \"function\" or \"stdio\"");
  if (interactor && p.kind != ProblemKind::kInteractive)
    return ctx.At(*interactor, "[interactor] needs kind = \"interactive\"");
  if (distributed && p.kind != ProblemKind::kDistributed)
    return ctx.At(*distributed, "[distributed] needs kind = \"distributed\"");
  if (p.kind == ProblemKind::kDistributed) {
    DistributedSpec spec;
    if (distributed) {
      if (!distributed->is_table()) return ctx.At(*distributed, "'distributed' must be a table");
      if (auto e = LoadDistributed(ctx, *distributed->as_table(), spec)) return e;
    }
    p.distributed = spec;
  }
  if (p.kind == ProblemKind::kFunction || (p.kind == ProblemKind::kStdio && function)) {
    if (!function || !function->is_table())
      return ctx.InFile("kind = \"function\" needs a [function] table (header, harness)");
    const auto& t = *function->as_table();
    if (auto e = CheckKeys(ctx, t, "[function]", {"header", "harness"})) return e;
    const toml::node* header = t.get("header");
    const toml::node* harness = t.get("harness");
    if (!header) return ctx.At(t, "[function] needs 'header' (e.g. \"harness/solution.h\")");
    if (!harness) return ctx.At(t, "[function] needs 'harness' (e.g. \"harness/main.cpp\")");
    FunctionSpec spec;
    auto h = PackagePath(ctx, dir, *header, "header");
    if (!h) return h.error();
    auto m = PackagePath(ctx, dir, *harness, "harness");
    if (!m) return m.error();
    std::error_code ec;
    if (!fs::is_regular_file(*h, ec)) return ctx.At(*header, "'header' must be a file");
    if (!fs::is_regular_file(*m, ec)) return ctx.At(*harness, "'harness' must be a C++ file");
    spec.header = *h;
    spec.harness = *m;
    p.function = std::move(spec);
  }
  if (p.kind == ProblemKind::kInteractive) {
    if (!interactor || !interactor->is_table())
      return ctx.InFile("kind = \"interactive\" needs an [interactor] table (program)");
    const auto& t = *interactor->as_table();
    if (auto e = CheckKeys(ctx, t, "[interactor]", {"program", "timeout"})) return e;
    const toml::node* program = t.get("program");
    if (!program) return ctx.At(t, "[interactor] needs 'program' (e.g. \"interactor/interactor.cpp\")");
    InteractorSpec spec;
    auto path = PackagePath(ctx, dir, *program, "program");
    if (!path) return path.error();
    spec.program = *path;
    if (const toml::node* timeout = t.get("timeout")) {
      auto v = PositiveNumber(ctx, *timeout, "timeout");
      if (!v) return v.error();
      spec.timeout = Millis(*v);
    }
    p.interactor = std::move(spec);
  }
  return std::nullopt;
}

}  // namespace

Result<fs::path> ResolveProblem(std::string_view name) {
  if (name.empty()) return MakeError(ErrorKind::kUsage, "empty problem name");
  std::error_code ec;
  if (LooksLikePath(name)) {
    fs::path dir(name);
    if (!fs::is_directory(dir, ec))
      return MakeError(ErrorKind::kUsage, fmt::format("problem folder '{}' does not exist", name));
    if (!IsPackage(dir))
      return MakeError(ErrorKind::kUsage,
                       fmt::format("'{}' is not a problem package (no problem.toml or problem.yaml)", name));
    return fs::absolute(dir, ec);
  }
  for (const auto& root : ProblemSearchPath()) {
    fs::path dir = root / std::string(name);
    if (IsPackage(dir)) return dir;
  }
  // "did you mean": package ids containing the name, contained in it, or sharing its first
  // three letters; all of them in order, so the answer never depends on directory order.
  std::set<std::string> candidates;
  for (const auto& root : ProblemSearchPath()) {
    for (auto it = fs::directory_iterator(root, ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
      std::string id = it->path().filename().string();
      if (!IsPackage(it->path())) continue;
      if (id.find(name) != std::string::npos || std::string(name).find(id) != std::string::npos ||
          (id.size() >= 3 && name.size() >= 3 && id.compare(0, 3, name.substr(0, 3)) == 0))
        candidates.insert(id);
    }
  }
  std::string suggestion;
  size_t shown = 0;
  for (const auto& id : candidates) {
    if (shown == 3) break;
    suggestion += fmt::format("{}'{}'", shown == 0 ? "" : (shown + 1 == std::min<size_t>(candidates.size(), 3) ? " or " : ", "), id);
    ++shown;
  }
  return MakeError(ErrorKind::kUsage,
                   fmt::format("unknown problem '{}'{} (see 'judge list')", name,
                               suggestion.empty() ? "" : fmt::format("; did you mean {}?", suggestion)));
}

namespace {

// Messages quote the package's own text (a key, a YAML scalar, a parser's "saw 'x'"), which may
// hold control characters; an error or a warning stays one line (found by
// tests/fuzz/kattis_yaml_fuzz: yaml-cpp's "unknown escape character: " quotes a newline).
std::string OneLine(std::string_view text) {
  std::string out;
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '\n') out += "\\n";
    else if (c == '\t') out += "\\t";
    else if (c == '\r') out += "\\r";
    else if (byte < 0x20 || byte == 0x7f) out += fmt::format("\\x{:02x}", byte);
    else out += c;
  }
  return out;
}

Result<Problem> LoadAnyProblem(const fs::path& dir);

}  // namespace

Result<Problem> LoadProblem(const fs::path& dir) {
  // Before anything is read: no symbolic link in the package may lead out of it (a package is
  // untrusted input; see package_dir.h). Covers both formats and every file read afterwards.
  if (auto e = CheckPackageLinks(dir)) return Error{e->kind, OneLine(e->message)};
  auto problem = LoadAnyProblem(dir);
  if (!problem) return Error{problem.error().kind, OneLine(problem.error().message)};
  for (std::string& w : problem->warnings) w = OneLine(w);
  return problem;
}

namespace {

Result<Problem> LoadAnyProblem(const fs::path& dir) {
  Problem p;
  p.dir = dir;
  p.id = dir.filename().string();
  if (p.id.empty() || p.id == ".") p.id = fs::absolute(dir).lexically_normal().parent_path().filename().string();
  const fs::path file = dir / "problem.toml";
  std::error_code ec;
  if (!fs::is_regular_file(file, ec)) {
    if (fs::is_regular_file(dir / "problem.yaml", ec)) return LoadKattisProblem(dir);
    return MakeError(ErrorKind::kBadPackage, fmt::format("{}: no problem.toml", dir.string()));
  }
  const TomlContext ctx(file);
  auto text = ReadFile(file, kMaxDescriptorBytes);
  if (!text) return MakeError(ErrorKind::kBadPackage, text.error().message);
  if (auto at = FirstNonAsciiOutsideStrings(*text)) {
    return MakeError(ErrorKind::kBadPackage,
                     fmt::format("{}:{}:{}: a non-ASCII character outside a string or a comment", file.string(),
                                 at->line, at->column));
  }
  toml::table root;
  try {
    root = toml::parse(*text, file.string());
  } catch (const toml::parse_error& e) {
    const auto& begin = e.source().begin;
    return MakeError(ErrorKind::kBadPackage,
                     fmt::format("{}:{}:{}: {}", file.string(), begin.line, begin.column, e.description()));
  }
  if (auto e = CheckKeys(ctx, root, "problem.toml",
                         {"title", "difficulty", "tags", "kind", "function", "interactor", "distributed", "limits", "checker",
                          "validator", "generated", "reference"}))
    return *e;

  const toml::node* title = root.get("title");
  if (!title) return ctx.InFile("missing 'title'");
  auto t = String(ctx, *title, "title");
  if (!t) return t.error();
  p.title = *t;

  if (const toml::node* d = root.get("difficulty")) {
    auto s = String(ctx, *d, "difficulty");
    if (!s) return s.error();
    if (*s == "easy") p.difficulty = Difficulty::kEasy;
    else if (*s == "medium") p.difficulty = Difficulty::kMedium;
    else if (*s == "hard") p.difficulty = Difficulty::kHard;
    else return ctx.At(*d, fmt::format("difficulty must be easy, medium or hard, not '{}'", *s));
  }
  if (const toml::node* tags = root.get("tags")) {
    auto v = StringArray(ctx, *tags, "tags");
    if (!v) return v.error();
    p.tags = std::move(*v);
  }
  if (const toml::node* k = root.get("kind")) {
    auto s = String(ctx, *k, "kind");
    if (!s) return s.error();
    if (*s == "stdio") p.kind = ProblemKind::kStdio;
    else if (*s == "function") p.kind = ProblemKind::kFunction;
    else if (*s == "interactive") p.kind = ProblemKind::kInteractive;
    else if (*s == "distributed") p.kind = ProblemKind::kDistributed;
    else return ctx.At(*k, fmt::format("kind must be stdio, function, interactive or distributed, not '{}'", *s));
  }

  if (auto e = LoadKindTables(ctx, dir, root, p)) return *e;

  const toml::node* limits = root.get("limits");
  if (!limits || !limits->is_table()) return ctx.InFile("missing [limits] table (time_limit, memory)");
  if (auto e = LoadLimits(ctx, *limits->as_table(), p.limits)) return *e;

  if (const toml::node* checker = root.get("checker")) {
    if (!checker->is_table()) return ctx.At(*checker, "'checker' must be a table");
    if (auto e = LoadChecker(ctx, dir, *checker->as_table(), p.checker)) return *e;
  }

  if (const toml::node* validator = root.get("validator")) {
    const auto* vt = validator->as_table();
    if (!vt) return ctx.At(*validator, "'validator' must be a table");
    if (auto e = CheckKeys(ctx, *vt, "[validator]", {"program", "flags"})) return *e;
    const toml::node* program = vt->get("program");
    if (!program) return ctx.At(*vt, "[validator] needs 'program' (e.g. \"validator/validate.cpp\")");
    ValidatorSpec v;
    auto path = PackagePath(ctx, dir, *program, "program");
    if (!path) return path.error();
    v.program = *path;
    v.protocol = Protocol::kPlain;
    if (const toml::node* flags = vt->get("flags")) {
      auto f = StringArray(ctx, *flags, "flags");
      if (!f) return f.error();
      v.flags = std::move(*f);
    }
    p.validators.push_back(std::move(v));
  }

  if (const toml::node* reference = root.get("reference")) {
    const auto* rt = reference->as_table();
    if (!rt) return ctx.At(*reference, "'reference' must be a table");
    if (auto e = CheckKeys(ctx, *rt, "[reference]", {"solution"})) return *e;
    if (const toml::node* s = rt->get("solution")) {
      // Inside the package like every other path: `compare ... ref` and `stress` read it and
      // print its compiler log, which quotes source lines.
      auto v = PackagePath(ctx, dir, *s, "solution");
      if (!v) return v.error();
      p.reference = *v;
      if (!fs::is_regular_file(p.reference, ec))
        return ctx.At(*s, fmt::format("reference solution '{}' is not a file", fs::relative(*v, dir).generic_string()));
    }
  }

  std::vector<TestCase> sample, secret;
  if (auto e = LoadCaseFolder(dir, "sample", true, sample)) return *e;
  if (auto e = LoadCaseFolder(dir, "secret", false, secret)) return *e;
  if (const toml::node* generated = root.get("generated")) {
    const auto* array = generated->as_array();
    if (!array) return ctx.At(*generated, "'generated' must be an array of tables ([[generated]])");
    if (auto e = LoadGenerated(ctx, dir, *array, secret, sample)) return *e;
    if (!array->empty() && p.reference.empty()) {
      // Default reference: the first accepted submission.
      const std::vector<fs::path> accepted = AcceptedSources(dir);
      if (accepted.empty())
        return ctx.At(*generated, "generated cases need [reference] solution or a submissions/accepted/*.cpp");
      p.reference = accepted.front();
    }
  }
  if (secret.empty() && sample.empty())
    return MakeError(ErrorKind::kBadPackage,
                     fmt::format("{}: no test cases (data/secret/*.in with .ans, or [[generated]])", dir.string()));
  p.cases = std::move(sample);
  p.cases.insert(p.cases.end(), std::make_move_iterator(secret.begin()), std::make_move_iterator(secret.end()));
  return p;
}

}  // namespace

std::vector<Result<Problem>> LoadAllProblems() {
  std::vector<Result<Problem>> out;
  std::set<std::string> seen;
  for (const auto& root : ProblemSearchPath()) {
    std::error_code ec;
    std::vector<fs::path> dirs;
    for (auto it = fs::directory_iterator(root, ec); !ec && it != fs::directory_iterator(); it.increment(ec))
      if (IsPackage(it->path())) dirs.push_back(it->path());
    std::sort(dirs.begin(), dirs.end());
    for (const auto& d : dirs)
      if (seen.insert(d.filename().string()).second) out.push_back(LoadProblem(d));
  }
  return out;
}

}  // namespace judge
