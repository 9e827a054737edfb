#include "judge/run/function.h"

#include <fmt/format.h>

#include "judge/run/distributed.h"
#include "judge/base/files.h"

namespace judge {

namespace fs = std::filesystem;

namespace {

constexpr size_t kMaxHarnessBytes = 1 << 20;

Result<std::string> ReadPackageFile(const Problem& problem, const fs::path& file) {
  auto text = ReadFile(file, kMaxHarnessBytes);
  if (!text)
    return MakeError(ErrorKind::kBadPackage, fmt::format("{}: cannot read {}: {}", problem.id,
                                                         file.lexically_relative(problem.dir).generic_string(),
                                                         text.error().message));
  return text;
}

}  // namespace

Result<SourceFile> WithHarness(const Problem& problem, SourceFile source) {
  if (problem.kind == ProblemKind::kDistributed && source.companions.empty()) {
    source.companions.push_back({"message.h", kMessageHeader, false});  // #include "message.h"
    return source;
  }
  if (problem.kind != ProblemKind::kFunction || !problem.function || !source.companions.empty()) return source;
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
  if (problem.kind != ProblemKind::kFunction || !problem.function) return std::string();
  return ReadPackageFile(problem, problem.function->header);
}

}  // namespace judge
