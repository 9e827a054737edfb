// bpf(BPF_MAP_CREATE).
#include <linux/bpf.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "hostile.h"
long Map() {
  bpf_attr attr{};
  attr.map_type = BPF_MAP_TYPE_ARRAY;
  attr.key_size = 4;
  attr.value_size = 4;
  attr.max_entries = 1;
  return syscall(SYS_bpf, BPF_MAP_CREATE, &attr, sizeof(attr));
}
int main() {
  Report("bpf_load", Map());
  return 0;
}
