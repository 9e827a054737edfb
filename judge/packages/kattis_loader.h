// Kattis / ICPC problem packages (problem.yaml), judged in place: the legacy format, the
// 2023-07 draft and 2025-09. Errors name file:line:col where the YAML parser knows them; keys
// that do not change judging (author, license, uuid, ...) are accepted silently, keys this
// judge does not implement (scoring, unknown keys) become Problem::warnings.
//
// What is read:
//   problem.yaml         problem_format_version, name, type / validation, validator_flags,
//                        limits (time_limit, time_multiplier(s), time_safety_margin, memory, output;
//                        legacy defaults time_multiplier 5, time_safety_margin 2 and memory 1024;
//                        2023-07 on: 2, 1.5 and 2048)
//   .timelimit, domjudge-problem.ini (timelimit=)  the time limit when problem.yaml has none;
//                        with neither, Problem::time_limit_source is kDerived (judge verify)
//   data/sample, data/secret with nested groups; testdata.yaml or test_group.yaml per group
//                        (output_validator_flags, input_validator_flags; inherited by subgroups)
//   output_validators/ or output_validator/ (the interactor when type is interactive),
//   input_validators/, input_validator/ or input_format_validators/, include/
//   submissions/         read by judge verify, not here
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "judge/packages/problem.h"

namespace judge {

Result<Problem> LoadKattisProblem(const std::filesystem::path& dir);

// The Kattis default output validator's flags (case_sensitive, space_change_sensitive,
// float_absolute_tolerance E, float_relative_tolerance E, float_tolerance E) on top of its
// defaults (case-insensitive, whitespace-insensitive, exact tokens). `where` prefixes errors.
Result<checkers::TokenOptions> ParseDefaultValidatorFlags(const std::vector<std::string>& flags,
                                                          const std::string& where);

}  // namespace judge
