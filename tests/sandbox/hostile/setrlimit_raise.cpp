// Raises its own CPU limit (hard and soft to unlimited).
#include <sys/resource.h>
#include "hostile.h"
long Raise() {
  rlimit r{RLIM_INFINITY, RLIM_INFINITY};
  return setrlimit(RLIMIT_CPU, &r);
}
int main() {
  Report("setrlimit_raise", Raise());
  return 0;
}
