// Opens each device of the box for writing and writes a byte: writes to /dev/urandom would mix
// into the host kernel's entropy pool; /dev/null must stay a place to throw output away.
#include <fcntl.h>
#include <unistd.h>
#include "hostile.h"
long WriteTo(const char* path) {
  int fd = open(path, O_WRONLY);
  if (fd < 0) return -1;
  long rc = write(fd, "x", 1) == 1 ? 0 : -1;
  close(fd);
  return rc;
}
int main() {
  Report("urandom", WriteTo("/dev/urandom"));
  Report("zero", WriteTo("/dev/zero"));
  Report("null", WriteTo("/dev/null"));
  return 0;
}
