// execve() of its own binary: the run profile allows exactly one exec, the box's own.
#include <unistd.h>
#include "hostile.h"
int main(int argc, char** argv) {
  if (argc > 1) {
    std::printf("second_exec=ok\n");
    return 0;
  }
  char* const args[] = {argv[0], const_cast<char*>("again"), nullptr};
  Report("exec_self", execve(argv[0], args, nullptr));
  return 0;
}
