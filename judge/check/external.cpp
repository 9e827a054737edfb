#include "judge/check/external.h"

#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <mutex>

#include "judge/base/files.h"
#include "judge/base/process.h"
#include "judge/base/sha256.h"

namespace judge::checkers {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kFlags = "-std=gnu++20 -O2";

bool IsCxxSource(const fs::path& p) {
  const std::string ext = p.extension().string();
  return ext == ".cpp" || ext == ".cc" || ext == ".cxx" || ext == ".C";
}

const std::string& HostCompilerVersion() {
  static std::once_flag once;
  static std::string version;
  std::call_once(once, [] {
    TrustedOptions options;
    options.timeout = std::chrono::seconds(20);
    auto run = RunTrusted("/usr/bin/g++", {"--version"}, options);
    version = run ? run->output.substr(0, run->output.find('\n')) : "g++ (unknown)";
  });
  return version;
}

// Every regular file under `root` (or `root` itself), sorted, as "name\0content\0" into `out`.
Result<void> HashInto(const fs::path& root, std::string& out) {
  std::error_code ec;
  std::vector<fs::path> files;
  if (fs::is_directory(root, ec)) {
    for (auto it = fs::recursive_directory_iterator(root, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec))
      if (it->is_regular_file(ec)) files.push_back(it->path());
  } else if (fs::is_regular_file(root, ec)) {
    files.push_back(root);
  }
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    auto text = ReadFile(f, 64 << 20);
    if (!text) return MakeError(ErrorKind::kBadPackage, text.error().message);
    out += fs::relative(f, root.has_parent_path() ? root.parent_path() : root, ec).generic_string();
    out += '\0';
    out += *text;
    out += '\0';
  }
  return {};
}

std::string Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return std::string(s.substr(b, e - b));
}

std::string Died(std::string_view display, int exit_code, bool timed_out, std::string_view errors) {
  std::string why = timed_out ? "timed out" : exit_code < 0 ? "crashed (killed by a signal)"
                                                            : fmt::format("exited with code {}", exit_code);
  std::string detail = FirstLine(errors);
  return fmt::format("{} {}{}", display, why, detail.empty() ? "" : ": " + detail);
}

}  // namespace

std::string FirstLine(std::string_view text, size_t limit) {
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string line = Trim(text.substr(pos, end - pos));
    if (!line.empty()) {
      if (line.size() > limit) line = line.substr(0, limit) + "...";
      return line;
    }
    pos = end + 1;
  }
  return {};
}

