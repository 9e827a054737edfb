// A fork bomb made of vfork + execve of itself (what the compile profile must allow for g++).
#include <unistd.h>
int main(int, char** argv) {
  char* const args[] = {argv[0], nullptr};
  for (;;) {
    if (vfork() == 0) {
      execve(argv[0], args, nullptr);
      _exit(127);
    }
  }
}
