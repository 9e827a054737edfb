// Who a box runs as, and the user namespace that says so. Every box gets a user namespace of its
// own: the kernel counts its per-user limits (RLIMIT_NPROC above all, also pending signals and
// inotify or epoll objects) per user namespace, so a box's limits count the box's processes only,
// whichever judge created the box. Two judges that do not share /run (a chroot, a container)
// may pick the same slot and so the same host uid, and still cannot starve each other.
//
// Three kinds, probed once per process (ProbeIdentity):
//   root         the judge is root with the box uids mapped. The init's map is the identity
//                (0-4294967294), so the init is host root as it would be without a namespace,
//                and the program runs as 60000+slot, the slot locked in /run/judge-slots.
//   subordinate  rootless, with an /etc/subuid and /etc/subgid range and newuidmap/newgidmap:
//                the init is the user (uid 0 inside), the program runs as 60000+slot inside,
//                which is the range's first id + slot on the host, so concurrent boxes of one
//                user have distinct host ids too. The slot lock is in the user's own folder.
//   single       rootless without a range: only the user's own uid and gid can be mapped
//                (60000 inside). The init and the program share it, so the program gets a
//                nested user namespace of its own at every launch (its RLIMIT_NPROC then counts
//                its own tasks only, and it holds no capability over the box's mounts).
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "sandbox/result.h"
#include "sandbox/uid_slot.h"

namespace sandbox::internal {

enum class IdentityKind { kRoot, kSubordinate, kSingle };

struct IdRange {
  uint32_t first = 0;
  uint32_t count = 0;
};

struct IdentityHost {
  IdentityKind kind = IdentityKind::kRoot;
  std::string reason;     // why this mode applies ("running as root", "running as uid 1000 ...")
  std::string detail;     // how boxes get their identity here, for judge doctor
  bool userns = true;     // root only: false when the kernel refuses user namespaces (in a
                          // chroot, for one): boxes then run without one, as before the user
                          // namespaces came, and uid claims (uid_slot.h) keep judges apart
  uid_t user_uid = 0;     // the judge's effective ids
  gid_t user_gid = 0;
  IdRange subuid, subgid;             // kSubordinate
  std::string newuidmap, newgidmap;   // kSubordinate: absolute paths of the setuid helpers
};

const IdentityHost& ProbeIdentity();

// Pure helpers, unit-tested.
// The first range of `user` (by name or by numeric id) in /etc/subuid or /etc/subgid text.
std::optional<IdRange> FindSubordinateRange(std::string_view file_text, std::string_view user_name, uint32_t id);
// Whether every id in [first, first+count) appears in a /proc/<pid>/uid_map or gid_map text.
bool RangeMapped(std::string_view map_text, uint32_t first, uint32_t count);

// User namespaces for boxes on this host: empty when a probe child could create one with mount,
// pid, network, ipc and uts namespaces, be mapped as a box is and mount a tmpfs; else what failed
// and how to fix it (sysctls, AppArmor, a chroot). Probed once per process.
const std::string& UsernsProblem();

// One box's identity: its slot (root, subordinate) and how to map the init's user namespace.
class BoxIdentity {
 public:
  static Result<BoxIdentity> Acquire();

  bool userns() const { return host_->kind != IdentityKind::kRoot || (host_->userns && !without_userns_); }
  // Root mode only: the kernel refused the box's user namespace after all (the judge moved into
  // a chroot after the probe); the box runs in the host's, as identity.h describes.
  bool FallBackToHostUserns() {
    if (host_->kind != IdentityKind::kRoot) return false;
    without_userns_ = true;
    return true;
  }
  // The program's uid and gid inside the box.
  uid_t box_uid() const;
  gid_t box_gid() const { return static_cast<gid_t>(box_uid()); }
  // The program's uid on the host (what /proc/<pid>/status shows outside the box).
  uid_t host_uid() const;
  // The init's uid inside the box: the mount options of its tmpfs mounts name box_uid().
  bool init_is_box_uid() const { return host_->kind == IdentityKind::kSingle; }
  bool nested_userns() const { return host_->kind == IdentityKind::kSingle; }
  bool may_setgroups() const { return host_->kind != IdentityKind::kSingle; }
  // Writes the uid and gid maps of the freshly cloned init, before it is told to go.
  Result<void> MapInit(pid_t init) const;

 private:
  const IdentityHost* host_ = nullptr;
  UidSlot slot_;
  bool without_userns_ = false;
};

}  // namespace sandbox::internal
