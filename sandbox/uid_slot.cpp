#include "sandbox/uid_slot.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>

#include <algorithm>
#include <cerrno>
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include <fmt/format.h>

namespace sandbox::internal {
namespace {

// The directory is ours alone (0700, owned by our uid): nobody else can hold a slot lock to
// starve us. One made by someone else (a planted /tmp/judge-slots-<uid>) is skipped.
std::string SlotDir() {
  std::vector<std::string> candidates;
  if (geteuid() == 0) {
    candidates = {"/run/judge-slots", "/tmp/judge-slots"};
  } else {
    if (const char* runtime = std::getenv("XDG_RUNTIME_DIR"); runtime != nullptr && runtime[0] == '/') {
      candidates.push_back(std::string(runtime) + "/judge-slots");
    }
    candidates.push_back(fmt::format("/tmp/judge-slots-{}", geteuid()));
  }
  for (const std::string& dir : candidates) {
    if (mkdir(dir.c_str(), 0700) == 0 || errno == EEXIST) {
      struct stat st{};
      if (lstat(dir.c_str(), &st) == 0 && S_ISDIR(st.st_mode) && st.st_uid == geteuid() &&
          (st.st_mode & 077) == 0 && access(dir.c_str(), W_OK) == 0) {
        return dir;
      }
    }
  }
  return "";
}

// Binds the abstract socket that claims `uid` for this judge; an invalid fd when another process
// holds the name. Errors other than EADDRINUSE (no Unix sockets at all) claim nothing and let
// the flock alone decide, as before.
UniqueFd ClaimUid(uid_t uid, bool* taken) {
  *taken = false;
  UniqueFd fd(socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0));
  if (!fd) return fd;
  sockaddr_un addr{};
  addr.sun_family = AF_UNIX;
  const std::string name = fmt::format("judge-box-uid-{}", uid);
  std::memcpy(addr.sun_path + 1, name.data(), name.size());  // sun_path[0] == 0: abstract
  const auto len = static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + 1 + name.size());
  if (bind(fd.get(), reinterpret_cast<const sockaddr*>(&addr), len) != 0) {
    *taken = errno == EADDRINUSE;
    fd.Reset();
  }
  return fd;
}

}  // namespace

Result<UidSlot> UidSlot::Acquire(int count, uid_t first_host_uid) {
  static const std::string dir = SlotDir();
  if (dir.empty()) {
    return MakeError(ErrorKind::kInternal,
                     geteuid() == 0 ? "no writable directory for uid slot locks (/run/judge-slots, /tmp/judge-slots)"
                                    : fmt::format("no private directory for uid slot locks ($XDG_RUNTIME_DIR/judge-slots, "
                                                  "/tmp/judge-slots-{}: missing, not ours or not 0700)",
                                                  geteuid()));
  }
  count = std::min(count, kSlotCount);
  for (int slot = 0; slot < count; ++slot) {
    std::string path = fmt::format("{}/{}.lock", dir, slot);
    UniqueFd fd(open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600));
    if (!fd) {
      return MakeError(ErrorKind::kInternal, fmt::format("cannot open {}: {}", path, strerror(errno)));
    }
    if (flock(fd.get(), LOCK_EX | LOCK_NB) == 0) {
      bool taken = false;
      UniqueFd claim = ClaimUid(first_host_uid + static_cast<uid_t>(slot), &taken);
      if (taken) continue;  // another judge, not sharing our folder, runs a box as this uid
      UidSlot s;
      s.lock_ = std::move(fd);
      s.claim_ = std::move(claim);
      s.slot_ = slot;
      return s;
    }
    if (errno != EWOULDBLOCK) {
      return MakeError(ErrorKind::kInternal, fmt::format("cannot lock {}: {}", path, strerror(errno)));
    }
  }
  return MakeError(ErrorKind::kInternal, fmt::format("all {} box uid slots are in use", count));
}

}  // namespace sandbox::internal
