// The starter file of `judge start`: what a candidate opens first, the way practice sites give
// a code stub. For a function problem the functions and class members the package's header
// declares, each defined with a placeholder body; for a stdio problem a main() with fast input
// that reads the first line of the input; an interactive or distributed problem gets the
// skeleton of its protocol. Every starter compiles as it is and carries the problem's limits
// and the statement's input and output sections as comments.
#pragma once

#include <string>

#include "judge/packages/problem.h"
#include "sandbox/result.h"

namespace judge {

struct Starter {
  std::string text;
  std::string summary;  // for the command's output: "the function PrecisionRecallAtK to fill in"
};

// `file_name` is the name the starter will have, used in the commands its comment suggests.
// `stdio_form`: the stdio skeleton even when a stdio problem also offers the function or class
// form (whose starter is written otherwise).
sandbox::Result<Starter> MakeStarter(const Problem& problem, const std::string& file_name, bool stdio_form = false);

}  // namespace judge
