// Package folder -> Problem. Every failure is a one-line Error naming the file (and
// line:col where the parser knows it), kind kBadPackage or kUsage.
#pragma once

#include <filesystem>
#include <string_view>
#include <vector>

#include "judge/packages/problem.h"

namespace judge {

// The folders searched for problem ids, in order: $JUDGE_PROBLEMS (when set), then the
// checkout's problems/.
std::vector<std::filesystem::path> ProblemSearchPath();

// `name` is a problem id or a path to a package directory.
Result<std::filesystem::path> ResolveProblem(std::string_view name);

Result<Problem> LoadProblem(const std::filesystem::path& dir);

// The package's submissions/accepted/*.cpp, sorted by path (empty when there are none). The first
// is the default reference solution.
std::vector<std::filesystem::path> AcceptedSources(const std::filesystem::path& dir);

// Every package found on the search path, by id (the first folder wins on duplicates). A
// package that fails to load is returned as an Error in its slot.
std::vector<Result<Problem>> LoadAllProblems();

}  // namespace judge
