// add_key() to the user keyring: keyrings are per uid, not per namespace, so the key would outlive the run.
#include <linux/keyctl.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "hostile.h"
int main() {
  Report("keyring_add", syscall(SYS_add_key, "user", "judge-hostile", "secret", 6, KEY_SPEC_USER_KEYRING));
  return 0;
}
