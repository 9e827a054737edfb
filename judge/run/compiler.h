// Compiles a candidate's C++ source inside the sandbox with fixed flags, a precompiled
// <bits/stdc++.h> and a bounded binary cache in $JUDGE_HOME keyed by sha256(compiler, flags,
// source) (binary_cache.h).
#pragma once

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include "judge/run/binary_cache.h"
#include "sandbox/sandbox.h"

namespace judge {

// A file of the problem's compiled beside the candidate's: a function problem's harness main
// and the header declaring the candidate's function (judge/run/function.h).
struct CompanionFile {
  std::string path;              // relative, inside the compile folder's "problem/" (no "..")
  std::string text;
  bool translation_unit = false; // compiled and linked with the candidate's file; else a header
                                 // whose folder is put on the include path
};

struct SourceFile {
  std::string text;
  std::string display_name;  // the file name the candidate knows, used in compiler messages
  std::vector<CompanionFile> companions = {};  // empty for a stdio problem; part of the cache key
  // The largest program (and intermediate file) the compile may write; 0: Compiler::kBinaryBytes.
  // Kattis packages allow more (Limits::binary_bytes): problemtools does not limit the compile.
  uint64_t binary_limit_bytes = 0;
};

// Reads and vets a solution: exists, regular, non-empty, text (no NUL), at most 1 MiB.
sandbox::Result<SourceFile> ReadSource(const std::filesystem::path& path);

struct CompileResult {
  bool ok = false;
  bool cached = false;
  std::chrono::milliseconds wall{0};     // the compile alone
  std::chrono::milliseconds pch_wall{0}; // building the precompiled header first (once per machine)
  std::string log;                      // compiler messages; paths name display_name
  std::filesystem::path binary_dir;     // holds "prog" when ok
  std::string key;                      // cache key (sha256 hex)
  // Keeps the cached binary from being evicted while this result (or a copy) lives; empty from
  // fake builders.
  std::shared_ptr<CacheLease> lease;
};

// What the judge needs of a compiler; tests substitute a fake.
class Builder {
 public:
  virtual ~Builder() = default;
  virtual sandbox::Result<CompileResult> Compile(const SourceFile& source) = 0;
  virtual const std::string& version() const = 0;
  // False when the next compile that misses the cache first builds the precompiled header
  // (~15 s), so the progress line can say so.
  virtual bool PchReady() const { return true; }
};

class Compiler : public Builder {
 public:
  // Probes the compiler version and reads the cache bound ($JUDGE_CACHE_MAX, a usage error
  // when malformed); the PCH is built lazily on the first cache miss.
  static sandbox::Result<Compiler> Create(sandbox::Sandbox& sandbox, std::filesystem::path home);

  sandbox::Result<CompileResult> Compile(const SourceFile& source) override;

  const std::string& version() const override { return version_; }
  const std::vector<std::string>& flags() const { return flags_; }
  std::string FlagsString() const;

  // The PCH folder for these flags; built (once per compiler and flags) when missing.
  sandbox::Result<std::filesystem::path> EnsurePch();
  bool PchReady() const override;
  // Where EnsurePch puts it (it may not exist yet).
  std::filesystem::path PchDir() const;

  BinaryCache& cache() { return cache_; }

  // Limits of the compile step.
  static constexpr std::chrono::seconds kCpuLimit{30};
  static constexpr std::chrono::seconds kWallLimit{60};
  static constexpr uint64_t kMemoryBytes = 2ull << 30;
  // A static binary of a typical solution is 1-3 MiB. Also RLIMIT_FSIZE of the compile, so it
  // holds for every file the compiler writes: the assembly text of an initialised table is
  // about 3.5 times its size, which leaves room for tables of a few million values.
  static constexpr uint64_t kBinaryBytes = 64ull << 20;
  static constexpr uint64_t kLogBytes = 64ull << 10;

 private:
  Compiler(sandbox::Sandbox& sandbox, std::filesystem::path home, std::string version, uint64_t cache_bytes);
  std::string CacheKey(const SourceFile& source) const;

  sandbox::Sandbox* sandbox_;
  std::filesystem::path home_;
  std::string version_;
  std::vector<std::string> flags_;
  BinaryCache cache_;
};

}  // namespace judge
