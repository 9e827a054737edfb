// std::vector::reserve of 4 GiB, never written.
#include <cstdio>
#include <vector>
int main() {
  std::vector<char> v;
  v.reserve(4ull << 30);
  std::printf("capacity=%zu\n", v.capacity());
  return 0;
}