Result<AuthorProgram> BuildAuthorProgram(const fs::path& source, const std::vector<fs::path>& include_dirs,
                                         std::string_view display, const fs::path& home) {
  std::error_code ec;
  const bool folder = fs::is_directory(source, ec);
  if (!folder && !fs::is_regular_file(source, ec))
    return MakeError(ErrorKind::kBadPackage, fmt::format("{}: {} does not exist", display, source.string()));
  const bool scripts = folder && (fs::exists(source / "build", ec) || fs::exists(source / "run", ec));
  std::vector<fs::path> sources;
  if (folder && !scripts) {
    for (auto it = fs::directory_iterator(source, ec); !ec && it != fs::directory_iterator(); it.increment(ec))
      if (IsCxxSource(it->path()) && it->is_regular_file(ec)) sources.push_back(it->path());
    std::sort(sources.begin(), sources.end());
    if (sources.empty())
      return MakeError(ErrorKind::kBadPackage,
                       fmt::format("{}: no C++ sources (and no build or run script) in {}", display, source.string()));
  } else if (!folder) {
    if (!IsCxxSource(source))
      return MakeError(ErrorKind::kBadPackage,
                       fmt::format("{}: only C++ sources are supported, not {}", display, source.string()));
    sources.push_back(source);
  }

  std::string material = HostCompilerVersion() + '\0' + std::string(kFlags) + '\0';
  if (auto r = HashInto(source, material); !r) return r.error();
  for (const auto& inc : include_dirs)
    if (auto r = HashInto(inc, material); !r) return r.error();
  const std::string key = Sha256Hex(material).substr(0, 32);
  const fs::path dir = home / "cache" / "author" / key;
  const fs::path done = dir / ".built";
  AuthorProgram program{scripts ? dir / "src" / "run" : dir / "prog", std::string(display)};
  if (fs::is_regular_file(done, ec)) return program;

  // Build in a private staging folder, then rename it into place: concurrent judges either see
  // a finished build or none.
  const fs::path staging = home / "cache" / "author" / fmt::format(".{}.{}.tmp", key, getpid());
  fs::remove_all(staging, ec);
  if (auto r = EnsureDir(staging); !r) return r.error();
  auto fail = [&](std::string message) -> Error {
    fs::remove_all(staging, ec);
    return MakeError(ErrorKind::kBadPackage, std::move(message));
  };
  TrustedOptions options;
  options.timeout = std::chrono::seconds(120);
  if (scripts) {
    fs::copy(source, staging / "src", fs::copy_options::recursive, ec);
    if (ec) return fail(fmt::format("{}: cannot copy {}: {}", display, source.string(), ec.message()));
    if (fs::exists(staging / "src" / "build", ec)) {
      options.cwd = staging / "src";
      auto run = RunTrusted(staging / "src" / "build", {}, options);
      if (!run) return fail(fmt::format("{}: build script: {}", display, run.error().message));
      if (run->exit_code != 0)
        return fail(fmt::format("{}: build script failed: {}", display, FirstLine(run->errors + run->output)));
    }
    if (!fs::is_regular_file(staging / "src" / "run", ec))
      return fail(fmt::format("{}: the build left no 'run' program in {}", display, source.string()));
  } else {
    std::vector<std::string> args = {"-std=gnu++20", "-O2", "-I", (folder ? source : source.parent_path()).string()};
    for (const auto& inc : include_dirs) {
      args.emplace_back("-I");
      args.push_back(inc.string());
    }
    for (const auto& s : sources) args.push_back(s.string());
    args.emplace_back("-o");
    args.push_back((staging / "prog").string());
    auto run = RunTrusted("/usr/bin/g++", args, options);
    if (!run) return fail(fmt::format("{}: {}", display, run.error().message));
    if (run->exit_code != 0) {
      // The first error line, not the first line (which is usually "In function ...").
      std::string errors = run->errors, first;
      for (size_t pos = 0; pos < errors.size();) {
        size_t end = errors.find('\n', pos);
        if (end == std::string::npos) end = errors.size();
        std::string_view line(errors.data() + pos, end - pos);
        if (line.find("error") != std::string_view::npos) {
          first = std::string(line);
          break;
        }
        pos = end + 1;
      }
      return fail(fmt::format("{} does not compile: {}", display, first.empty() ? FirstLine(errors) : FirstLine(first, 300)));
    }
  }
  if (auto r = WriteFileAtomic(staging / ".built", ""); !r) return fail(r.error().message);
  fs::rename(staging, dir, ec);
  if (ec) {
    fs::remove_all(staging, ec);  // another judge won the race; its build is as good as ours
    if (!fs::is_regular_file(done, ec))
      return MakeError(ErrorKind::kInternal, fmt::format("{}: cannot install the build in {}", display, dir.string()));
  }
  return program;
}

ExternalResult InterpretKattis(std::string_view display, int exit_code, bool timed_out, std::string_view judgemessage,
                               std::string_view stderr_text) {
  ExternalResult r;
  if (!timed_out && exit_code == 42) {
    r.outcome = ExternalResult::Outcome::kAccepted;
    r.message = FirstLine(judgemessage);
  } else if (!timed_out && exit_code == 43) {
    r.outcome = ExternalResult::Outcome::kRejected;
    r.message = FirstLine(judgemessage);
    if (r.message.empty()) r.message = fmt::format("rejected by {}", display);
  } else {
    r.outcome = ExternalResult::Outcome::kFailed;
    r.message = Died(display, exit_code, timed_out, judgemessage.empty() ? stderr_text : judgemessage);
    if (!timed_out && exit_code >= 0) r.message += " (the Kattis protocol allows only 42 and 43)";
  }
  return r;
}

ExternalResult InterpretTestlib(std::string_view display, int exit_code, bool timed_out, std::string_view stdout_text,
                                std::string_view stderr_text) {
  ExternalResult r;
  // testlib writes its verdict line ("ok 3 numbers", "wrong answer ...", "points 0.5 ...") to
  // stderr; some checkers print to stdout instead.
  std::string line = FirstLine(stderr_text);
  if (line.empty()) line = FirstLine(stdout_text);
  r.message = line;
  if (timed_out || exit_code < 0) {
    r.message = Died(display, exit_code, timed_out, stderr_text);
    return r;
  }
  switch (exit_code) {
    case 0: r.outcome = ExternalResult::Outcome::kAccepted; return r;
    case 1:  // WA
    case 2:  // PE: this judge has no separate presentation verdict
    case 4:  // "dirt": extra output
    case 8:  // unexpected end of the candidate's output
      r.outcome = ExternalResult::Outcome::kRejected;
      if (r.message.empty()) r.message = fmt::format("rejected by {}", display);
      return r;
    case 3:
      r.message = fmt::format("{} failed (testlib 'fail'){}", display, line.empty() ? "" : ": " + line);
      return r;
    case 7: {
      // quitp(score, msg) prints "points <score> <msg>"; take the number after "points", else
      // the first number on the line.
      for (std::string_view text : {stderr_text, stdout_text}) {
        std::string first = FirstLine(text, 1000);
        size_t at = first.find("points");
        std::string_view rest = first;
        if (at != std::string::npos) rest.remove_prefix(at + 6);
        while (!rest.empty()) {
          while (!rest.empty() && std::isspace(static_cast<unsigned char>(rest.front()))) rest.remove_prefix(1);
          std::string token(rest.substr(0, rest.find_first_of(" \t\r\n")));
          char* end = nullptr;
          const double v = std::strtod(token.c_str(), &end);
          if (!token.empty() && end == token.c_str() + token.size()) {
            r.outcome = ExternalResult::Outcome::kPartial;
            r.score = v;
            return r;
          }
          if (at != std::string::npos) break;  // "points" not followed by a number
          rest.remove_prefix(std::min(rest.size(), token.size()));
        }
      }
      r.message = fmt::format("{} exited with 7 (points) but printed no score: '{}'", display, line);
      return r;
    }
    default:
      r.message = fmt::format("{} exited with code {} (the testlib protocol allows 0, 1, 2, 3, 4, 7, 8){}", display,
                              exit_code, line.empty() ? "" : ": " + line);
      return r;
  }
}

