// select() with no descriptors and no timeout: blocks until a signal.
#include <sys/select.h>
int main() {
  for (;;) select(0, nullptr, nullptr, nullptr, nullptr);
}
