// What $JUDGE_HOME holds, part by part (`judge cache`, `judge doctor`), and pruning what the
// judge rebuilds on demand (`judge cache --prune`).
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace judge {

struct HomeUsage {
  struct Part {
    std::string name;  // "bin", "pch", ... (the JSON key)
    std::string what;  // for people: "compiled solutions"
    std::string path;  // relative to the home: "cache/bin"
    uint64_t bytes = 0;
    uint64_t files = 0;
  };
  std::filesystem::path home;
  std::vector<Part> parts;  // fixed order; missing folders count 0
  uint64_t total_bytes = 0;
  uint64_t binary_cache_max_bytes = 0;  // 0: no bound
};

// Walks the home without following symbolic links.
HomeUsage MeasureHome(const std::filesystem::path& home, uint64_t binary_cache_max_bytes);

nlohmann::json HomeUsageJson(const HomeUsage& usage);
std::string RenderHomeUsage(const HomeUsage& usage);

// `judge cache [--prune] [--json]`; returns the exit code.
int CacheCommand(bool prune, bool json);

}  // namespace judge
