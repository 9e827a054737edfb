// personality(ADDR_NO_RANDOMIZE): turn off ASLR (for the next exec).
#include <sys/personality.h>
#include "hostile.h"
int main() {
  Report("personality_change", personality(ADDR_NO_RANDOMIZE));
  return 0;
}
