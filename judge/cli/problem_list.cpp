#include "judge/cli/problem_list.h"

#include <fmt/format.h>

#include <algorithm>

#include "judge/run/function.h"

namespace judge {

std::optional<Difficulty> ParseDifficulty(std::string_view name) {
  for (Difficulty d : {Difficulty::kEasy, Difficulty::kMedium, Difficulty::kHard})
    if (name == DifficultyName(d)) return d;
  return std::nullopt;
}

std::vector<ListedProblem> FilterProblems(const std::vector<Problem>& problems,
                                          const std::vector<ProblemProgress>& progress, const ListFilter& filter) {
  std::vector<ListedProblem> out;
  for (const auto& p : problems) {
    const auto found = std::find_if(progress.begin(), progress.end(),
                                    [&](const ProblemProgress& g) { return g.problem == p.id; });
    const ProblemProgress* g = found == progress.end() ? nullptr : &*found;
    if (filter.todo && g != nullptr && g->solved) continue;
    if (filter.difficulty && p.difficulty != *filter.difficulty) continue;
    if (!std::all_of(filter.tags.begin(), filter.tags.end(), [&](const std::string& t) {
          return std::find(p.tags.begin(), p.tags.end(), t) != p.tags.end();
        }))
      continue;
    out.push_back({&p, g});
  }
  return out;
}

std::string StatusName(const ProblemProgress* progress) {
  if (progress == nullptr || progress->attempts == 0) return "untried";
  return progress->solved ? "solved" : "attempted";
}

std::string RenderProblemList(const std::vector<ListedProblem>& listed, size_t total) {
  std::string out = fmt::format("{:<28} {:<7} {:<12} {:<14} {:<10} {:>6}  {}\n", "id", "level", "kind", "forms",
                                "status", "best", "title  [tags]");
  size_t solved = 0;
  for (const auto& l : listed) {
    const Problem& p = *l.problem;
    std::string tags;
    for (const auto& t : p.tags) tags += (tags.empty() ? "" : ", ") + t;
    const std::string status = StatusName(l.progress);
    solved += status == "solved";
    const std::string best =
        l.progress && l.progress->best_ratio ? fmt::format("{:.2f}x", *l.progress->best_ratio) : "-";
    const std::string forms = FormsName(ProblemForms(p));
    out += fmt::format("{:<28} {:<7} {:<12} {:<14} {:<10} {:>6}  {}  [{}]\n", p.id, DifficultyName(p.difficulty),
                       ProblemKindName(p.kind), forms.empty() ? "-" : forms, status == "untried" ? "-" : status, best,
                       p.title, tags);
  }
  out += fmt::format("{} of {} problems shown, {} solved; best: your fastest accepted attempt's time over the "
                     "fastest reference's\n",
                     listed.size(), total, solved);
  return out;
}

nlohmann::json RenderProblemListJson(const std::vector<ListedProblem>& listed) {
  nlohmann::json out = {{"schema", 1}, {"problems", nlohmann::json::array()}};
  for (const auto& l : listed) {
    const Problem& p = *l.problem;
    std::vector<std::string> forms;  // how a solution may be written: "stdio", "function", "class"
    for (Form f : ProblemForms(p)) forms.push_back(FormName(f));
    out["problems"].push_back(
        {{"id", p.id},
         {"title", p.title},
         {"tags", p.tags},
         {"difficulty", DifficultyName(p.difficulty)},
         {"kind", ProblemKindName(p.kind)},
         {"forms", forms},
         {"status", StatusName(l.progress)},
         {"attempts", l.progress ? l.progress->attempts : 0},
         {"best_ratio", l.progress && l.progress->best_ratio ? nlohmann::json(*l.progress->best_ratio)
                                                            : nlohmann::json(nullptr)}});
  }
  return out;
}

}  // namespace judge
