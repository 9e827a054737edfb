// Starts threads (each waits forever) until creation fails; prints how many were started.
#include <pthread.h>
#include <unistd.h>
#include <cstdio>
void* Wait(void*) { for (;;) pause(); }
int main() {
  int started = 0;
  for (; started < 100; ++started) {
    pthread_t t;
    if (pthread_create(&t, nullptr, Wait, nullptr) != 0) break;
  }
  std::printf("%d\n", started);
  std::fflush(stdout);
  return 0;
}
