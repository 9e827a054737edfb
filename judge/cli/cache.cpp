#include "judge/cli/cache.h"

#include <fmt/format.h>
#include <sys/stat.h>

#include <cstdio>
#include <iostream>

#include "judge/base/files.h"
#include "judge/run/binary_cache.h"
#include "judge/run/compiler.h"
#include "sandbox/sandbox.h"

namespace judge {

namespace fs = std::filesystem;

namespace {

struct PartSpec {
  const char* name;
  const char* what;
  const char* path;
  bool prunable;  // rebuilt on demand, so --prune removes it
};

// Fixed order: what `judge cache` lists. The precompiled header of the current compiler, the
// derived time limits (verify measured them) and the history are never pruned.
constexpr PartSpec kParts[] = {
    {"bin", "compiled solutions", "cache/bin", true},
    {"pch", "precompiled headers", "cache/pch", false},
    {"author", "checkers, validators, interactors", "cache/author", true},
    {"gen", "generators", "cache/gen", true},
    {"tests", "generated tests", "cache/tests", true},
    {"timelimits", "derived time limits", "cache/timelimits", false},
    {"history", "attempt history", "history.sqlite", false},
    {"tmp", "scratch folders", "tmp", false},
};

// `path` itself may be a symbolic link (a cache folder kept elsewhere); nothing below it is
// followed.
void Add(const fs::path& path, HomeUsage::Part& part) {
  struct stat st {};
  if (stat(path.c_str(), &st) != 0) return;
  if (S_ISREG(st.st_mode)) {
    part.bytes += static_cast<uint64_t>(st.st_size);
    ++part.files;
    return;
  }
  if (!S_ISDIR(st.st_mode)) return;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(path, fs::directory_options::skip_permission_denied, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (lstat(it->path().c_str(), &st) == 0 && S_ISREG(st.st_mode)) {
      part.bytes += static_cast<uint64_t>(st.st_size);
      ++part.files;
    }
  }
}

// Removes every entry of `dir` (not `dir` itself); what one entry held is added to `freed`.
void RemoveEntries(const fs::path& dir, const std::string& keep, HomeUsage::Part& freed) {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (entry.path().filename() == keep) continue;
    HomeUsage::Part one;
    Add(entry.path(), one);
    std::error_code rm;
    fs::remove_all(entry.path(), rm);
    if (!rm) {
      freed.bytes += one.bytes;
      freed.files += one.files;
    }
  }
}

}  // namespace

HomeUsage MeasureHome(const fs::path& home, uint64_t binary_cache_max_bytes) {
  HomeUsage usage;
  usage.home = home;
  usage.binary_cache_max_bytes = binary_cache_max_bytes;
  for (const PartSpec& spec : kParts) {
    HomeUsage::Part part{spec.name, spec.what, spec.path, 0, 0};
    Add(home / spec.path, part);
    if (std::string_view(spec.name) == "history") {
      for (const char* suffix : {"-wal", "-shm", "-journal"}) Add(home / (std::string(spec.path) + suffix), part);
    }
    usage.total_bytes += part.bytes;
    usage.parts.push_back(std::move(part));
  }
  return usage;
}

nlohmann::json HomeUsageJson(const HomeUsage& usage) {
  nlohmann::json parts = nlohmann::json::array();
  for (const auto& p : usage.parts)
    parts.push_back({{"name", p.name}, {"path", p.path}, {"bytes", p.bytes}, {"files", p.files}});
  return {{"home", usage.home.string()},
          {"total_bytes", usage.total_bytes},
          {"binary_cache_max_bytes", usage.binary_cache_max_bytes},
          {"parts", parts}};
}

std::string RenderHomeUsage(const HomeUsage& usage) {
  std::string out = fmt::format("JUDGE_HOME {}\n", usage.home.string());
  for (const auto& p : usage.parts) {
    std::string note;
    if (p.name == "bin")
      note = usage.binary_cache_max_bytes > 0
                 ? fmt::format("  (bound {}, $JUDGE_CACHE_MAX; least recently used evicted first)",
                               HumanBytes(usage.binary_cache_max_bytes))
                 : "  (no bound: JUDGE_CACHE_MAX=0)";
    out += fmt::format("  {:<34} {:<17} {:>10}{}\n", p.what, p.path, HumanBytes(p.bytes), note);
  }
  out += fmt::format("  {:<34} {:<17} {:>10}\n", "total", "", HumanBytes(usage.total_bytes));
  return out;
}

int CacheCommand(bool prune, bool json) {
  const fs::path home = JudgeHome();
  auto max_bytes = BinaryCache::MaxBytesFromEnvironment();
  if (!max_bytes) {
    std::fprintf(stderr, "judge: %s\n", max_bytes.error().message.c_str());
    return 2;
  }
  nlohmann::json out = {{"schema", 1}};
  std::string text;
  if (prune) {
    // The current compiler's precompiled header stays (rebuilding it takes ~15 s); older ones
    // (another g++ version) go.
    std::string keep_pch;
    auto sandbox = sandbox::MakeLinuxSandbox();
    if (auto compiler = Compiler::Create(*sandbox, home)) keep_pch = compiler->PchDir().filename().string();
    HomeUsage::Part freed{"pruned", "", "", 0, 0};
    const BinaryCache::Usage evicted = BinaryCache(home / "cache" / "bin", *max_bytes).EvictTo(0);
    freed.bytes += evicted.bytes;
    freed.files += evicted.entries;
    for (const PartSpec& spec : kParts)
      if (spec.prunable && std::string_view(spec.name) != "bin") RemoveEntries(home / spec.path, "", freed);
    RemoveEntries(home / "cache" / "pch", keep_pch.empty() ? std::string(1, '\0') : keep_pch, freed);
    out["pruned_bytes"] = freed.bytes;
    out["pruned_files"] = freed.files;
    text = fmt::format("pruned {} in {} files (binaries in use by a running judge, this compiler's precompiled "
                       "header, derived time limits and the history are kept)\n\n",
                       HumanBytes(freed.bytes), freed.files);
  }
  const HomeUsage usage = MeasureHome(home, *max_bytes);
  out.update(HomeUsageJson(usage));
  if (json) {
    std::cout << out.dump(2) << '\n';
  } else {
    std::cout << text << RenderHomeUsage(usage);
    if (!prune) std::cout << "'judge cache --prune' removes what the judge rebuilds on demand.\n";
  }
  return 0;
}

}  // namespace judge
