// One 4 GiB anonymous mapping, touched page by page.
#include <sys/mman.h>
#include <cstddef>
int main() {
  const size_t size = 4ull << 30;
  char* p = static_cast<char*>(mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
  if (p == MAP_FAILED) return 3;
  for (size_t i = 0; i < size; i += 4096) p[i] = 1;
  return 0;
}
