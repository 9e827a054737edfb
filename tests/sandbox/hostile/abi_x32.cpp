// getpid() with the x32 bit set in the number (0x40000000 | 39).
#include "hostile.h"
int main() {
  long rc;
  asm volatile("syscall" : "=a"(rc) : "a"(0x40000000L | 39L) : "rcx", "r11", "memory");
  std::printf("x32=%ld\n", rc);
  return 0;
}
