// Reserves 2 GiB without touching it; exits 0 if the reservation succeeded.
#include <sys/mman.h>
int main() {
  void* p = mmap(nullptr, 2ull << 30, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  return p == MAP_FAILED ? 1 : 0;
}
