#include "judge/packages/testdata.h"

#include <fmt/format.h>
#include <sys/stat.h>

#include <algorithm>

#include "judge/base/files.h"
#include "judge/run/function.h"
#include "judge/base/process.h"
#include "judge/base/sha256.h"
#include "judge/run/verdict.h"

namespace judge {

namespace fs = std::filesystem;

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
  std::vector<std::string> args = flags;
  args.push_back(source.string());
  args.emplace_back("-o");
  args.push_back(tmp.string());
  TrustedOptions options;
  options.timeout = std::chrono::seconds(120);
  auto run = RunTrusted("/usr/bin/g++", args, options);
  if (!run) return run.error();
  if (run->exit_code != 0) {
    fs::remove(tmp, ec);
    return MakeError(ErrorKind::kBadPackage,
                     fmt::format("generator {} does not compile: {}", source.string(),
                                 run->errors.substr(0, run->errors.find('\n'))));
  }
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
  for (auto& c : problem.cases) {
    if (!c.generated || (samples_only && !c.sample)) continue;
    std::string gen_key;
    auto generator = BuildGenerator(problem, c.generated->generator, gen_key);
    if (!generator) return generator.error();
    std::string arg_material = gen_key;
    for (const auto& a : c.generated->args) arg_material += '\0' + a;
    const std::string input_key = Sha256Hex(arg_material);
    c.input = cache / (input_key.substr(0, 40) + ".in");
    std::error_code ec;
    if (!fs::is_regular_file(c.input, ec)) {
      if (progress) progress(fmt::format("generating {}", c.name));
      const fs::path tmp = cache / fmt::format(".{}.{}.tmp", input_key.substr(0, 40), getpid());
      TrustedOptions options;
      options.stdout_path = tmp;
      options.timeout = std::chrono::seconds(60);
      auto run = RunTrusted(*generator, c.generated->args, options);
      if (!run || run->exit_code != 0) {
        fs::remove(tmp, ec);
        if (!run) return run.error();
        return MakeError(ErrorKind::kInternal,
                         fmt::format("generator generators/{}.cpp {} on case {}{}", c.generated->generator,
                                     run->timed_out ? "timed out (60 s)" : fmt::format("failed (exit code {})", run->exit_code),
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
    if (progress) progress(fmt::format("answering {} with the reference", c.name));
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
