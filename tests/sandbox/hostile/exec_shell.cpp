// execve("/bin/sh"): a shell (there is none in the box, and a second exec is refused).
#include <unistd.h>
#include "hostile.h"
const char* const* Argv() {
  static const char* const argv[] = {"sh", "-c", "id", nullptr};
  return argv;
}
int main() {
  Report("exec_shell", execve("/bin/sh", const_cast<char**>(Argv()), nullptr));
  return 0;
}
