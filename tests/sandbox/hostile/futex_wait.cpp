// Waits on a futex nobody will wake.
#include <linux/futex.h>
#include <sys/syscall.h>
#include <unistd.h>
int main() {
  static int word = 0;
  for (;;) syscall(SYS_futex, &word, FUTEX_WAIT_PRIVATE, 0, nullptr, nullptr, 0);
}
