// Seccomp allow-lists, built once per judge process with libseccomp and exported as BPF; the
// box child only attaches the finished program (no allocation after fork).
#pragma once

#include <linux/filter.h>

#include <cstdint>
#include <string>
#include <vector>

#include "sandbox/policy.h"
#include "sandbox/result.h"

namespace sandbox::internal {

struct SeccompFilter {
  std::vector<sock_filter> program;
  // True: refused calls stop the caller and are reported to a listener (SECCOMP_RET_USER_NOTIF),
  // which records the call and kills the box. False (kernel without user notification): the
  // filter kills the process outright and the call cannot be named.
  bool notify = false;
};

// The filter for a profile; kNone has none (returns nullptr). The pointer stays valid for the
// life of the process.
Result<const SeccompFilter*> GetSeccompFilter(SeccompProfile profile);

// "ptrace", or "syscall 1234" when libseccomp does not know the number; "non-native ABI" for a
// call made through another architecture's entry point.
std::string SyscallName(int nr, uint32_t arch);

// Whether the kernel accepts seccomp filters at all (probed once).
bool SeccompSupported();

}  // namespace sandbox::internal
