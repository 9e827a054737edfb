// msgget(): a SysV message queue that would outlive the run.
#include <sys/ipc.h>
#include <sys/msg.h>
#include "hostile.h"
int main() {
  Report("sysv_msg", msgget(0x4a554447, IPC_CREAT | 0666));
  return 0;
}
