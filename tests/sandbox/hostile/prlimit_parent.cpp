// prlimit() on its parent (the box init): lift the parent's limits (and so the next run's).
#include <sys/resource.h>
#include <unistd.h>
#include "hostile.h"
long Loosen() {
  rlimit r{RLIM_INFINITY, RLIM_INFINITY};
  return prlimit(getppid(), RLIMIT_NPROC, &r, nullptr);
}
int main() {
  Report("prlimit_parent", Loosen());
  return 0;
}
