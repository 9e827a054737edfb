#include "sandbox/uid_slot.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <string>

#include <fmt/format.h>

namespace sandbox::internal {
namespace {

// The directory is root-only (0700): nobody else can hold a slot lock to starve us.
std::string SlotDir() {
  for (const char* dir : {"/run/judge-slots", "/tmp/judge-slots"}) {
    if (mkdir(dir, 0700) == 0 || errno == EEXIST) {
      struct stat st{};
      if (lstat(dir, &st) == 0 && S_ISDIR(st.st_mode) && st.st_uid == geteuid() &&
          access(dir, W_OK) == 0) {
        return dir;
      }
    }
  }
  return "";
}

}  // namespace

Result<UidSlot> UidSlot::Acquire() {
  static const std::string dir = SlotDir();
  if (dir.empty()) {
    return MakeError(ErrorKind::kInternal, "no writable directory for uid slot locks (/run/judge-slots, /tmp/judge-slots)");
  }
  for (int slot = 0; slot < kSlotCount; ++slot) {
    std::string path = fmt::format("{}/{}.lock", dir, slot);
    UniqueFd fd(open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600));
    if (!fd) {
      return MakeError(ErrorKind::kInternal, fmt::format("cannot open {}: {}", path, strerror(errno)));
    }
    if (flock(fd.get(), LOCK_EX | LOCK_NB) == 0) {
      UidSlot s;
      s.lock_ = std::move(fd);
      s.slot_ = slot;
      return s;
    }
    if (errno != EWOULDBLOCK) {
      return MakeError(ErrorKind::kInternal, fmt::format("cannot lock {}: {}", path, strerror(errno)));
    }
  }
  return MakeError(ErrorKind::kInternal, fmt::format("all {} box uid slots are in use", kSlotCount));
}

}  // namespace sandbox::internal
