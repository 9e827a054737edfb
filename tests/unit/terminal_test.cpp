// terminal.h: untrusted text cannot reach the terminal as a control sequence.
#include "judge/base/terminal.h"

#include <gtest/gtest.h>

namespace judge {
namespace {

TEST(Terminal, ControlSequencesAreSpelledOut) {
  EXPECT_EQ(Printable("\x1b[2J\x1b[31mred"), "\\x1b[2J\\x1b[31mred");        // clear screen, colour
  EXPECT_EQ(Printable("\x1b]0;title\x07"), "\\x1b]0;title\\x07");            // OSC: window title, BEL
  EXPECT_EQ(Printable("ok\rEVIL"), "ok\\rEVIL");                             // overwrite the line
  EXPECT_EQ(Printable(std::string("a\0b", 3)), "a\\x00b");
  EXPECT_EQ(Printable("\x7f"), "\\x7f");
  EXPECT_EQ(Printable("\xc2\x9b" "31m"), "\\u009b31m");                       // C1 CSI in UTF-8
  EXPECT_EQ(Printable("\x9b" "31m"), "\\x9b31m");                             // a bare 8-bit CSI
}

TEST(Terminal, TextNewlinesTabsAndUtf8Stay) {
  EXPECT_EQ(Printable("line 1\n\tline 2\n"), "line 1\n\tline 2\n");
  EXPECT_EQ(Printable("caf\xc3\xa9 \xc2\xb7 \xe2\x89\xa4 \xe4\xb8\xad \xf0\x9f\x99\x82"),
            "caf\xc3\xa9 \xc2\xb7 \xe2\x89\xa4 \xe4\xb8\xad \xf0\x9f\x99\x82");
  EXPECT_EQ(Printable(Printable("\x1b[1m")), Printable("\x1b[1m"));  // idempotent
}

TEST(Terminal, InvalidUtf8IsSpelledOut) {
  EXPECT_EQ(Printable("\xc3"), "\\xc3");                  // cut short
  EXPECT_EQ(Printable("\xc0\xaf"), "\\xc0\\xaf");         // overlong '/'
  EXPECT_EQ(Printable("\xed\xa0\x80"), "\\xed\\xa0\\x80");  // a surrogate
  EXPECT_EQ(Printable("\xf5\x80\x80\x80"), "\\xf5\\x80\\x80\\x80");
}

TEST(Terminal, OneLineSpellsOutNewlinesAndTabs) {
  EXPECT_EQ(PrintableLine("a\nb\tc\x1b"), "a\\nb\\tc\\x1b");
}

}  // namespace
}  // namespace judge
