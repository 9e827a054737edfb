// A package's example submissions (submissions/<folder>/...) and what each must get: the
// folder's verdict, or the verdicts of an @EXPECTED_RESULTS@ line in its source (DOMjudge and
// Kattis names). Read by judge verify; nothing here runs a program.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "judge/packages/problem.h"
#include "judge/run/compiler.h"
#include "judge/run/verdict.h"

namespace judge {

// What a submission must get. `verdicts` empty with `any_rejection`: any verdict but AC
// (Kattis' "rejected" folder).
struct Expectation {
  std::vector<Verdict> verdicts;
  bool any_rejection = false;
  std::string Text() const;  // "WA", "AC or WA", "not AC"
  bool Allows(Verdict v) const;
};

// The expectation of a submission from its folder name and, when present, an
// "@EXPECTED_RESULTS@: ACCEPTED, WRONG_ANSWER" line in its source (DOMjudge and Kattis names).
// `kattis`: run_time_error also allows MLE (Kattis reports memory exhaustion as RTE).
// nullopt: an unknown folder without an annotation.
std::optional<Expectation> ExpectationOf(const std::string& folder, std::string_view source, bool kattis);

// One submission: a C++ file, or (as in problemtools) a folder whose C++ files are compiled
// together as one program ("submissions/accepted/multi/" or ".../sol.cc/").
struct PackageSubmission {
  std::filesystem::path file;  // the source file, or the submission's folder
  std::string rel;             // relative to the package: "submissions/accepted/sol.cpp"
  std::string folder;          // "accepted"
  Expectation expected;
  bool is_folder = false;
};

struct PackageSubmissions {
  std::vector<PackageSubmission> list;  // accepted first, then the other folders by name
  std::vector<std::string> warnings;    // what was skipped, and why
};

// Every C++ submission of `problem` (nothing when there is no submissions/ folder).
PackageSubmissions FindSubmissions(const Problem& problem);

// What to compile. A folder: its main.* file (else the first source by name) is the solution
// and every other source and header goes with it (CompanionFile), by its path in the folder;
// symbolic links are not followed; at most 64 files of at most 1 MiB each.
Result<SourceFile> ReadSubmission(const PackageSubmission& submission);

}  // namespace judge
