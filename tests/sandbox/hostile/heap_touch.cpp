// Allocates and touches 1 MiB blocks until something stops it.
#include <cstdlib>
#include <cstring>
int main() {
  for (int i = 0; i < 64 * 1024; ++i) {
    char* p = static_cast<char*>(std::malloc(1 << 20));
    if (p == nullptr) return 3;
    std::memset(p, i, 1 << 20);
  }
  return 0;
}
