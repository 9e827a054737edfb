// A per-box slot: uid = gid = 60000 + slot inside the box (identity.h says what that is on the
// host), held by an flock() on <dir>/<slot>.lock. The folder is /run/judge-slots for root (or
// /tmp/judge-slots when /run is not writable) and $XDG_RUNTIME_DIR/judge-slots or
// /tmp/judge-slots-<uid> for anyone else, always 0700 and owned by the judge's uid. The lock
// makes slots distinct across boxes and across judge processes that share the folder, and dies
// with the process. Judges that do not share the folder (one in a chroot or a container beside
// another) also claim the slot's host uid by binding the abstract Unix socket
// "judge-box-uid-<uid>", which every process in the network namespace sees; a slot whose name is
// taken is skipped. (Per-box user namespaces make such a collision harmless anyway, identity.h;
// this covers judges that cannot create one, such as a judge inside a chroot.)
#pragma once

#include <sys/types.h>

#include "sandbox/result.h"
#include "sandbox/unique_fd.h"

namespace sandbox::internal {

inline constexpr uid_t kFirstBoxUid = 60000;
inline constexpr int kSlotCount = 1000;

class UidSlot {
 public:
  // The lowest free slot below `count` (at most kSlotCount) whose host uid, `first_host_uid` +
  // slot, no other judge in this network namespace claims.
  static Result<UidSlot> Acquire(int count = kSlotCount, uid_t first_host_uid = kFirstBoxUid);
  uid_t uid() const { return kFirstBoxUid + static_cast<uid_t>(slot_); }
  int slot() const { return slot_; }

 private:
  UniqueFd lock_;   // closing it releases the slot
  UniqueFd claim_;  // the bound abstract socket, likewise
  int slot_ = -1;
};

}  // namespace sandbox::internal
