// Starts a copy of itself that spins forever (vfork + execve, the way g++ starts its tools),
// then exits at once: the copy outlives its parent.
#include <unistd.h>
#include <cstdio>
#include <cstring>
int main(int argc, char** argv) {
  if (argc > 1 && std::strcmp(argv[1], "spin") == 0) {
    volatile unsigned long x = 0;
    for (;;) x = x + 1;
  }
  pid_t pid = vfork();
  if (pid == 0) {
    char* const args[] = {argv[0], const_cast<char*>("spin"), nullptr};
    execve(argv[0], args, nullptr);
    _exit(127);
  }
  std::printf("spawn=%s\n", pid > 0 ? "ok" : "failed");
  return 0;
}
