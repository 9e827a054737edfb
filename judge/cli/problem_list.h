// `judge list`: the problems with the candidate's progress on each from the history (solved,
// attempted, never tried; the best ratio to the reference), filtered the way practice sites
// filter a problem list. Renders; decides nothing.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "judge/packages/problem.h"
#include "judge/store/history.h"

namespace judge {

struct ListFilter {
  bool todo = false;                     // only problems not solved yet
  std::vector<std::string> tags;         // only problems with every one of these tags
  std::optional<Difficulty> difficulty;  // only this difficulty
};

// "easy" | "medium" | "hard" -> the difficulty; nullopt for anything else.
std::optional<Difficulty> ParseDifficulty(std::string_view name);

struct ListedProblem {
  const Problem* problem = nullptr;
  const ProblemProgress* progress = nullptr;  // null: never tried
};

// The problems that pass `filter`, in the given order, each with its progress (matched by id).
std::vector<ListedProblem> FilterProblems(const std::vector<Problem>& problems,
                                          const std::vector<ProblemProgress>& progress, const ListFilter& filter);

// "solved" | "attempted" | "untried".
std::string StatusName(const ProblemProgress* progress);

// One line per problem: id, difficulty, kind, forms (stdio+class), status, best ratio, title and tags; then a count.
std::string RenderProblemList(const std::vector<ListedProblem>& listed, size_t total);

// CONTRACT.md `judge list --json` plus per problem "forms", "status", "attempts" and "best_ratio".
nlohmann::json RenderProblemListJson(const std::vector<ListedProblem>& listed);

}  // namespace judge
