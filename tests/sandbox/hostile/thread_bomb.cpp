// Starts threads until the kernel refuses, then reports how many it got.
#include <pthread.h>
#include <unistd.h>
#include <cstdio>
void* Park(void*) {
  for (;;) pause();
}
int main() {
  int n = 0;
  for (; n < 100000; ++n) {
    pthread_t t;
    if (pthread_create(&t, nullptr, Park, nullptr) != 0) break;
  }
  std::printf("threads=%d\n", n);
  return 0;
}
