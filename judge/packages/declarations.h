// The declarations of a function problem's header, read the way a person skims it: free
// functions and class members that the candidate must define. Used to write a starter file
// (`judge start`) and to explain a link error when the candidate's definition does not match.
// A reader for headers in the style of problems/*/harness/solution.h, not a C++ parser:
// templates, macros and declarations it cannot read are left out, never guessed.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace judge {

struct Declaration {
  std::string text;         // as declared, whitespace collapsed, without the ';'
  std::string scope;        // "ns::Median" for a member of class Median in namespace ns; "" at file scope
  std::string name;         // unqualified: "PrecisionRecallAtK", "add", "Median" (constructor), "~Median"
  std::string return_type;  // without virtual/static/inline...; "" for constructors and destructors
  std::string parameters;   // "(const std::vector<int>& ranked, int k)", default arguments removed
  std::string qualifiers;   // after the parameters, for an out-of-line definition: "const", "noexcept"
  bool member = false;      // declared inside a class or struct
  bool defined = false;     // a definition (with a body), only with ParseDeclarations(..., true)
  int line = 0;             // 1-based line of the declaration's first token
};

// Every function the header declares without defining it, in order. Inline definitions,
// `= default`, `= delete`, pure virtual functions, templates, friends and typedefs are skipped.
// With `with_definitions`, function definitions are listed too (defined = true), including
// out-of-class ones such as `double Median::get() const { ... }` (scope "Median").
std::vector<Declaration> ParseDeclarations(std::string_view header, bool with_definitions = false);

// An out-of-line definition that compiles and returns a placeholder:
//   std::pair<double, double> PrecisionRecallAtK(const std::vector<int>& ranked, int k) {
//     // TODO
//     return {};
//   }
std::string StubDefinition(const Declaration& d);

}  // namespace judge
