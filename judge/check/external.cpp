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
#include "judge/packages/package_dir.h"
#include "judge/run/package_box.h"

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

  // "box": built in a package box (/prog, /src), not on the host as before.
  std::string material = HostCompilerVersion() + '\0' + std::string(kFlags) + '\0' + "box" + '\0';
  if (auto r = HashInto(source, material); !r) return r.error();
  for (const auto& inc : include_dirs)
    if (auto r = HashInto(inc, material); !r) return r.error();
  const std::string key = Sha256Hex(material).substr(0, 32);
  const fs::path dir = home / "cache" / "author" / key;
  const fs::path done = dir / ".built";
  AuthorProgram program{scripts ? dir / "src" / "run" : dir / "prog", std::string(display)};
  if (fs::is_regular_file(done, ec)) return program;

  // Build in a private staging folder, then rename it into place: concurrent judges either see
  // a finished build or none. The build itself runs in a package box (judge/run/package_box.h),
  // writing only into a work folder of its own under $JUDGE_HOME/tmp.
  const fs::path staging = home / "cache" / "author" / fmt::format(".{}.{}.tmp", key, getpid());
  fs::remove_all(staging, ec);
  if (auto r = EnsureDir(staging); !r) return r.error();
  auto fail = [&](std::string message) -> Error {
    fs::remove_all(staging, ec);
    return MakeError(ErrorKind::kBadPackage, std::move(message));
  };
  auto work = TempDir::Create("author");
  if (!work) return fail(work.error().message);
  if (scripts) {
    // The folder is /prog in the box both when `build` runs and when `run` does later, so paths
    // the build writes down stay true.
    fs::copy(source, work->path() / "src", fs::copy_options::recursive, ec);
    if (ec) return fail(fmt::format("{}: cannot copy {}: {}", display, source.string(), ec.message()));
    if (fs::exists(work->path() / "src" / "build", ec)) {
      OpenUpTree(work->path(), true);
      PackageRunSpec spec;
      spec.program = "/prog/build";
      spec.mounts.push_back({sandbox::Mount::Kind::kBind, (work->path() / "src").string(), "/prog", true, 0, 0});
      spec.workdir = "/prog";
      spec.seccomp = sandbox::SeccompProfile::kScript;
      spec.limits = BuildLimits();
      auto run = RunPackageProgram(spec);
      if (!run) return fail(fmt::format("{}: build script: {}", display, run.error().message));
      if (run->exit_code != 0) {
        const std::string why = run->timed_out        ? "timed out"
                                : !run->ended.empty() ? run->ended
                                                      : FirstLine(run->errors + run->output);
        return fail(fmt::format("{}: build script failed: {}", display, why));
      }
    }
    OpenUpTree(work->path(), false);
    if (!fs::is_regular_file(fs::symlink_status(work->path() / "src" / "run", ec)))
      return fail(fmt::format("{}: the build left no 'run' program in {}", display, source.string()));
    fs::rename(work->path() / "src", staging / "src", ec);
    if (ec) {  // $JUDGE_HOME/tmp and the cache on different file systems: copy, links as links
      ec.clear();
      fs::copy(work->path() / "src", staging / "src", fs::copy_options::recursive | fs::copy_options::copy_symlinks, ec);
    }
    if (ec) return fail(fmt::format("{}: cannot install the build: {}", display, ec.message()));
  } else {
    // The sources' folder is /src in the box, include folder k is /inc/k; messages name the
    // host paths again.
    const fs::path src_dir = folder ? source : source.parent_path();
    std::vector<std::pair<std::string, std::string>> renames = {{"/src/", src_dir.string() + "/"}};
    fs::permissions(work->path(), fs::perms::all, ec);
    PackageRunSpec spec;
    spec.program = "/usr/bin/g++";
    spec.args = {"-std=gnu++20", "-O2", "-I", "/src"};
    spec.mounts.push_back({sandbox::Mount::Kind::kBind, src_dir.string(), "/src", false, 0, 0});
    for (size_t k = 0; k < include_dirs.size(); ++k) {
      const std::string target = fmt::format("/inc/{}", k);
      spec.mounts.push_back({sandbox::Mount::Kind::kBind, include_dirs[k].string(), target, false, 0, 0});
      spec.args.emplace_back("-I");
      spec.args.push_back(target);
      renames.emplace_back(target + "/", include_dirs[k].string() + "/");
    }
    for (const auto& s : sources) spec.args.push_back("/src/" + s.lexically_relative(src_dir).generic_string());
    spec.args.emplace_back("-o");
    spec.args.emplace_back("/out/prog");
    spec.mounts.push_back({sandbox::Mount::Kind::kBind, work->path().string(), "/out", true, 0, 0});
    spec.workdir = "/out";
    spec.seccomp = sandbox::SeccompProfile::kCompile;
    spec.limits = BuildLimits();
    auto run = RunPackageProgram(spec);
    if (!run) return fail(fmt::format("{}: {}", display, run.error().message));
    if (run->exit_code != 0) {
      if (run->timed_out || !run->ended.empty())
        return fail(fmt::format("{} does not compile: the compiler {}", display,
                                run->timed_out ? "timed out" : run->ended));
      // The first error line, not the first line (which is usually "In function ...").
      std::string errors = run->errors, first;
      for (const auto& [from, to] : renames)
        for (size_t at = 0; (at = errors.find(from, at)) != std::string::npos; at += to.size())
          errors.replace(at, from.size(), to);
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
    // Copied out without following links: the box could have left a link to a host file.
    const std::string binary = ReadBoxFile(work->path(), "prog", 256ull << 20);
    if (binary.empty()) return fail(fmt::format("{}: the compiler wrote no program", display));
    if (auto r = WriteFileAtomic(staging / "prog", binary); !r) return fail(r.error().message);
    fs::permissions(staging / "prog", fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                          fs::perms::others_read | fs::perms::others_exec, ec);
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

namespace {

// The box of an author program: its folder read-only at /prog (also the working folder).
PackageRunSpec AuthorSpec(const AuthorProgram& program, std::chrono::milliseconds timeout) {
  PackageRunSpec spec;
  spec.mounts.push_back({sandbox::Mount::Kind::kBind, program.executable.parent_path().string(), "/prog", false, 0, 0});
  spec.program = "/prog/" + program.executable.filename().string();
  spec.workdir = "/prog";
  if (IsRunScript(program)) spec.seccomp = sandbox::SeccompProfile::kScript;
  spec.limits = CheckerLimits(timeout, 2 * timeout);  // 30 s of CPU, 60 s of wall by default
  return spec;
}

void BindFile(PackageRunSpec& spec, const fs::path& host, const std::string& target) {
  spec.mounts.push_back({sandbox::Mount::Kind::kBind, host.string(), target, false, 0, 0});
}

// A run that ended by something other than an exit or a time limit: say what, naming the program.
void ExplainEnd(std::string_view display, const PackageRun& run, ExternalResult& r) {
  if (r.outcome != ExternalResult::Outcome::kFailed || run.timed_out || run.exit_code >= 0 || run.ended.empty()) return;
  const std::string detail = FirstLine(run.errors);
  r.message = fmt::format("{} {}{}", display, run.ended, detail.empty() ? "" : ": " + detail);
}

}  // namespace

bool IsRunScript(const AuthorProgram& program) {
  return program.executable.filename() == "run" && program.executable.parent_path().filename() == "src";
}

ExternalResult RunChecker(const AuthorProgram& checker, Protocol protocol, const std::vector<std::string>& flags,
                          const fs::path& input, const fs::path& answer, const fs::path& output_file,
                          const fs::path& scratch, std::chrono::milliseconds timeout) {
  PackageRunSpec spec = AuthorSpec(checker, timeout);
  BindFile(spec, input, "/data/input");
  BindFile(spec, answer, "/data/answer");
  ExternalResult failed;
  if (protocol == Protocol::kTestlib) {
    BindFile(spec, output_file, "/data/output");
    spec.args = {"/data/input", "/data/output", "/data/answer"};
    spec.args.insert(spec.args.end(), flags.begin(), flags.end());
    auto run = RunPackageProgram(spec);
    if (!run) {
      failed.message = fmt::format("{} cannot run: {}", checker.display, run.error().message);
      return failed;
    }
    auto r = InterpretTestlib(checker.display, run->exit_code, run->timed_out, run->output, run->errors);
    ExplainEnd(checker.display, *run, r);
    return r;
  }
  const fs::path feedback = scratch / "feedback";
  std::error_code ec;
  fs::remove_all(feedback, ec);
  fs::create_directories(feedback, ec);
  if (ec) {
    failed.message = fmt::format("cannot create {}: {}", feedback.string(), ec.message());
    return failed;
  }
  fs::permissions(feedback, fs::perms::all, ec);  // the box's identity writes there
  spec.mounts.push_back({sandbox::Mount::Kind::kBind, feedback.string(), "/feedback", true, 0, 0});
  spec.args = {"/data/input", "/data/answer", "/feedback/"};
  spec.args.insert(spec.args.end(), flags.begin(), flags.end());
  spec.stdin_path = output_file;
  auto run = RunPackageProgram(spec);
  if (!run) {
    failed.message = fmt::format("{} cannot run: {}", checker.display, run.error().message);
    return failed;
  }
  const std::string judgemessage = ReadBoxFile(feedback, "judgemessage.txt", 1 << 20);
  auto r = InterpretKattis(checker.display, run->exit_code, run->timed_out, judgemessage, run->errors);
  ExplainEnd(checker.display, *run, r);
  return r;
}

ExternalResult RunInputValidator(const AuthorProgram& validator, Protocol protocol, const std::vector<std::string>& flags,
                                 const fs::path& input, std::chrono::milliseconds timeout,
                                 const fs::path& package_root) {
  PackageRunSpec spec = AuthorSpec(validator, timeout);
  spec.args = flags;
  ExternalResult r;
  auto opened = OpenPackageFile(package_root, input);
  if (!opened) {
    r.message = fmt::format("{} cannot run: {}", validator.display, opened.error().message);
    return r;
  }
  spec.stdin_fd = opened->Release();
  auto run = RunPackageProgram(spec);
  if (!run) {
    r.message = fmt::format("{} cannot run: {}", validator.display, run.error().message);
    return r;
  }
  if (run->timed_out || run->exit_code < 0) {
    r.message = Died(validator.display, run->exit_code, run->timed_out, run->errors);
    ExplainEnd(validator.display, *run, r);
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
