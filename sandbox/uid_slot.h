// A per-box identity: uid = gid = 60000 + slot, held by an flock() on
// /run/judge-slots/<slot>.lock (or /tmp/judge-slots when /run is not writable). The lock makes
// slots distinct across boxes and across judge processes, and dies with the process.
#pragma once

#include <sys/types.h>

#include "sandbox/result.h"
#include "sandbox/unique_fd.h"

namespace sandbox::internal {

inline constexpr uid_t kFirstBoxUid = 60000;
inline constexpr int kSlotCount = 1000;

class UidSlot {
 public:
  static Result<UidSlot> Acquire();
  uid_t uid() const { return kFirstBoxUid + static_cast<uid_t>(slot_); }
  int slot() const { return slot_; }

 private:
  UniqueFd lock_;  // closing it releases the slot
  int slot_ = -1;
};

}  // namespace sandbox::internal
