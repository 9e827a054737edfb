// Unbounded recursion, touching 4 KiB of stack per frame.
#include <cstring>
volatile char sink;
int Deep(int n) {
  char frame[4096];
  std::memset(frame, n, sizeof(frame));
  sink = frame[n % 4096];
  return Deep(n + 1) + frame[(n * 7) % 4096];
}
int main(int argc, char**) { return Deep(argc); }
