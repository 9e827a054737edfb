// The only catch-all: nobody ever sees a stack trace.
#include <cstdio>
#include <exception>

#include "judge/base/terminal.h"
#include "judge/cli/cli.h"

int main(int argc, char** argv) {
  try {
    return judge::RunCli(argc, argv);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "judge: internal error: %s\n", judge::PrintableLine(e.what()).c_str());
  } catch (...) {
    std::fprintf(stderr, "judge: internal error\n");
  }
  return 3;
}
