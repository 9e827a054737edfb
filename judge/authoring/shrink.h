// Smaller versions of a text input that keep a property: delta debugging over lines, then over
// the tokens of a line (judge stress shrinks a failing input with it). No processes: the
// caller's predicate decides what "keeps the property" means and runs whatever it needs.
//
// Inputs often start with counts ("n, then n lines"), so every deletion below the first line
// is first tried with one count on the first line lowered by what was deleted, one count at a
// time, then as a plain deletion. The final newline (or its absence) of the input is kept.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "judge/packages/problem.h"

namespace judge {

// True when `candidate` keeps the property; the shrinker then continues from it. An error ends
// the shrink and is returned.
using ShrinkPredicate = std::function<Result<bool>(const std::string& candidate)>;
// True when the shrink should stop now (a budget ran out); what was kept so far is returned.
using ShrinkStop = std::function<bool()>;

// For inputs that nothing validates: what a deletion may touch.
struct LineRules {
  bool keep_first_line = false;  // never delete the first line (the header that gives the rest its meaning)
  bool exact_counts = false;     // lower only a count that equals the number of lines after the first
};

// Deletes chunks of lines, from the end, halving the chunk size when none can go, until no
// single line can go.
Result<std::string> DropLines(std::string input, const ShrinkPredicate& keep, const ShrinkStop& stop,
                              LineRules rules = {});

// Deletes single tokens of lines with several (never the first token of the first line), each
// also tried with a count on the first line before it lowered by one. Changed lines are
// rewritten with single spaces between tokens.
Result<std::string> DropTokens(std::string input, const ShrinkPredicate& keep, const ShrinkStop& stop);

// The tokens joined by single spaces ("a b c"); also how stress prints generator arguments.
std::string JoinTokens(const std::vector<std::string>& tokens);

}  // namespace judge
