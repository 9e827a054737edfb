// Accuracy notes: what a run's measurements could not see because a fallback measured instead
// of a cgroup (rootless mode without a delegated cgroup; sandbox::RunResult::accuracy). Every
// report built from runs collects them and prints them, so a verdict never hides its caveats.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "sandbox/sandbox.h"

namespace judge {

// Adds the notes of `run` that `notes` does not hold yet.
inline void MergeAccuracy(const std::vector<std::string>& run_notes, std::vector<std::string>* notes) {
  for (const auto& note : run_notes)
    if (std::find(notes->begin(), notes->end(), note) == notes->end()) notes->push_back(note);
}

// One "accuracy: <note>" line per note; empty without notes.
inline std::string AccuracyText(const std::vector<std::string>& notes) {
  std::string out;
  for (const auto& note : notes) out += "accuracy: " + note + "\n";
  return out;
}

// Sets "accuracy" (an array of the notes) when there are notes.
inline void AddAccuracyJson(const std::vector<std::string>& notes, nlohmann::json* j) {
  if (!notes.empty()) (*j)["accuracy"] = notes;
}

}  // namespace judge
