// shmget(): SysV shared memory that would outlive the run in the box's IPC namespace.
#include <sys/ipc.h>
#include <sys/shm.h>
#include "hostile.h"
int main() {
  Report("sysv_shm", shmget(0x4a554447, 4096, IPC_CREAT | 0666));
  return 0;
}
