// judge new: writes a native package skeleton that loads, builds and runs, and that
// `judge verify` then rejects with exactly what is still missing (the placeholder solution in
// submissions/accepted/ fails the sample until the author writes the reference solution).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "sandbox/result.h"

namespace judge {

// Ids: lowercase letters, digits and '-', starting with a letter, at most 64 bytes.
bool ValidProblemId(std::string_view id);

// Creates `parent`/`id` with the skeleton; refuses an existing folder (kUsage). Returns the
// created files, relative to the package, in creation order.
sandbox::Result<std::vector<std::string>> ScaffoldProblem(const std::filesystem::path& parent, const std::string& id);

}  // namespace judge
