// Fills /tmp: "bytes" writes one file until the tmpfs is full, "inodes" creates empty files
// until it runs out of inodes. Each run gets a fresh /tmp, so the two are separate runs.
#include <fcntl.h>
#include <unistd.h>
#include <string>
#include "hostile.h"
int main(int argc, char** argv) {
  if (argc > 1 && std::string(argv[1]) == "bytes") {
    static char buf[1 << 16];
    int fd = open("/tmp/big", O_WRONLY | O_CREAT | O_TRUNC, 0644);
    long rc = fd;
    long total = 0;
    while (rc >= 0 && total <= (1l << 30)) {
      rc = write(fd, buf, sizeof(buf));
      if (rc > 0) total += rc;
    }
    Report("bytes", rc);
    std::printf("total=%ld\n", total);
    return 0;
  }
  int files = 0;
  long rc = 0;
  for (; files < 100000; ++files) {
    rc = open(("/tmp/f" + std::to_string(files)).c_str(), O_WRONLY | O_CREAT, 0644);
    if (rc < 0) break;
    close(static_cast<int>(rc));
  }
  Report("inodes", rc);
  std::printf("files=%d\n", files);
  return 0;
}
