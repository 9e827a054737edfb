// Reserves 8 GiB of address space (PROT_NONE) and never touches it.
#include <sys/mman.h>
#include <cstdio>
int main() {
  void* p = mmap(nullptr, 8ull << 30, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  std::printf("reserve=%s\n", p == MAP_FAILED ? "failed" : "ok");
  return p == MAP_FAILED ? 3 : 0;
}
