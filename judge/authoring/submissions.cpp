#include "judge/authoring/submissions.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <map>

#include "judge/base/files.h"

namespace judge {

namespace fs = std::filesystem;

namespace {

// Folder order: accepted first (they decide the time limit), then the rest by name.
const std::map<std::string, std::vector<Verdict>>& FolderVerdicts() {
  static const std::map<std::string, std::vector<Verdict>> m = {
      {"accepted", {Verdict::kAccepted}},
      {"wrong_answer", {Verdict::kWrongAnswer}},
      {"time_limit_exceeded", {Verdict::kTimeLimit}},
      {"memory_limit_exceeded", {Verdict::kMemoryLimit}},
      {"run_time_error", {Verdict::kRuntimeError}},
      {"output_limit_exceeded", {Verdict::kOutputLimit}},
      {"compile_error", {Verdict::kCompileError}},
      {"partially_accepted", {Verdict::kPartial}},
      // Kattis 2023+: a brute force may be too slow or crash, but never wrong.
      {"brute_force", {Verdict::kAccepted, Verdict::kTimeLimit, Verdict::kRuntimeError, Verdict::kMemoryLimit}},
  };
  return m;
}

std::optional<Verdict> AnnotationVerdict(std::string name) {
  for (char& c : name) c = c == '-' ? '_' : static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  static const std::map<std::string, Verdict> m = {
      {"ACCEPTED", Verdict::kAccepted},           {"CORRECT", Verdict::kAccepted},
      {"WRONG_ANSWER", Verdict::kWrongAnswer},    {"NO_OUTPUT", Verdict::kWrongAnswer},
      {"TIME_LIMIT_EXCEEDED", Verdict::kTimeLimit}, {"TIMELIMIT", Verdict::kTimeLimit},
      {"RUN_TIME_ERROR", Verdict::kRuntimeError}, {"RUN_ERROR", Verdict::kRuntimeError},
      {"MEMORY_LIMIT_EXCEEDED", Verdict::kMemoryLimit}, {"MEMORY_LIMIT", Verdict::kMemoryLimit},
      {"OUTPUT_LIMIT_EXCEEDED", Verdict::kOutputLimit}, {"OUTPUT_LIMIT", Verdict::kOutputLimit},
      {"COMPILER_ERROR", Verdict::kCompileError}, {"COMPILE_ERROR", Verdict::kCompileError},
      {"PARTIALLY_ACCEPTED", Verdict::kPartial}};
  auto it = m.find(name);
  if (it == m.end()) return std::nullopt;
  return it->second;
}

bool IsSource(const fs::path& f) {
  const std::string ext = f.extension().string();
  return ext == ".cpp" || ext == ".cc" || ext == ".cxx" || ext == ".c++";
}

bool IsHeader(const fs::path& f) {
  const std::string ext = f.extension().string();
  return ext == ".h" || ext == ".hpp" || ext == ".hh" || ext == ".hxx";
}

// Whether `path` (a symbolic link) resolves to somewhere inside `root`.
bool InsideFolder(const fs::path& root, const fs::path& path) {
  std::error_code ec;
  const fs::path target = fs::canonical(path, ec);
  if (ec) return false;
  const fs::path base = fs::canonical(root, ec);
  if (ec) return false;
  const fs::path rel = target.lexically_relative(base);
  return !rel.empty() && *rel.begin() != "..";
}

constexpr size_t kMaxFolderFiles = 64;

// The C++ files of a folder submission, sorted; symbolic links and anything but sources and
// headers are left out (`links` counts the links).
std::vector<fs::path> FolderFiles(const fs::path& dir, int* links) {
  std::vector<fs::path> out;
  std::error_code ec;
  auto it = fs::recursive_directory_iterator(dir, fs::directory_options::none, ec);
  for (; !ec && it != fs::recursive_directory_iterator() && out.size() <= kMaxFolderFiles; it.increment(ec)) {
    if (it.depth() > 4) it.disable_recursion_pending();
    if (it->is_symlink(ec)) {
      ++*links;
      continue;
    }
    if (it->is_regular_file(ec) && (IsSource(it->path()) || IsHeader(it->path()))) out.push_back(it->path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

std::string Expectation::Text() const {
  if (any_rejection && verdicts.empty()) return "not AC";
  std::string s;
  for (size_t i = 0; i < verdicts.size(); ++i)
    s += fmt::format("{}{}", i == 0 ? "" : i + 1 == verdicts.size() ? " or " : ", ", VerdictCode(verdicts[i]));
  return s;
}

bool Expectation::Allows(Verdict v) const {
  if (any_rejection && verdicts.empty()) return v != Verdict::kAccepted && v != Verdict::kJudgeError;
  return std::find(verdicts.begin(), verdicts.end(), v) != verdicts.end();
}

std::optional<Expectation> ExpectationOf(const std::string& folder, std::string_view source, bool kattis) {
  Expectation e;
  // "@EXPECTED_RESULTS@: ACCEPTED, WRONG_ANSWER" anywhere in the source (usually a comment).
  if (size_t at = source.find("@EXPECTED_RESULTS@"); at != std::string_view::npos) {
    size_t end = source.find('\n', at);
    std::string_view line = source.substr(at + 18, end == std::string_view::npos ? std::string_view::npos : end - at - 18);
    std::string word;
    auto flush = [&] {
      if (word.empty()) return;
      if (auto v = AnnotationVerdict(word); v && std::find(e.verdicts.begin(), e.verdicts.end(), *v) == e.verdicts.end())
        e.verdicts.push_back(*v);
      word.clear();
    };
    for (char c : line) {
      if (std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-') word += c;
      else flush();
    }
    flush();
    if (!e.verdicts.empty()) return e;
  }
  if (folder == "rejected") {
    e.any_rejection = true;
    return e;
  }
  auto it = FolderVerdicts().find(folder);
  if (it == FolderVerdicts().end()) return std::nullopt;
  e.verdicts = it->second;
  if (kattis && folder == "run_time_error") e.verdicts.push_back(Verdict::kMemoryLimit);
  return e;
}

PackageSubmissions FindSubmissions(const Problem& problem) {
  PackageSubmissions out;
  const bool kattis = problem.format != "native";
  std::error_code ec;
  const fs::path subs = problem.dir / "submissions";
  std::vector<fs::path> folders;
  for (auto it = fs::directory_iterator(subs, ec); !ec && it != fs::directory_iterator(); it.increment(ec))
    if (it->is_directory(ec)) folders.push_back(it->path());
  std::sort(folders.begin(), folders.end(), [](const fs::path& a, const fs::path& b) {
    const bool aa = a.filename() == "accepted", ba = b.filename() == "accepted";
    return aa != ba ? aa : a < b;
  });
  for (const auto& folder : folders) {
    std::vector<fs::path> files;
    for (auto it = fs::directory_iterator(folder, ec); !ec && it != fs::directory_iterator(); it.increment(ec))
      if (it->is_regular_file(ec) || it->is_directory(ec)) files.push_back(it->path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      const std::string rel = f.lexically_relative(problem.dir).generic_string();
      if (f.filename().string().front() == '.') continue;
      if (fs::is_symlink(f, ec) && !InsideFolder(problem.dir, f)) {
        out.warnings.push_back(fmt::format("{}: skipped: a symbolic link out of the package", rel));
        continue;
      }
      const bool is_folder = fs::is_directory(f, ec);
      std::string text;  // where an @EXPECTED_RESULTS@ line may be: every source of a folder
      if (is_folder) {
        int links = 0;
        const auto inside = FolderFiles(f, &links);
        const bool any_source = std::any_of(inside.begin(), inside.end(), [](const fs::path& p) { return IsSource(p); });
        if (!any_source) {
          out.warnings.push_back(fmt::format("{}/: skipped: only C++ submissions are judged", rel));
          continue;
        }
        if (problem.kind == ProblemKind::kFunction || problem.kind == ProblemKind::kDistributed) {
          out.warnings.push_back(fmt::format("{}/: skipped: a {} problem's submission is one file", rel,
                                             ProblemKindName(problem.kind)));
          continue;
        }
        if (links > 0)
          out.warnings.push_back(fmt::format("{}/: {} symbolic link{} not followed", rel, links, links == 1 ? "" : "s"));
        for (const auto& p : inside)
          if (auto t = ReadFile(p, 1 << 20)) text += *t + "\n";
      } else {
        const std::string ext = f.extension().string();
        if (!IsSource(f)) {
          if (ext != ".md" && ext != ".txt")
            out.warnings.push_back(fmt::format("{}: skipped: only C++ submissions are judged", rel));
          continue;
        }
        if (auto t = ReadFile(f, 1 << 20)) text = std::move(*t);
      }
      const std::string folder_name = folder.filename().string();
      auto expected = ExpectationOf(folder_name, text, kattis);
      if (!expected) {
        out.warnings.push_back(fmt::format("{}: skipped: unknown verdict folder '{}' (known: accepted, wrong_answer, "
                                           "time_limit_exceeded, memory_limit_exceeded, run_time_error, "
                                           "output_limit_exceeded, compile_error, rejected)", rel, folder_name));
        continue;
      }
      out.list.push_back({f, rel, folder_name, *expected, is_folder});
    }
  }
  return out;
}

Result<SourceFile> ReadSubmission(const PackageSubmission& submission) {
  if (!submission.is_folder) return ReadSource(submission.file);
  int links = 0;
  const auto files = FolderFiles(submission.file, &links);
  if (files.size() > kMaxFolderFiles)
    return MakeError(ErrorKind::kBadPackage,
                     fmt::format("{}/: more than {} files in one submission", submission.rel, kMaxFolderFiles));
  std::vector<fs::path> sources;
  for (const auto& f : files)
    if (IsSource(f)) sources.push_back(f);
  if (sources.empty()) return MakeError(ErrorKind::kBadPackage, fmt::format("{}/: no C++ source", submission.rel));
  fs::path main = sources.front();
  for (const auto& f : sources)
    if (f.stem() == "main" || f.stem() == "Main") main = f;
  auto source = ReadSource(main);
  if (!source) return source.error();
  for (const auto& f : files) {
    if (f == main) continue;
    auto text = ReadSource(f);  // the same vetting as the main file: text, at most 1 MiB
    if (!text) return text.error();
    source->companions.push_back(
        {f.lexically_relative(submission.file).generic_string(), std::move(text->text), IsSource(f)});
  }
  return source;
}

}  // namespace judge
