// Writes to stdout without end.
#include <unistd.h>
int main() {
  static char buf[1 << 16];
  for (auto& c : buf) c = 'y';
  for (;;) {
    if (write(1, buf, sizeof(buf)) < 0) return 3;
  }
}
