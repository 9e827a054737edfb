// Writes 16 MiB to stderr, then "done" to stdout and exits normally.
#include <cstdio>
#include <unistd.h>
int main() {
  static char buf[1 << 16];
  for (auto& c : buf) c = 'e';
  for (int i = 0; i < 256; ++i) {
    if (write(2, buf, sizeof(buf)) < 0) return 3;
  }
  std::printf("done\n");
  return 0;
}
