// ptrace(PTRACE_TRACEME): ask to be traced by the parent (the box init).
#include <sys/ptrace.h>
#include "hostile.h"
int main() {
  Report("ptrace_traceme", ptrace(PTRACE_TRACEME, 0, nullptr, nullptr));
  return 0;
}
