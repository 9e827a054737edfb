// Allocates argv[1] MiB and writes every page, then prints "touched".
#include <cstdio>
#include <cstdlib>
#include <cstring>
int main(int argc, char** argv) {
  size_t bytes = std::strtoull(argv[1], nullptr, 10) << 20;
  char* p = static_cast<char*>(std::malloc(bytes));
  if (p == nullptr) return 3;
  for (size_t i = 0; i < bytes; i += 4096) p[i] = 1;
  std::printf("touched %d\n", p[bytes / 2]);
  return 0;
}
