// A 1 GiB .bss array, every page written.
#include <cstddef>
char big[1u << 30];
int main() {
  for (size_t i = 0; i < sizeof(big); i += 4096) big[i] = 1;
  return big[12345];
}
