// getpid() through the i386 entry point (int $0x80): a filter that checks only x86_64 numbers
// would see a different call (DMOJ's x86-on-x64 escape).
#include "hostile.h"
int main() {
  long rc;
  asm volatile("int $0x80" : "=a"(rc) : "a"(20L) : "memory");  // 20 = getpid on i386
  std::printf("i386=%ld\n", rc);
  return 0;
}
