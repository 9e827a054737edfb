// Leaves kernel memory charged to its cgroup, then touches heap: the shapes of the "headroom
// from earlier runs" attack (issue 12). Prints "touched N" at the end.
//   kernel_charge lookups DIR PREFIX N MIB   stat N missing names DIR/PREFIX-<i> (negative dentries)
//   kernel_charge read FILE MIB              read FILE through (page cache)
//   kernel_charge touch MIB
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

int main(int argc, char** argv) {
  if (argc < 3) return 2;
  const std::string mode = argv[1];
  const char* mib = argv[argc - 1];
  if (mode == "lookups" && argc == 6) {
    const long n = std::strtol(argv[4], nullptr, 10);
    char path[512];
    struct stat st;
    for (long i = 0; i < n; ++i) {
      std::snprintf(path, sizeof(path), "%s/%s-%ld-padding-to-a-long-name", argv[2], argv[3], i);
      stat(path, &st);
    }
  } else if (mode == "read" && argc == 4) {
    int fd = open(argv[2], O_RDONLY);
    if (fd < 0) return 3;
    static char buf[1 << 16];
    while (read(fd, buf, sizeof(buf)) > 0) {
    }
    close(fd);
  } else if (mode != "touch" || argc != 3) {
    return 2;
  }
  const size_t bytes = std::strtoull(mib, nullptr, 10) << 20;
  char* p = static_cast<char*>(std::malloc(bytes + 1));
  if (p == nullptr) return 4;
  for (size_t i = 0; i < bytes; i += 4096) p[i] = 1;
  std::printf("touched %zu\n", bytes >> 20);
  return 0;
}
