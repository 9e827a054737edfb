// What may reach a terminal. Text from outside the judge (a program's output or stderr, a
// compiler log, a checker's or interactor's message, a package's title, statement, file names)
// can hold control sequences: ESC [ ... to recolour, move the cursor or clear the screen, OSC
// ESC ] ... to set the window title or a hyperlink, a bare CR to overwrite what was printed.
// Every renderer passes such text through Printable() before it adds the judge's own colours.
#pragma once

#include <string>
#include <string_view>

namespace judge {

// `text` with every byte that is not printable text spelled out: the C0 controls (except
// newline and tab, kept as they are), DEL and bytes that are not valid UTF-8 as "\xNN" ("\r"
// as "\r"), and the C1 controls U+0080..U+009F as "\u0085". Valid UTF-8 text (accents,
// symbols, CJK) is kept. Escaping is not reversible: it is for people to read.
std::string Printable(std::string_view text);

// The same for text that must stay on one line (a table cell, a progress line): newline and
// tab are spelled "\n" and "\t" too.
std::string PrintableLine(std::string_view text);

}  // namespace judge
