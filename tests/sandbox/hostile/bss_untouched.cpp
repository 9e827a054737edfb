// A 1.5 GiB .bss array that is never written.
#include <cstdio>
char big[1536u << 20];
int main(int argc, char**) {
  std::printf("byte=%d\n", big[argc * 1000003]);
  return 0;
}
