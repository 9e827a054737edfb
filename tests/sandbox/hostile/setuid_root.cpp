// setuid(0): become root.
#include <unistd.h>
#include "hostile.h"
int main() {
  Report("setuid_root", setuid(0));
  return 0;
}
