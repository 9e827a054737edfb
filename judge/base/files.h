// JUDGE_HOME, scratch folders and atomic file writes: the judge's host-side file handling.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "sandbox/result.h"

namespace judge {

// $JUDGE_HOME, else ${XDG_DATA_HOME:-$HOME/.local/share}/judge. Not created.
std::filesystem::path JudgeHome();

// Creates `dir` and its parents.
sandbox::Result<void> EnsureDir(const std::filesystem::path& dir);

// Writes to a temporary sibling, fsyncs nothing (caches can be rebuilt), renames into place:
// a reader sees the old file, the new file, or no file; never half of one.
sandbox::Result<void> WriteFileAtomic(const std::filesystem::path& file, std::string_view data);

// Creates `file` holding `data`, never replacing anything: written beside it, then linked into
// place, which fails when the name exists (a file, a folder or a link). A kUsage error names
// the file: "'x.cpp' already exists; nothing was written". No half-written file is left.
sandbox::Result<void> WriteNewFile(const std::filesystem::path& file, std::string_view data);

// Reads a whole regular file. Fails on anything else (folders, devices, over `max_bytes`).
sandbox::Result<std::string> ReadFile(const std::filesystem::path& file, size_t max_bytes = size_t(1) << 32);

// A fresh folder under $JUDGE_HOME/tmp, removed (with everything in it) on destruction unless
// Keep() was called. Only call after every box that could write into it is gone.
class TempDir {
 public:
  static sandbox::Result<TempDir> Create(std::string_view prefix);
  TempDir(TempDir&& other) noexcept;
  TempDir& operator=(TempDir&&) = delete;
  TempDir(const TempDir&) = delete;
  ~TempDir();
  const std::filesystem::path& path() const { return path_; }
  void Keep() { keep_ = true; }

 private:
  explicit TempDir(std::filesystem::path path) : path_(std::move(path)) {}
  std::filesystem::path path_;
  bool keep_ = false;
};

// Removes $JUDGE_HOME/tmp entries whose owning judge process is gone (after a SIGKILL).
void CleanStaleTemp();

}  // namespace judge
