// ptrace(PTRACE_ATTACH) on pid 1, the box init (root).
#include <sys/ptrace.h>
#include "hostile.h"
int main() {
  Report("ptrace_attach", ptrace(PTRACE_ATTACH, 1, nullptr, nullptr));
  return 0;
}
