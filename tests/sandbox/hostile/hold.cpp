// Says "held" on stdout, then holds its process until stdin closes: a program that is surely
// alive while the test starts another box.
#include <unistd.h>
#include <cstdio>
int main() {
  std::printf("held\n");
  std::fflush(stdout);
  char buf[64];
  while (read(0, buf, sizeof(buf)) > 0) {
  }
  return 0;
}
