// The main thread exits alone (SYS_exit, not exit_group); a busy thread lives on.
#include <sys/syscall.h>
#include <unistd.h>
#include <thread>
int main() {
  std::thread([] {
    volatile unsigned long x = 0;
    for (;;) x = x + 1;
  }).detach();
  syscall(SYS_exit, 0);
}
