// Burns CPU forever on argv[1] threads (default 1).
#include <cstdlib>
#include <thread>
#include <vector>
volatile unsigned long sink;
void Spin() { for (unsigned long i = 0;; ++i) sink = i; }
int main(int argc, char** argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 1;
  std::vector<std::thread> threads;
  for (int i = 1; i < n; ++i) threads.emplace_back(Spin);
  Spin();
}
