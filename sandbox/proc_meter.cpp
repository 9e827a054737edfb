// /proc/<pid>/stat fields: proc(5). utime, stime, cutime and cstime are fields 14-17 in clock
// ticks; rss is field 24 in pages. The command name (field 2) may hold spaces and parentheses,
// so fields are counted from the last ')'.
#include "sandbox/proc_meter.h"

#include <fcntl.h>
#include <unistd.h>

#include <charconv>
#include <cstdio>

namespace sandbox::internal {
namespace {

constexpr int kMaxProcesses = 512;  // the walk stops there: a box has at most a few hundred tasks

// Reads a small /proc file into buf; returns the length (0 when missing or empty).
size_t ReadProc(const char* path, char* buf, size_t size) {
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return 0;
  ssize_t n = read(fd, buf, size - 1);
  close(fd);
  if (n <= 0) return 0;
  buf[n] = '\0';
  return static_cast<size_t>(n);
}

const int64_t kTicksPerSecond = sysconf(_SC_CLK_TCK);
const uint64_t kPageBytes = static_cast<uint64_t>(sysconf(_SC_PAGESIZE));

}  // namespace

bool AddStatLine(std::string_view stat, ProcSample* sample) {
  const size_t paren = stat.rfind(')');
  if (paren == std::string_view::npos) return false;
  uint64_t ticks = 0, rss_pages = 0;
  int found = 0;
  size_t pos = paren + 1;
  for (int field = 3; field <= 24; ++field) {
    pos = stat.find_first_not_of(' ', pos);
    if (pos == std::string_view::npos) return false;
    size_t end = stat.find_first_of(" \n", pos);
    if (end == std::string_view::npos) end = stat.size();
    if ((field >= 14 && field <= 17) || field == 24) {
      uint64_t v = 0;
      auto [ptr, ec] = std::from_chars(stat.data() + pos, stat.data() + end, v);
      if (ec != std::errc() || ptr != stat.data() + end) return false;
      (field == 24 ? rss_pages : ticks) += v;
      ++found;
    }
    pos = end;
  }
  if (found != 5) return false;
  sample->cpu += std::chrono::nanoseconds(static_cast<int64_t>(ticks) * (1000000000 / kTicksPerSecond));
  sample->resident_bytes += rss_pages * kPageBytes;
  ++sample->processes;
  return true;
}

ProcSample ProcMeter::Read() const {
  ProcSample sample;
  pid_t pending[kMaxProcesses];
  int count = 0;
  pending[count++] = init_;
  char path[64];
  char buf[4096];
  bool first = true;
  while (count > 0 && sample.processes < kMaxProcesses) {
    const pid_t pid = pending[--count];
    if (!first) {
      std::snprintf(path, sizeof(path), "/proc/%d/stat", static_cast<int>(pid));
      const size_t n = ReadProc(path, buf, sizeof(buf));
      if (n == 0 || !AddStatLine(std::string_view(buf, n), &sample)) continue;
    }
    first = false;
    std::snprintf(path, sizeof(path), "/proc/%d/task/%d/children", static_cast<int>(pid), static_cast<int>(pid));
    const size_t n = ReadProc(path, buf, sizeof(buf));
    const char* p = buf;
    const char* end = buf + n;
    while (p < end && count < kMaxProcesses) {
      while (p < end && *p == ' ') ++p;
      int child = 0;
      auto [next, ec] = std::from_chars(p, end, child);
      if (ec != std::errc()) break;
      pending[count++] = static_cast<pid_t>(child);
      p = next;
    }
  }
  return sample;
}

}  // namespace sandbox::internal
