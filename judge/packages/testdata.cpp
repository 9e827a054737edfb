#include "judge/packages/testdata.h"

#include <fmt/format.h>
#include <sys/stat.h>

#include <algorithm>

#include "judge/base/files.h"
#include "judge/run/function.h"
#include "judge/run/package_box.h"
#include "judge/base/sha256.h"
#include "judge/run/verdict.h"

namespace judge {

namespace fs = std::filesystem;

namespace {

constexpr std::chrono::seconds kGeneratorWall{60};
constexpr uint64_t kGeneratedBytes = 1ull << 30;

}  // namespace

Result<PackageRun> RunGenerator(const fs::path& binary, const std::vector<std::string>& args, const fs::path& output,
                                std::chrono::milliseconds wall, uint64_t output_bytes) {
  // Its own box: the program read-only at /prog, its output written through a descriptor the
  // judge opened, so the box has nothing writable but its /tmp, and what it writes is charged to
  // its own cgroup, never to a later solution's.
  PackageRunSpec spec;
  spec.mounts.push_back({sandbox::Mount::Kind::kBind, binary.parent_path().string(), "/prog", false, 0, 0});
  spec.program = "/prog/" + binary.filename().string();
  spec.args = args;
  spec.workdir = "/prog";
  spec.stdout_path = output;
  spec.limits = GeneratorLimits(wall, output_bytes);
  return RunPackageProgram(spec);
}

Result<fs::path> TestData::BuildGenerator(const Problem& problem, const std::string& name, std::string& key) {
  const fs::path source = problem.dir / "generators" / (name + ".cpp");
  auto text = ReadFile(source, 4 << 20);
  if (!text) return MakeError(ErrorKind::kBadPackage, text.error().message);
  const std::vector<std::string> flags = {"-std=gnu++20", "-O2"};
  key = Sha256Hex(compiler_->version() + '\0' + "-std=gnu++20 -O2" + '\0' + *text);
  const fs::path dir = home_ / "cache" / "gen" / key.substr(0, 32);
  const fs::path binary = dir / name;
  std::error_code ec;
  if (fs::is_regular_file(binary, ec)) return binary;
  if (auto r = EnsureDir(dir); !r) return r.error();
  const fs::path tmp = dir / fmt::format(".{}.{}.tmp", name, getpid());
  // Compiled in a package box (judge/run/package_box.h): generators/ read-only at /src, a work
  // folder of its own at /out.
  auto work = TempDir::Create("gen");
  if (!work) return work.error();
  fs::permissions(work->path(), fs::perms::all, ec);
  PackageRunSpec spec;
  spec.program = "/usr/bin/g++";
  spec.args = flags;
  spec.args.push_back("/src/" + name + ".cpp");
  spec.args.emplace_back("-o");
  spec.args.emplace_back("/out/prog");
  spec.mounts.push_back({sandbox::Mount::Kind::kBind, source.parent_path().string(), "/src", false, 0, 0});
  spec.mounts.push_back({sandbox::Mount::Kind::kBind, work->path().string(), "/out", true, 0, 0});
  spec.workdir = "/out";
  spec.seccomp = sandbox::SeccompProfile::kCompile;
  spec.limits = BuildLimits();
  auto run = RunPackageProgram(spec);
  if (!run) return run.error();
  if (run->exit_code != 0) {
    std::string errors = run->timed_out ? "the compiler timed out" : !run->ended.empty() ? "the compiler " + run->ended : run->errors;
    const std::string from = "/src/", to = source.parent_path().string() + "/";
    for (size_t at = 0; (at = errors.find(from, at)) != std::string::npos; at += to.size()) errors.replace(at, from.size(), to);
    return MakeError(ErrorKind::kBadPackage,
                     fmt::format("generator {} does not compile: {}", source.string(), errors.substr(0, errors.find('\n'))));
  }
  // Copied out without following links: the box could have left a link to a host file.
  const std::string program = ReadBoxFile(work->path(), "prog", 256ull << 20);
  if (program.empty()) return MakeError(ErrorKind::kBadPackage, fmt::format("generator {}: the compiler wrote no program", source.string()));
  if (auto r = WriteFileAtomic(tmp, program); !r) return r.error();
  fs::permissions(tmp, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec | fs::perms::others_read |
                           fs::perms::others_exec, ec);
  fs::rename(tmp, binary, ec);
  if (ec) return MakeError(ErrorKind::kInternal, fmt::format("cannot install {}: {}", binary.string(), ec.message()));
  return binary;
}

Result<void> TestData::Materialize(Problem& problem, bool samples_only,
                                   const std::function<void(std::string_view)>& progress) {
  const fs::path cache = home_ / "cache" / "tests";
  bool any = false;
  for (const auto& c : problem.cases) any |= c.generated.has_value() && (!samples_only || c.sample);
  if (!any) return {};
  if (auto r = EnsureDir(cache); !r) return r;

  // The reference binary, compiled only when some answer is missing.
  std::optional<CompileResult> reference;
  std::unique_ptr<sandbox::Box> box;
  // "(3 of 4)" in the progress line: generating the big cases once takes minutes.
  size_t generated = 0, index = 0;
  for (const auto& c : problem.cases) generated += c.generated && !(samples_only && !c.sample);
  for (auto& c : problem.cases) {
    if (!c.generated || (samples_only && !c.sample)) continue;
    ++index;
    std::string gen_key;
    auto generator = BuildGenerator(problem, c.generated->generator, gen_key);
    if (!generator) return generator.error();
    std::string arg_material = gen_key;
    for (const auto& a : c.generated->args) arg_material += '\0' + a;
    const std::string input_key = Sha256Hex(arg_material);
    c.input = cache / (input_key.substr(0, 40) + ".in");
    std::error_code ec;
    if (!fs::is_regular_file(c.input, ec)) {
      if (progress) progress(fmt::format("generating {} ({} of {} generated cases; cached for later runs)", c.name, index, generated));
      const fs::path tmp = cache / fmt::format(".{}.{}.tmp", input_key.substr(0, 40), getpid());
      auto run = RunGenerator(*generator, c.generated->args, tmp, kGeneratorWall, kGeneratedBytes);
      if (!run || run->exit_code != 0) {
        fs::remove(tmp, ec);
        if (!run) return run.error();
        const std::string what = run->timed_out        ? fmt::format("timed out ({} s)", kGeneratorWall.count())
                                 : !run->ended.empty() ? run->ended
                                                       : fmt::format("failed (exit code {})", run->exit_code);
        return MakeError(ErrorKind::kInternal,
                         fmt::format("generator generators/{}.cpp {} on case {}{}", c.generated->generator, what,
                                     c.name, run->errors.empty() ? "" : ": " + run->errors.substr(0, run->errors.find('\n'))));
      }
      fs::rename(tmp, c.input, ec);
      if (ec) return MakeError(ErrorKind::kInternal, fmt::format("cannot install {}: {}", c.input.string(), ec.message()));
    }

    if (!reference) {
      auto source = ReadSource(problem.reference);
      if (!source) return MakeError(ErrorKind::kBadPackage, source.error().message);
      source = WithHarness(problem, std::move(*source));
      if (!source) return source.error();
      auto compiled = compiler_->Compile(*source);
      if (!compiled) return compiled.error();
      if (!compiled->ok)
        return MakeError(ErrorKind::kBadPackage,
                         fmt::format("reference solution {} does not compile", problem.reference.string()));
      reference = std::move(*compiled);
    }
    c.answer = cache / (Sha256Hex(input_key + '\0' + reference->key).substr(0, 40) + ".ans");
    if (fs::is_regular_file(c.answer, ec)) continue;
    if (progress) progress(fmt::format("answering {} with the reference ({} of {})", c.name, index, generated));
    if (!box) {
      sandbox::BoxConfig config;
      config.mounts.push_back({sandbox::Mount::Kind::kBind, reference->binary_dir.string(), "/box", false, 0, 0});
      auto created = sandbox_->CreateBox(config);
      if (!created) return created.error();
      box = std::move(*created);
    }
    const sandbox::RunRequest request = ReferenceRequest(problem, c.input);
    auto run = box->Run(request);
    if (!run) return run.error();
    if (const auto failed = ReferenceFailure(*run, request, problem))
      return MakeError(ErrorKind::kInternal,
                       fmt::format("reference solution {} failed on generated case {}: {}",
                                   problem.reference.filename().string(), c.name, failed->message));
    if (auto r = WriteFileAtomic(c.answer, run->stdout_data); !r) return r;
  }
  return {};
}

sandbox::RunRequest ReferenceRequest(const Problem& problem, const fs::path& input) {
  sandbox::RunRequest request;
  request.argv = {"/box/prog"};
  request.stdin_path = input.string();
  const int share = problem.kind == ProblemKind::kDistributed && problem.distributed ? problem.distributed->nodes : 1;
  request.limits.cpu_time = problem.limits.time_limit * 5 * share;
  request.limits.wall_time = request.limits.cpu_time * 2 + std::chrono::seconds(1);
  request.limits.memory_bytes = std::max<uint64_t>(problem.limits.memory_bytes * 2 * share, 256ull << 20);
  request.limits.stdout_bytes = problem.limits.output_bytes;
  request.limits.file_size_bytes = problem.limits.output_bytes;
  request.limits.max_processes = problem.limits.processes;
  return request;
}

std::optional<RunVerdict> ReferenceFailure(const sandbox::RunResult& run, const sandbox::RunRequest& request,
                                           const Problem& problem) {
  Limits applied = problem.limits;  // so a failure names the limits the reference really had
  applied.time_limit = request.limits.cpu_time;
  applied.memory_bytes = request.limits.memory_bytes;
  const RunVerdict v = Classify(run, applied);
  const bool slow_but_clean =
      v.verdict == Verdict::kTimeLimit && run.termination == sandbox::Termination::kExited && run.exit_code == 0;
  if (v.verdict == Verdict::kAccepted || slow_but_clean) return std::nullopt;
  return v;
}

}  // namespace judge
