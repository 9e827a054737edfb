// Kattis problem.yaml -> Problem. The YAML is parsed with yaml-cpp; every yaml-cpp exception is
// caught here and turned into "file:line:col: message".
#include "judge/packages/kattis_loader.h"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "judge/base/files.h"

namespace judge {

namespace fs = std::filesystem;

namespace {

constexpr uint64_t kMiB = 1024 * 1024;

Error At(const fs::path& file, const YAML::Node& node, std::string_view message) {
  const YAML::Mark m = node.Mark();
  if (m.is_null()) return MakeError(ErrorKind::kBadPackage, fmt::format("{}: {}", file.string(), message));
  return MakeError(ErrorKind::kBadPackage,
                   fmt::format("{}:{}:{}: {}", file.string(), m.line + 1, m.column + 1, message));
}

std::string Where(const fs::path& file, const YAML::Node& node) {
  const YAML::Mark m = node.Mark();
  return m.is_null() ? file.string() : fmt::format("{}:{}:{}", file.string(), m.line + 1, m.column + 1);
}

Result<YAML::Node> LoadYaml(const fs::path& file) {
  try {
    YAML::Node root = YAML::LoadFile(file.string());
    if (root.IsNull()) return YAML::Node(YAML::NodeType::Map);  // an empty file is an empty map
    if (!root.IsMap()) return At(file, root, "must be a map of keys to values");
    return root;
  } catch (const YAML::Exception& e) {
    if (e.mark.is_null()) return MakeError(ErrorKind::kBadPackage, fmt::format("{}: {}", file.string(), e.msg));
    return MakeError(ErrorKind::kBadPackage,
                     fmt::format("{}:{}:{}: {}", file.string(), e.mark.line + 1, e.mark.column + 1, e.msg));
  }
}

Result<std::string> Scalar(const fs::path& file, const YAML::Node& node, std::string_view key) {
  if (!node.IsScalar()) return At(file, node, fmt::format("'{}' must be a string", key));
  return node.Scalar();
}

Result<double> Number(const fs::path& file, const YAML::Node& node, std::string_view key, bool positive = true) {
  if (node.IsScalar()) {
    const std::string s = node.Scalar();
    char* end = nullptr;
    const double v = std::strtod(s.c_str(), &end);
    if (!s.empty() && end == s.c_str() + s.size() && std::isfinite(v) && (positive ? v > 0 : v >= 0)) return v;
  }
  return At(file, node, fmt::format("'{}' must be a {} number", key, positive ? "positive" : "non-negative"));
}

std::vector<std::string> SplitWords(std::string_view s) {
  std::vector<std::string> out;
  std::istringstream in{std::string(s)};
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

// A string of flags ("float_tolerance 1e-6") or a list of strings (2025-09).
Result<std::vector<std::string>> Flags(const fs::path& file, const YAML::Node& node, std::string_view key) {
  if (node.IsNull()) return std::vector<std::string>{};
  if (node.IsScalar()) return SplitWords(node.Scalar());
  if (node.IsSequence()) {
    std::vector<std::string> out;
    for (const auto& item : node) {
      if (!item.IsScalar()) return At(file, item, fmt::format("'{}' must be a string or a list of strings", key));
      out.push_back(item.Scalar());
    }
    return out;
  }
  return At(file, node, fmt::format("'{}' must be a string or a list of strings", key));
}

std::chrono::milliseconds Millis(double seconds) {
  return std::chrono::milliseconds(static_cast<int64_t>(std::llround(seconds * 1000.0)));
}

// Refuses symbolic links (to files or folders) that leave the package; returns the resolved path.
Result<fs::path> InsidePackage(const fs::path& root, const fs::path& path) {
  std::error_code ec;
  if (!fs::is_symlink(path, ec)) return path;
  const fs::path target = fs::canonical(path, ec);
  if (ec)
    return MakeError(ErrorKind::kBadPackage, fmt::format("{}: broken symbolic link ({})", path.string(), ec.message()));
  const fs::path base = fs::canonical(root, ec);
  auto rel = target.lexically_relative(base);
  if (rel.empty() || *rel.begin() == "..")
    return MakeError(ErrorKind::kBadPackage,
                     fmt::format("{}: symbolic link points outside the package (to {})", path.string(), target.string()));
  return target;
}

// Per-group settings from testdata.yaml / test_group.yaml, inherited by subgroups.
struct GroupConfig {
  std::optional<std::vector<std::string>> output_flags;
  std::optional<std::vector<std::string>> input_flags;
};

class Loader {
 public:
  explicit Loader(fs::path dir) : dir_(std::move(dir)), file_(dir_ / "problem.yaml") {}

  Result<Problem> Load();

 private:
  std::optional<Error> ReadProblemYaml(const YAML::Node& root);
  std::optional<Error> ReadLimits(const YAML::Node& limits);
  std::optional<Error> ReadTimeLimitFiles();
  std::optional<Error> ReadValidators();
  std::optional<Error> ReadGroupConfig(const fs::path& folder, GroupConfig& config);
  std::optional<Error> Walk(const fs::path& folder, const std::string& name, GroupConfig config, bool sample, int depth);
  void Warn(std::string message) { p_.warnings.push_back(std::move(message)); }

  fs::path dir_;
  fs::path file_;
  Problem p_;
  bool custom_validation_ = false;
  std::vector<std::string> validator_flags_;   // problem.yaml validator_flags
  std::optional<checkers::TokenOptions> default_tokens_;
  std::string config_name_ = "testdata.yaml";  // test_group.yaml in 2025-09
};

std::optional<Error> Loader::ReadLimits(const YAML::Node& limits) {
  if (!limits.IsMap()) return At(file_, limits, "'limits' must be a map");
  for (const auto& kv : limits) {
    const std::string key = kv.first.Scalar();
    const YAML::Node& v = kv.second;
    if (key == "time_multiplier" || key == "time_safety_margin") {
      auto n = Number(file_, v, key);
      if (!n) return n.error();
      (key == "time_multiplier" ? p_.multipliers.ac_to_time_limit : p_.multipliers.time_limit_to_tle) = *n;
    } else if (key == "time_multipliers") {
      if (!v.IsMap()) return At(file_, v, "'time_multipliers' must be a map");
      for (const auto& m : v) {
        const std::string mk = m.first.Scalar();
        if (mk != "ac_to_time_limit" && mk != "time_limit_to_tle") {
          Warn(fmt::format("{}: unknown key 'limits.time_multipliers.{}' (ignored)", Where(file_, m.first), mk));
          continue;
        }
        auto n = Number(file_, m.second, mk);
        if (!n) return n.error();
        (mk == "ac_to_time_limit" ? p_.multipliers.ac_to_time_limit : p_.multipliers.time_limit_to_tle) = *n;
      }
    } else if (key == "time_limit") {
      auto n = Number(file_, v, key);
      if (!n) return n.error();
      p_.limits.time_limit = Millis(*n);
      p_.time_limit_source = TimeLimitSource::kPackage;
      p_.time_limit_origin = "problem.yaml";
    } else if (key == "memory" || key == "output") {
      auto n = Number(file_, v, key);
      if (!n) return n.error();
      (key == "memory" ? p_.limits.memory_bytes : p_.limits.output_bytes) = static_cast<uint64_t>(*n * kMiB);
    } else if (key == "time_resolution" || key == "code" || key == "compilation_time" ||
               key == "compilation_memory" || key == "validation_time" || key == "validation_memory" ||
               key == "validation_output" || key == "validation_passes") {
      // Accepted; this judge has its own compile limits and gives validators a fixed timeout.
    } else {
      Warn(fmt::format("{}: unknown key 'limits.{}' (ignored)", Where(file_, kv.first), key));
    }
  }
  return std::nullopt;
}

std::optional<Error> Loader::ReadProblemYaml(const YAML::Node& root) {
  static const std::set<std::string> kMetadata = {
      "author", "source", "source_url", "license", "rights_owner", "uuid", "keywords", "credits", "version",
      "languages", "embargo_until", "allow_file_writing", "constants", "show_test_data_groups", "name", "title",
      "problem_format_version", "type", "validation", "validator_flags", "limits", "grading", "scoring",
      "on_reject"};
  for (const auto& kv : root) {
    if (!kv.first.IsScalar()) return At(file_, kv.first, "keys must be strings");
    const std::string key = kv.first.Scalar();
    if (!kMetadata.count(key)) Warn(fmt::format("{}: unknown key '{}' (ignored)", Where(file_, kv.first), key));
  }
  if (const YAML::Node v = root["problem_format_version"]) {
    auto s = Scalar(file_, v, "problem_format_version");
    if (!s) return s.error();
    if (*s == "legacy" || *s == "legacy-icpc") p_.format = "legacy";
    else if (*s == "2023-07-draft" || *s == "2023-07") p_.format = "2023-07-draft";
    else if (*s == "2025-09" || *s == "draft") p_.format = "2025-09";
    else
      return At(file_, v, fmt::format("unknown problem_format_version '{}' (known: legacy, legacy-icpc, "
                                      "2023-07-draft, 2025-09)", *s));
  } else {
    p_.format = "legacy";
  }
  if (p_.format == "2025-09") config_name_ = "test_group.yaml";
  // The legacy format's defaults (problemtools): time_multiplier 5, time_safety_margin 2, memory
  // 1024 MiB; from 2023-07 on: 2, 1.5 and 2048 MiB.
  if (p_.format == "legacy") {
    p_.multipliers = {5.0, 2.0};
    p_.limits.memory_bytes = 1024 * kMiB;
  }

  for (const char* key : {"name", "title"}) {
    const YAML::Node v = root[key];
    if (!v || !p_.title.empty()) continue;
    if (v.IsScalar()) {
      p_.title = v.Scalar();
    } else if (v.IsMap()) {  // {en: "...", sv: "..."}: English, else the first
      for (const auto& kv : v)
        if (p_.title.empty() || kv.first.Scalar() == "en") p_.title = kv.second.IsScalar() ? kv.second.Scalar() : "";
    } else {
      return At(file_, v, fmt::format("'{}' must be a string or a map of languages to strings", key));
    }
  }
  if (p_.title.empty()) p_.title = p_.id;

  if (const YAML::Node v = root["type"]) {
    std::vector<std::string> types;
    if (v.IsScalar()) types = SplitWords(v.Scalar());
    else if (v.IsSequence())
      for (const auto& t : v) types.push_back(t.IsScalar() ? t.Scalar() : "");
    else return At(file_, v, "'type' must be a string or a list of strings");
    for (const auto& t : types) {
      if (t == "pass-fail") continue;
      if (t == "scoring") Warn(fmt::format("{}: type 'scoring' is judged pass-fail by this judge", Where(file_, v)));
      else if (t == "interactive") p_.kind = ProblemKind::kInteractive;
      else if (t == "multi-pass" || t == "submit-answer")
        return At(file_, v, fmt::format("problem type '{}' is not supported by this version of judge", t));
      else return At(file_, v, fmt::format("unknown problem type '{}' (known: pass-fail, scoring, interactive, "
                                           "multi-pass, submit-answer)", t));
    }
  }
  if (const YAML::Node v = root["validation"]) {
    auto s = Scalar(file_, v, "validation");
    if (!s) return s.error();
    const auto words = SplitWords(*s);
    if (words.empty() || (words[0] != "default" && words[0] != "custom"))
      return At(file_, v, fmt::format("'validation' must be 'default' or 'custom ...', not '{}'", *s));
    custom_validation_ = words[0] == "custom";
    for (size_t i = 1; i < words.size(); ++i) {
      if (words[i] == "score") Warn(fmt::format("{}: 'custom score' is judged pass-fail by this judge", Where(file_, v)));
      else if (words[i] == "interactive") p_.kind = ProblemKind::kInteractive;
      else if (words[i] == "multi-pass")
        return At(file_, v, fmt::format("'{}' validation is not supported by this version of judge", words[i]));
      else return At(file_, v, fmt::format("unknown validation mode '{}'", words[i]));
    }
  }
  if (const YAML::Node v = root["validator_flags"]) {
    auto f = Flags(file_, v, "validator_flags");
    if (!f) return f.error();
    validator_flags_ = std::move(*f);
  }
  for (const char* key : {"grading", "scoring", "on_reject"})
    if (const YAML::Node v = root[key]) Warn(fmt::format("{}: '{}' is ignored by this judge", Where(file_, v), key));
  if (const YAML::Node v = root["limits"])
    if (auto e = ReadLimits(v)) return e;
  return std::nullopt;
}

std::optional<Error> Loader::ReadTimeLimitFiles() {
  if (p_.time_limit_source == TimeLimitSource::kPackage) return std::nullopt;
  std::error_code ec;
  auto parse_seconds = [](std::string s) -> std::optional<double> {
    s.erase(std::remove_if(s.begin(), s.end(), [](char c) { return c == '\'' || c == '"' || std::isspace(static_cast<unsigned char>(c)); }), s.end());
    char* end = nullptr;
    const double v = std::strtod(s.c_str(), &end);
    if (s.empty() || end != s.c_str() + s.size() || !std::isfinite(v) || v <= 0) return std::nullopt;
    return v;
  };
  if (fs::is_regular_file(dir_ / ".timelimit", ec)) {
    auto text = ReadFile(dir_ / ".timelimit", 4096);
    if (!text) return MakeError(ErrorKind::kBadPackage, text.error().message);
    auto v = parse_seconds(*text);
    if (!v)
      return MakeError(ErrorKind::kBadPackage,
                       fmt::format("{}: must hold a positive number of seconds", (dir_ / ".timelimit").string()));
    p_.limits.time_limit = Millis(*v);
    p_.time_limit_source = TimeLimitSource::kPackage;
    p_.time_limit_origin = ".timelimit";
    return std::nullopt;
  }
  const fs::path ini = dir_ / "domjudge-problem.ini";
  if (fs::is_regular_file(ini, ec)) {
    std::ifstream in(ini);
    int line_no = 0;
    for (std::string line; std::getline(in, line);) {
      ++line_no;
      const size_t eq = line.find('=');
      if (eq == std::string::npos) continue;
      std::string key = line.substr(0, eq);
      key.erase(std::remove_if(key.begin(), key.end(), [](char c) { return std::isspace(static_cast<unsigned char>(c)); }), key.end());
      if (key != "timelimit") continue;
      auto v = parse_seconds(line.substr(eq + 1));
      if (!v)
        return MakeError(ErrorKind::kBadPackage,
                         fmt::format("{}:{}: timelimit must be a positive number of seconds", ini.string(), line_no));
      p_.limits.time_limit = Millis(*v);
      p_.time_limit_source = TimeLimitSource::kPackage;
      p_.time_limit_origin = "domjudge-problem.ini";
    }
  }
  return std::nullopt;
}

// output_validator/ (2025-09: the folder is the program), output_validators/ (one program: a
// file or a folder; several loose files are one program compiled together).
std::optional<Error> Loader::ReadValidators() {
  std::error_code ec;
  auto entries = [&](const fs::path& folder) {
    std::vector<fs::path> out;
    for (auto it = fs::directory_iterator(folder, ec); !ec && it != fs::directory_iterator(); it.increment(ec))
      if (it->path().filename().string().front() != '.') out.push_back(it->path());
    std::sort(out.begin(), out.end());
    return out;
  };
  fs::path program;
  if (fs::is_directory(dir_ / "output_validator", ec)) {
    program = dir_ / "output_validator";
  } else if (fs::is_directory(dir_ / "output_validators", ec)) {
    auto list = entries(dir_ / "output_validators");
    if (list.size() == 1) program = list[0];
    else if (!list.empty()) program = dir_ / "output_validators";
  }
  const bool custom = custom_validation_ || (p_.format == "2025-09" && !program.empty());
  if (p_.kind == ProblemKind::kInteractive) {  // type: interactive, or validation: custom interactive
    // The output validator is the interactor (same arguments, same 42/43); it replaces the checker.
    if (program.empty())
      return MakeError(ErrorKind::kBadPackage,
                       fmt::format("{}: an interactive problem needs its interactor in output_validators/ or "
                                   "output_validator/", file_.string()));
    auto resolved = InsidePackage(dir_, program);
    if (!resolved) return resolved.error();
    p_.interactor = InteractorSpec{program, {}};
    if (!validator_flags_.empty())
      Warn(fmt::format("{}: validator_flags are not passed to an interactor by this judge (ignored)", file_.string()));
  } else if (custom) {
    if (program.empty())
      return MakeError(ErrorKind::kBadPackage,
                       fmt::format("{}: 'validation: custom' needs a program in output_validators/ or output_validator/",
                                   file_.string()));
    auto resolved = InsidePackage(dir_, program);
    if (!resolved) return resolved.error();
    p_.checker.type = CheckerSpec::Type::kCustom;
    p_.checker.program = program;
    p_.checker.protocol = Protocol::kKattis;
    p_.checker.flags = validator_flags_;
  } else {
    if (!program.empty())
      Warn(fmt::format("{}: ignored: problem.yaml does not ask for custom validation",
                       program.lexically_relative(dir_).generic_string()));
    auto tokens = ParseDefaultValidatorFlags(validator_flags_, file_.string() + ": validator_flags");
    if (!tokens) return tokens.error();
    p_.checker.type = CheckerSpec::Type::kTokens;
    p_.checker.tokens = *tokens;
    p_.checker.flags = validator_flags_;
  }

  // input_format_validators/: the legacy format's old name, still read by problemtools.
  for (const char* folder : {"input_format_validators", "input_validators", "input_validator"}) {
    if (!fs::is_directory(dir_ / folder, ec)) continue;
    auto list = entries(dir_ / folder);
    // input_validator/ in 2025-09 may itself be one program (sources directly inside).
    bool loose_sources = false;
    for (const auto& e : list) {
      const std::string ext = e.extension().string();
      loose_sources |= ext == ".cpp" || ext == ".cc" || ext == ".cxx";
    }
    for (const auto& e : list) {
      const std::string ext = e.extension().string();
      if (fs::is_directory(e, ec) || ext == ".cpp" || ext == ".cc" || ext == ".cxx") {
        auto resolved = InsidePackage(dir_, e);
        if (!resolved) return resolved.error();
        p_.validators.push_back({e, Protocol::kKattis, {}});
      } else if (ext == ".h" || ext == ".hpp" || ext == ".hh") {
        // headers of the validators next to them (validate.h); found through -I
      } else {
        ++p_.skipped_validators;
        Warn(fmt::format("{}: skipped: only C++ input validators are supported",
                         e.lexically_relative(dir_).generic_string()));
      }
    }
    (void)loose_sources;
  }
  for (const char* inc : {"include", "include/default", "include/cpp"})
    if (fs::is_directory(dir_ / inc, ec)) p_.include_dirs.push_back(dir_ / inc);
  if (fs::is_regular_file(dir_ / "generators" / "generators.yaml", ec))
    Warn("generators/generators.yaml: ignored: run the generators yourself and commit data/");
  return std::nullopt;
}

std::optional<Error> Loader::ReadGroupConfig(const fs::path& folder, GroupConfig& config) {
  std::error_code ec;
  fs::path file = folder / config_name_;
  if (!fs::is_regular_file(file, ec)) {
    // Accept either name whatever the version says: packages migrate one file at a time.
    file = folder / (config_name_ == "testdata.yaml" ? "test_group.yaml" : "testdata.yaml");
    if (!fs::is_regular_file(file, ec)) return std::nullopt;
  }
  auto root = LoadYaml(file);
  if (!root) return root.error();
  if (const YAML::Node v = (*root)["output_validator_flags"]) {
    auto f = Flags(file, v, "output_validator_flags");
    if (!f) return f.error();
    config.output_flags = std::move(*f);
  }
  if (const YAML::Node v = (*root)["input_validator_flags"]) {
    if (v.IsMap()) {  // per validator: flags for each; this judge passes the union to all
      std::vector<std::string> all;
      for (const auto& kv : v) {
        auto f = Flags(file, kv.second, "input_validator_flags");
        if (!f) return f.error();
        all.insert(all.end(), f->begin(), f->end());
      }
      config.input_flags = std::move(all);
    } else {
      auto f = Flags(file, v, "input_validator_flags");
      if (!f) return f.error();
      config.input_flags = std::move(*f);
    }
  }
  // grading, accept_score, reject_score, range, on_reject, ...: scoring, which this judge does not do.
  return std::nullopt;
}

std::optional<Error> Loader::Walk(const fs::path& folder, const std::string& name, GroupConfig config, bool sample,
                                  int depth) {
  if (depth > 16) return MakeError(ErrorKind::kBadPackage, fmt::format("{}: test groups nest too deep", folder.string()));
  if (auto e = ReadGroupConfig(folder, config)) return e;
  std::error_code ec;
  std::vector<fs::path> entries;
  for (auto it = fs::directory_iterator(folder, ec); !ec && it != fs::directory_iterator(); it.increment(ec))
    entries.push_back(it->path());
  if (ec) return MakeError(ErrorKind::kBadPackage, fmt::format("{}: {}", folder.string(), ec.message()));
  std::sort(entries.begin(), entries.end());
  for (const auto& entry : entries) {
    auto resolved = InsidePackage(dir_, entry);
    if (!resolved) return resolved.error();
    const std::string stem = entry.stem().string();
    if (fs::is_directory(*resolved, ec)) {
      if (auto e = Walk(*resolved, name + "/" + entry.filename().string(), config, sample, depth + 1)) return e;
      continue;
    }
    if (entry.extension() != ".in" || !fs::is_regular_file(*resolved, ec)) continue;
    fs::path ans = entry;
    ans.replace_extension(".ans");
    if (!fs::exists(ans, ec) && !fs::is_symlink(ans, ec))
      return MakeError(ErrorKind::kBadPackage,
                       fmt::format("{}: test case has no answer file {}", entry.string(), ans.filename().string()));
    auto ans_resolved = InsidePackage(dir_, ans);
    if (!ans_resolved) return ans_resolved.error();
    TestCase c;
    c.name = name + "/" + stem;
    c.input = *resolved;
    c.answer = *ans_resolved;
    c.sample = sample;
    if (config.output_flags && p_.kind != ProblemKind::kInteractive) {
      if (p_.checker.type == CheckerSpec::Type::kCustom) {
        c.checker_flags = *config.output_flags;
      } else {
        std::vector<std::string> flags = validator_flags_;
        flags.insert(flags.end(), config.output_flags->begin(), config.output_flags->end());
        auto tokens = ParseDefaultValidatorFlags(flags, (folder / config_name_).string() + ": output_validator_flags");
        if (!tokens) return tokens.error();
        c.tokens = *tokens;
      }
    }
    if (config.input_flags) c.validator_flags = *config.input_flags;
    p_.cases.push_back(std::move(c));
  }
  return std::nullopt;
}

Result<Problem> Loader::Load() {
  p_.dir = dir_;
  p_.id = dir_.filename().string();
  if (p_.id.empty() || p_.id == ".") p_.id = fs::absolute(dir_).lexically_normal().parent_path().filename().string();
  p_.time_limit_source = TimeLimitSource::kDerived;
  p_.time_limit_origin = "derived";
  p_.limits.time_limit = std::chrono::seconds(1);  // until verify derives one (see verify.h)
  p_.limits.memory_bytes = 2048 * kMiB;            // Kattis defaults (legacy: see ReadProblemYaml)
  p_.limits.output_bytes = 8 * kMiB;
  p_.limits.cap_address_space = true;              // as problemtools runs them (RLIMIT_AS)
  p_.limits.truncate_output = true;                // as DOMjudge: the time limit before the output
  p_.limits.binary_bytes = 1024 * kMiB;            // problemtools does not limit the compile
  auto root = LoadYaml(file_);
  if (!root) return root.error();
  if (auto e = ReadProblemYaml(*root)) return *e;
  if (auto e = ReadTimeLimitFiles()) return *e;
  p_.limits.wall_time_limit = 2 * p_.limits.time_limit + std::chrono::seconds(1);
  if (auto e = ReadValidators()) return *e;
  std::error_code ec;
  GroupConfig top;
  if (fs::is_directory(dir_ / "data", ec))
    if (auto e = ReadGroupConfig(dir_ / "data", top)) return *e;
  for (const char* group : {"sample", "secret"}) {
    if (!fs::is_directory(dir_ / "data" / group, ec)) continue;
    if (auto e = Walk(dir_ / "data" / group, group, top, std::string_view(group) == "sample", 0)) return *e;
  }
  if (p_.cases.empty())
    return MakeError(ErrorKind::kBadPackage,
                     fmt::format("{}: no test cases (data/secret/*.in with .ans)", dir_.string()));
  return std::move(p_);
}

}  // namespace

Result<checkers::TokenOptions> ParseDefaultValidatorFlags(const std::vector<std::string>& flags,
                                                          const std::string& where) {
  checkers::TokenOptions o;
  o.case_sensitive = false;  // the Kattis default validator ignores case unless told otherwise
  for (size_t i = 0; i < flags.size(); ++i) {
    const std::string& f = flags[i];
    if (f == "case_sensitive") {
      o.case_sensitive = true;
    } else if (f == "space_change_sensitive") {
      o.space_change_sensitive = true;
    } else if (f == "float_absolute_tolerance" || f == "float_relative_tolerance" || f == "float_tolerance") {
      if (i + 1 == flags.size())
        return MakeError(ErrorKind::kBadPackage, fmt::format("{}: '{}' needs a number after it", where, f));
      const std::string& s = flags[++i];
      char* end = nullptr;
      const double v = std::strtod(s.c_str(), &end);
      if (s.empty() || end != s.c_str() + s.size() || !std::isfinite(v) || v < 0)
        return MakeError(ErrorKind::kBadPackage,
                         fmt::format("{}: '{}' needs a non-negative number, not '{}'", where, f, s));
      if (f != "float_relative_tolerance") o.float_absolute = v;
      if (f != "float_absolute_tolerance") o.float_relative = v;
    } else {
      return MakeError(ErrorKind::kBadPackage,
                       fmt::format("{}: unknown default output validator flag '{}' (known: case_sensitive, "
                                   "space_change_sensitive, float_absolute_tolerance, float_relative_tolerance, "
                                   "float_tolerance)", where, f));
    }
  }
  return o;
}

Result<Problem> LoadKattisProblem(const fs::path& dir) { return Loader(dir).Load(); }

}  // namespace judge
