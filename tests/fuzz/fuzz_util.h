// Helpers shared by the libFuzzer targets (tests/fuzz/README.md).
#pragma once

#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

namespace fuzz {

// A package folder made once per process under $TMPDIR, with one secret case, into which each
// input writes its descriptor files. Removed at exit.
class Package {
 public:
  Package() {
    const char* tmp = std::getenv("TMPDIR");
    std::string templ = std::string(tmp && *tmp ? tmp : "/tmp") + "/judge-fuzz-XXXXXX";
    dir_ = mkdtemp(templ.data());
    Write("data/secret/1.in", "1 2\n");
    Write("data/secret/1.ans", "3\n");
    Write("data/sample/1.in", "1 1\n");
    Write("data/sample/1.ans", "2\n");
  }
  ~Package() {
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  void Write(const std::string& name, std::string_view text) const {
    const std::filesystem::path p = dir_ / name;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary | std::ios::trunc).write(text.data(), static_cast<std::streamsize>(text.size()));
  }
  const std::filesystem::path& dir() const { return dir_; }

 private:
  std::filesystem::path dir_;
};

// Splits `data` at the first occurrence of `separator`: {before, after} ({data, ""} without one).
inline std::pair<std::string_view, std::string_view> Split(std::string_view data, std::string_view separator) {
  const size_t at = data.find(separator);
  if (at == std::string_view::npos) return {data, {}};
  return {data.substr(0, at), data.substr(at + separator.size())};
}

// Aborts with a message: what libFuzzer reports as a crash, with the input saved.
[[noreturn]] inline void Fail(const std::string& what) {
  std::fprintf(stderr, "fuzz invariant broken: %s\n", what.c_str());
  std::abort();
}

}  // namespace fuzz
