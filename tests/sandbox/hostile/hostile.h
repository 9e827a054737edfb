// Shared by the hostile programs: print one "key=value" line per attempt so the test can
// assert what the kernel answered (an errno name, or "ok" when the attack worked).
#pragma once
#include <errno.h>
#include <cstdio>
#include <cstring>

inline const char* Outcome(long rc) { return rc < 0 ? strerrorname_np(errno) : "ok"; }
inline void Report(const char* key, long rc) {
  std::printf("%s=%s\n", key, Outcome(rc));
  std::fflush(stdout);
}