ExternalResult RunChecker(const AuthorProgram& checker, Protocol protocol, const std::vector<std::string>& flags,
                          const fs::path& input, const fs::path& answer, const fs::path& output_file,
                          const fs::path& scratch, std::chrono::milliseconds timeout) {
  TrustedOptions options;
  options.timeout = timeout;
  options.capture_limit = 64 << 10;
  options.cwd = scratch;
  std::vector<std::string> args;
  ExternalResult failed;
  if (protocol == Protocol::kTestlib) {
    args = {input.string(), output_file.string(), answer.string()};
    args.insert(args.end(), flags.begin(), flags.end());
    auto run = RunTrusted(checker.executable, args, options);
    if (!run) {
      failed.message = fmt::format("{} cannot run: {}", checker.display, run.error().message);
      return failed;
    }
    return InterpretTestlib(checker.display, run->exit_code, run->timed_out, run->output, run->errors);
  }
  const fs::path feedback = scratch / "feedback";
  std::error_code ec;
  fs::remove_all(feedback, ec);
  fs::create_directories(feedback, ec);
  if (ec) {
    failed.message = fmt::format("cannot create {}: {}", feedback.string(), ec.message());
    return failed;
  }
  args = {input.string(), answer.string(), feedback.string() + "/"};
  args.insert(args.end(), flags.begin(), flags.end());
  options.stdin_path = output_file;
  auto run = RunTrusted(checker.executable, args, options);
  if (!run) {
    failed.message = fmt::format("{} cannot run: {}", checker.display, run.error().message);
    return failed;
  }
  std::string judgemessage;
  if (fs::is_regular_file(feedback / "judgemessage.txt", ec)) {
    auto text = ReadFile(feedback / "judgemessage.txt", 1 << 20);
    if (text) judgemessage = std::move(*text);
  }
  return InterpretKattis(checker.display, run->exit_code, run->timed_out, judgemessage, run->errors);
}

ExternalResult RunInputValidator(const AuthorProgram& validator, Protocol protocol, const std::vector<std::string>& flags,
                                 const fs::path& input, std::chrono::milliseconds timeout) {
  TrustedOptions options;
  options.timeout = timeout;
  options.capture_limit = 64 << 10;
  options.stdin_path = input;
  ExternalResult r;
  auto run = RunTrusted(validator.executable, flags, options);
  if (!run) {
    r.message = fmt::format("{} cannot run: {}", validator.display, run.error().message);
    return r;
  }
  if (run->timed_out || run->exit_code < 0) {
    r.message = Died(validator.display, run->exit_code, run->timed_out, run->errors);
    return r;
  }
  const bool valid = protocol == Protocol::kKattis ? run->exit_code == 42 : run->exit_code == 0;
  if (valid) {
    r.outcome = ExternalResult::Outcome::kAccepted;
    return r;
  }
  if (protocol == Protocol::kKattis && run->exit_code != 43) {
    r.message = fmt::format("{} exited with code {} (the Kattis protocol allows only 42 and 43){}", validator.display,
                            run->exit_code, FirstLine(run->errors).empty() ? "" : ": " + FirstLine(run->errors));
    return r;
  }
  r.outcome = ExternalResult::Outcome::kRejected;
  r.message = FirstLine(run->errors);
  if (r.message.empty()) r.message = FirstLine(run->output);
  if (r.message.empty()) r.message = fmt::format("exit code {}", run->exit_code);
  return r;
}

}  // namespace judge::checkers
