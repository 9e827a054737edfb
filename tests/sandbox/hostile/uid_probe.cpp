// Prints the box uid, so the test can look for leftover processes of exactly that uid.
#include <unistd.h>
#include <cstdio>
int main() {
  std::printf("uid=%d\n", getuid());
  return 0;
}
