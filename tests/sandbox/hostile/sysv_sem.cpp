// semget(): a SysV semaphore set that would outlive the run.
#include <sys/ipc.h>
#include <sys/sem.h>
#include "hostile.h"
int main() {
  Report("sysv_sem", semget(0x4a554447, 1, IPC_CREAT | 0666));
  return 0;
}
