// Report -> text for people, JSON for programs. Renders; decides nothing.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "judge/run/judge.h"

namespace judge {

struct Style {
  bool color = false;
  std::string Paint(std::string_view text, Verdict v) const;
  std::string Bold(std::string_view text) const;
  std::string Dim(std::string_view text) const;
};

// The per-case table and summary of `judge submit`.
std::string RenderText(const Report& report, const Style& style);

// `judge test`: every sample with its input, expected and actual output and a diff.
std::string RenderSamples(const Report& report, const Style& style);

// Schema 1 of CONTRACT.md.
nlohmann::json RenderJson(const Report& report);

// A side-by-side line diff of expected and actual, at most `max_lines` lines shown.
std::string LineDiff(std::string_view expected, std::string_view actual, const Style& style, size_t max_lines = 40);

std::string FormatMiB(uint64_t kb);

// `json` as the one document a --json command prints: indented, and with bytes that are not
// UTF-8 (a compiler log quoting a Latin-1 source, a program's binary output) replaced by U+FFFD
// instead of failing.
std::string DumpJson(const nlohmann::json& json);

}  // namespace judge
