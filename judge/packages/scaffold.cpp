#include "judge/packages/scaffold.h"

#include <fmt/format.h>

#include <cctype>
#include <fstream>

namespace judge {

namespace fs = std::filesystem;
using sandbox::ErrorKind;
using sandbox::MakeError;

namespace {

// The skeleton is a complete toy problem (sum of a list) so that every piece builds and runs;
// the author replaces the statement, data, generator, validator and solutions.
const char* kProblemToml = R"(# problem.toml: the package descriptor (see the README, "Problem format").
title = "{title}"
difficulty = "easy"           # easy | medium | hard
tags = []
kind = "stdio"

[limits]
time_limit = 1.0              # seconds of CPU per case; judge verify reports how close the
                              # slowest accepted solution comes to it
memory = 256                  # MiB

[checker]
type = "tokens"               # tokens | float | exact | unordered | custom
# For a custom checker (trusted code, built with g++ -O2 and cached):
# type = "custom"
# program = "checker/checker.cpp"
# protocol = "kattis"         # kattis: checker input answer feedback_dir < output, exit 42/43
#                             # testlib: checker input output answer, exit 0/1/2/3/7

[validator]
program = "validator/validate.cpp"   # reads one input on stdin; exit 0 when it is valid

# Big hidden cases: generators/gen.cpp writes the input, the reference solution the answer.
# Uncomment once submissions/accepted/solution.cpp is correct.
# [[generated]]
# name = "big-random"
# generator = "gen"
# args = ["--n", "200000", "--seed", "1"]
#
# [reference]
# solution = "submissions/accepted/solution.cpp"
)";

const char* kStatement = R"(# {title}

Given a list of $n$ integers, print their sum.

## Input

The first line holds $n$ ($1 \le n \le 200\,000$). The second line holds $n$ integers
$a_1, \dots, a_n$ with $|a_i| \le 10^9$, separated by single spaces.

## Output

One line with $a_1 + \dots + a_n$.

## Example

Input:

```
3
1 2 3
```

Output:

```
6
```
)";

const char* kGenerator = R"(// Generator: gen --n N --seed S writes one input (see statement.md) on stdout.
// Deterministic: the same arguments always give the same bytes (std::mt19937_64 is fixed by the
// standard; the mapping to a range is written out here).
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>

int main(int argc, char** argv) {
  long long n = 10;
  unsigned long long seed = 1;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--n")) n = std::atoll(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--seed")) seed = std::strtoull(argv[i + 1], nullptr, 10);
    else { std::fprintf(stderr, "unknown argument %s\n", argv[i]); return 2; }
  }
  std::mt19937_64 rng(seed);
  std::printf("%lld\n", n);
  for (long long i = 0; i < n; ++i) {
    const long long v = static_cast<long long>(rng() % 2000000001ULL) - 1000000000LL;
    std::printf(i + 1 < n ? "%lld " : "%lld\n", v);
  }
}
)";

const char* kValidator = R"(// Input validator: reads one input on stdin, exits 0 when it follows statement.md exactly,
// else prints why on stderr and exits 1. judge verify runs it on every case.
#include <cstdio>
#include <cstdlib>
#include <string>

static int c;
static void Fail(const char* why) { std::fprintf(stderr, "%s\n", why); std::exit(1); }
static long long Int(long long lo, long long hi) {
  std::string s;
  while ((c = std::getchar()) == '-' || (c >= '0' && c <= '9')) s += static_cast<char>(c);
  if (s.empty() || s == "-" || s.size() > 12) Fail("expected an integer");
  const long long v = std::atoll(s.c_str());
  if (v < lo || v > hi) Fail("integer out of range");
  return v;  // c holds the separator after it
}

int main() {
  const long long n = Int(1, 200000);
  if (c != '\n') Fail("expected a newline after n");
  for (long long i = 0; i < n; ++i) {
    Int(-1000000000, 1000000000);
    if (c != (i + 1 < n ? ' ' : '\n')) Fail("expected single spaces between the values and a newline at the end");
  }
  if (std::getchar() != EOF) Fail("extra data after the last line");
  return 0;
}
)";

const char* kPlaceholder = R"(// judge-new placeholder: replace this file with the reference solution (it must get AC).
// judge verify reports "gets WA on sample/1; write the reference solution" until then.
#include <cstdio>

int main() {
  // TODO: read the input (statement.md) and print the answer.
  return 0;
}
)";

const char* kFolderReadme = R"(Solutions here must get the verdict this folder is named after ({verdict});
judge verify checks that each one does. Add at least one plausible mistake.
)";

}  // namespace

bool ValidProblemId(std::string_view id) {
  if (id.empty() || id.size() > 64 || !std::islower(static_cast<unsigned char>(id[0]))) return false;
  for (char c : id)
    if (!(std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) || c == '-'))
      return false;
  return true;
}

sandbox::Result<std::vector<std::string>> ScaffoldProblem(const fs::path& parent, const std::string& id) {
  if (!ValidProblemId(id))
    return MakeError(ErrorKind::kUsage, fmt::format("problem id '{}' must be lowercase letters, digits and '-', "
                                                    "starting with a letter", id));
  const fs::path dir = parent / id;
  std::error_code ec;
  if (fs::exists(dir, ec) || fs::is_symlink(dir, ec))
    return MakeError(ErrorKind::kUsage, fmt::format("{} already exists; not overwriting it", dir.string()));
  fs::create_directories(parent, ec);
  if (!fs::create_directory(dir, ec) || ec)
    return MakeError(ErrorKind::kUsage, fmt::format("cannot create {}: {}", dir.string(), ec ? ec.message() : "exists"));

  std::string title = id;
  for (char& c : title)
    if (c == '-') c = ' ';
  title[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(title[0])));
  auto fill = [&](std::string text) {
    for (size_t at; (at = text.find("{title}")) != std::string::npos;) text.replace(at, 7, title);
    return text;
  };
  const std::vector<std::pair<std::string, std::string>> files = {
      {"problem.toml", fill(kProblemToml)},
      {"statement.md", fill(kStatement)},
      {"data/sample/1.in", "3\n1 2 3\n"},
      {"data/sample/1.ans", "6\n"},
      {"data/secret/1-single.in", "1\n-1000000000\n"},
      {"data/secret/1-single.ans", "-1000000000\n"},
      {"data/secret/2-overflow-int32.in", "3\n1000000000 1000000000 1000000000\n"},
      {"data/secret/2-overflow-int32.ans", "3000000000\n"},
      {"generators/gen.cpp", kGenerator},
      {"validator/validate.cpp", kValidator},
      {"submissions/accepted/solution.cpp", kPlaceholder},
      {"submissions/wrong_answer/README.md", "WA"},
      {"submissions/time_limit_exceeded/README.md", "TLE"},
      {"submissions/run_time_error/README.md", "RE"},
      {"submissions/memory_limit_exceeded/README.md", "MLE"},
  };
  std::vector<std::string> created;
  for (const auto& [rel, text] : files) {
    const fs::path p = dir / rel;
    fs::create_directories(p.parent_path(), ec);
    std::string body = text;
    if (p.filename() == "README.md" && rel.rfind("submissions/", 0) == 0) {
      body = kFolderReadme;
      body.replace(body.find("{verdict}"), 9, text);
    }
    std::ofstream out(p, std::ios::binary);
    out << body;
    if (!out)
      return MakeError(ErrorKind::kInternal, fmt::format("cannot write {}", p.string()));
    created.push_back(rel);
  }
  return created;
}

}  // namespace judge
