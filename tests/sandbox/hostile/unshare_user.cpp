// unshare(CLONE_NEWUSER): become root of a new user namespace (huge kernel surface).
#include <sched.h>
#include "hostile.h"
int main() {
  Report("unshare_user", unshare(CLONE_NEWUSER | CLONE_NEWNS));
  return 0;
}
