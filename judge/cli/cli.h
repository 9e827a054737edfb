// argv -> command -> exit code (CONTRACT.md: 0 ok/accepted, 1 not accepted, 2 usage or bad
// input, 3 judge error, 130 interrupted).
#pragma once

namespace judge {

int RunCli(int argc, char** argv);

}  // namespace judge
