// "plant": symlink() in /tmp (refused by both profiles). "follow <path>": open a link the host
// found in a writable mount; nosymfollow must refuse to follow it.
#include <fcntl.h>
#include <unistd.h>
#include <cstring>
#include "hostile.h"
int main(int argc, char** argv) {
  if (argc > 2 && std::strcmp(argv[1], "follow") == 0) {
    int fd = open(argv[2], O_RDONLY);
    Report("follow", fd);
    return 0;
  }
  Report("symlink_escape", symlink("/box", "/tmp/link"));
  return 0;
}
