#include "judge/cli/report.h"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

#include "judge/base/terminal.h"
#include "judge/run/accuracy.h"
#include "judge/run/distributed.h"
#include "judge/run/interactive.h"

namespace judge {

namespace {

const char* ColorOf(Verdict v) {
  switch (v) {
    case Verdict::kAccepted: return "\x1b[32m";
    case Verdict::kWrongAnswer:
    case Verdict::kRuntimeError: return "\x1b[31m";
    case Verdict::kTimeLimit:
    case Verdict::kMemoryLimit:
    case Verdict::kOutputLimit:
    case Verdict::kPartial: return "\x1b[33m";
    case Verdict::kCompileError:
    case Verdict::kJudgeError: return "\x1b[35m";
  }
  return "";
}

std::vector<std::string_view> Lines(std::string_view text) {
  std::vector<std::string_view> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    start = end + 1;
  }
  return lines;
}

std::string Clip(std::string_view s, size_t width) {
  if (s.size() <= width) return std::string(s);
  return std::string(s.substr(0, width - 3)) + "...";
}

std::string Indented(std::string_view text, size_t max_lines) {
  auto lines = Lines(text);
  std::string out;
  for (size_t i = 0; i < lines.size() && i < max_lines; ++i) out += fmt::format("    {}\n", Clip(PrintableLine(lines[i]), 200));
  if (lines.size() > max_lines) out += fmt::format("    ... ({} more lines)\n", lines.size() - max_lines);
  if (lines.empty()) out += "    (empty)\n";
  return out;
}

// The slowest node by CPU time: the case's critical path.
const NodeResult* CriticalNode(const CaseResult& c) {
  const NodeResult* slowest = nullptr;
  for (const auto& n : c.nodes)
    if (slowest == nullptr || n.cpu_ms > slowest->cpu_ms) slowest = &n;
  return slowest;
}

// A distributed case's nodes: one row each, then the critical path and the total traffic.
std::string NodeTable(const CaseResult& c, const Style& style, std::string_view indent) {
  std::string out = style.Dim(fmt::format("{}node  verdict {:>9} {:>9} {:>9}  {:>20}  {:>20}\n", indent, "CPU ms", "wall ms",
                                          "mem MiB", "sent msgs / bytes", "received msgs / bytes"));
  uint64_t messages = 0, bytes = 0;
  for (const auto& n : c.nodes) {
    std::string how;
    if (n.stopped) how = "ended by the judge";
    else if (n.signal) how = *n.signal;
    else if (n.exit_code && *n.exit_code != 0) how = fmt::format("exit code {}", *n.exit_code);
    // A node the judge ended has no verdict of its own: the case was decided elsewhere.
    const std::string verdict = n.stopped ? fmt::format("{:<7}", "-")
                                          : style.Paint(fmt::format("{:<7}", VerdictCode(n.verdict)), n.verdict);
    out += fmt::format("{}{:>4}  {} {:>9.1f} {:>9.1f} {:>9}  {:>20}  {:>20}  {}\n", indent, n.id, verdict, n.cpu_ms, n.wall_ms,
                       FormatMiB(n.memory_kb), fmt::format("{} / {}", n.messages_sent, TrafficSize(n.bytes_sent)),
                       fmt::format("{} / {}", n.messages_received, TrafficSize(n.bytes_received)), how);
    messages += n.messages_sent;
    bytes += n.bytes_sent;
  }
  if (const NodeResult* slowest = CriticalNode(c))
    out += style.Dim(fmt::format("{}critical path: node {} ({:.1f} ms CPU); traffic: {} messages, {}\n", indent,
                                 slowest->id, slowest->cpu_ms, messages, TrafficSize(bytes)));
  return out;
}

// From this much on, what a case wrote to stderr is named: writing it costs CPU and wall time
// (a solution printing debug lines turned 126 ms into a TLE), and the judge keeps only 64 KiB.
constexpr uint64_t kLargeStderrBytes = 1 << 20;

// "wrote 48.0 MiB to stderr" for a large volume, else "".
std::string StderrNote(const CaseResult& c) {
  if (c.stderr_bytes < kLargeStderrBytes) return "";
  return fmt::format("wrote {:.1f} MiB to stderr", static_cast<double>(c.stderr_bytes) / (1 << 20));
}

// Whether two outputs hold the same whitespace-separated tokens.
bool SameTokens(std::string_view a, std::string_view b) {
  auto next = [](std::string_view& s) {
    const size_t begin = s.find_first_not_of(" \t\r\n");
    if (begin == std::string_view::npos) {
      s = {};
      return std::string_view();
    }
    const size_t end = std::min(s.find_first_of(" \t\r\n", begin), s.size());
    const std::string_view token = s.substr(begin, end - begin);
    s.remove_prefix(end);
    return token;
  };
  for (;;) {
    const std::string_view x = next(a), y = next(b);
    if (x != y) return false;
    if (x.empty()) return true;
  }
}

// The message column: the verdict's message, then the stderr note.
std::string CaseMessage(const CaseResult& c) {
  const std::string note = StderrNote(c);
  if (note.empty()) return c.message;
  return c.message.empty() ? note : c.message + "; " + note;
}

}  // namespace

std::string Style::Paint(std::string_view text, Verdict v) const {
  return color ? fmt::format("{}{}\x1b[0m", ColorOf(v), text) : std::string(text);
}
std::string Style::Bold(std::string_view text) const {
  return color ? fmt::format("\x1b[1m{}\x1b[0m", text) : std::string(text);
}
std::string Style::Dim(std::string_view text) const {
  return color ? fmt::format("\x1b[2m{}\x1b[0m", text) : std::string(text);
}

std::string DumpJson(const nlohmann::json& json) {
  return json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string FormatMiB(uint64_t kb) { return fmt::format("{:.1f}", static_cast<double>(kb) / 1024.0); }

// Which form the file was judged in, for a problem that offers a function or class form.
static std::string FormText(const Report& r) {
  if (r.form.empty() || r.forms == "stdio") return "";
  if (r.forms.find('+') == std::string::npos) return fmt::format("form: {}\n", r.form);
  if (r.form == "stdio")
    return fmt::format("form: stdio (your file defines main; this problem offers {})\n", r.forms);
  return fmt::format("form: {} (your file has no main: the package's harness calls your code; this problem offers {})\n",
                     r.form, r.forms);
}

std::string RenderText(const Report& r, const Style& style) {
  std::string out;
  out += fmt::format("{} {}  {}\n", style.Bold(PrintableLine(r.problem)), style.Dim("·"), PrintableLine(r.title));
  out += style.Dim(fmt::format("limits: CPU {} ms, wall {} ms, memory {} MiB per {}\n", r.limits.time_limit.count(),
                               r.limits.wall_time_limit.count(), r.limits.memory_bytes >> 20,
                               r.nodes > 0 ? fmt::format("node per case ({} nodes)", r.nodes) : "case"));
  if (!r.missing_layers.empty()) {
    std::string layers;
    for (const auto& l : r.missing_layers) layers += (layers.empty() ? "" : ", ") + l;
    out += style.Paint(fmt::format("warning: NOT fully sandboxed (missing: {})\n", layers), Verdict::kTimeLimit);
  }
  out += style.Dim(AccuracyText(r.accuracy));
  out += style.Dim(FormText(r));
  if (!r.compile.ok) {
    out += style.Paint("compile error\n", Verdict::kCompileError);
    out += Printable(r.compile.log);
    if (!r.compile.log.empty() && r.compile.log.back() != '\n') out += '\n';
    out += fmt::format("verdict: {}\n", style.Paint("CE (compile error)", Verdict::kCompileError));
    return out;
  }
  if (r.compile.pch_wall_ms > 0)
    out += style.Dim(fmt::format("built the precompiled <bits/stdc++.h> in {:.0f} ms (once per machine)\n",
                                 r.compile.pch_wall_ms));
  out += style.Dim(r.compile.cached ? fmt::format("compiled: cached ({:.0f} ms)\n", r.compile.wall_ms)
                                    : fmt::format("compiled in {:.0f} ms\n", r.compile.wall_ms));
  size_t name_width = 4;
  for (const auto& c : r.cases) name_width = std::max(name_width, PrintableLine(c.name).size());
  name_width = std::min<size_t>(name_width, 40);
  out += style.Bold(fmt::format("  {:>3}  {:<{}}  {:<7} {:>9} {:>9} {:>9}  {}\n", "#", "case", name_width, "verdict",
                                "CPU ms", "wall ms", "mem MiB", "message"));
  for (size_t i = 0; i < r.cases.size(); ++i) {
    const auto& c = r.cases[i];
    out += fmt::format("  {:>3}  {:<{}}  {} {:>9.1f} {:>9.1f} {:>9}  {}\n", i + 1, Clip(PrintableLine(c.name), name_width),
                       name_width, style.Paint(fmt::format("{:<7}", VerdictCode(c.verdict)), c.verdict), c.cpu_ms,
                       c.wall_ms, FormatMiB(c.memory_kb), Clip(PrintableLine(CaseMessage(c)), 120));
    if (!c.nodes.empty()) out += NodeTable(c, style, "       ");
  }
  const Summary& s = r.summary;
  if (std::any_of(r.cases.begin(), r.cases.end(), [](const CaseResult& c) { return !StderrNote(c).empty(); }))
    out += style.Dim("  (writing to stderr costs time as any output does, and counts in the CPU and wall times: "
                     "remove debug output before timing)\n");
  if (!r.skipped.empty()) {
    std::string names;
    for (size_t i = 0; i < r.skipped.size() && i < 4; ++i) names += (i ? ", " : "") + PrintableLine(r.skipped[i]);
    if (r.skipped.size() > 4) names += fmt::format(" and {} more", r.skipped.size() - 4);
    out += style.Dim(fmt::format("  skipped {} case{}: {}\n  ({})\n", r.skipped.size(), r.skipped.size() == 1 ? "" : "s",
                                 names, r.skipped_reason));
  }
  const int not_reached = s.total - static_cast<int>(r.cases.size() + r.skipped.size());
  if (not_reached > 0)
    out += style.Dim(fmt::format("  ({} cases not run: stopped at the first failure)\n", not_reached));
  std::string where;
  if (r.verdict != Verdict::kAccepted)
    for (const auto& c : r.cases)
      if (c.verdict != Verdict::kAccepted) {
        where = fmt::format(" on {}", PrintableLine(c.name));
        break;
      }
  out += fmt::format("verdict: {}{}  {}/{} passed  CPU {:.1f} ms total  slowest {} ({:.1f} ms)  peak memory {} MiB\n",
                     style.Paint(fmt::format("{} ({})", VerdictCode(r.verdict), VerdictName(r.verdict)), r.verdict),
                     where, s.passed, s.total, s.cpu_ms, s.slowest_case.empty() ? "-" : PrintableLine(s.slowest_case),
                     s.slowest_cpu_ms, FormatMiB(s.max_memory_kb));
  if (r.attempt) out += style.Dim(fmt::format("saved as attempt {}\n", *r.attempt));
  if (!r.save_error.empty()) out += fmt::format("warning: attempt not saved: {}\n", r.save_error);
  return out;
}

std::string LineDiff(std::string_view expected, std::string_view actual, const Style& style, size_t max_lines) {
  auto e = Lines(expected), a = Lines(actual);
  const size_t n = std::max(e.size(), a.size());
  size_t width = 8;
  for (size_t i = 0; i < std::min(n, max_lines); ++i)
    width = std::max(width, i < e.size() ? std::min<size_t>(PrintableLine(e[i]).size(), 40) : 0);
  std::string out = fmt::format("    {:>4}  {:<{}}   {}\n", "line", "expected", width, "actual");
  for (size_t i = 0; i < n && i < max_lines; ++i) {
    const std::string el = i < e.size() ? PrintableLine(e[i]) : "";
    const std::string al = i < a.size() ? PrintableLine(a[i]) : "";
    const bool same = i < e.size() && i < a.size() && e[i] == a[i];
    std::string line = fmt::format("  {} {:>4}  {:<{}}   {}\n", same ? ' ' : '!', i + 1, Clip(el, 40), width,
                                   i < a.size() ? Clip(al, 60) : "(missing)");
    out += same ? line : style.Paint(line, Verdict::kWrongAnswer);
  }
  if (n > max_lines) out += fmt::format("    ... ({} more lines)\n", n - max_lines);
  return out;
}

std::string RenderSamples(const Report& r, const Style& style) {
  std::string out;
  out += fmt::format("{} {}  {}\n", style.Bold(PrintableLine(r.problem)), style.Dim("·"), PrintableLine(r.title));
  out += style.Dim(FormText(r));
  if (!r.compile.ok) {
    out += style.Paint("compile error\n", Verdict::kCompileError) + Printable(r.compile.log);
    if (!r.compile.log.empty() && r.compile.log.back() != '\n') out += '\n';
    return out;
  }
  for (const auto& c : r.cases) {
    out += fmt::format("\n{} {}  {:.1f} ms CPU, {} MiB{}\n", style.Bold(PrintableLine(c.name)),
                       style.Paint(VerdictCode(c.verdict), c.verdict), c.cpu_ms, FormatMiB(c.memory_kb),
                       CaseMessage(c).empty() ? "" : "  " + PrintableLine(CaseMessage(c)));
    if (c.conversation) {
      // Interactive: the exchange itself, then the answers against the .ans file when it has any.
      std::string talk;
      for (const auto& line : *c.conversation) talk += line + "\n";
      out += "  conversation (> sent to your program, < what it printed):\n" +
             Indented(talk, Conversation::kHead + Conversation::kTail + 1);
      if (c.verdict == Verdict::kTimeLimit && !c.conversation->empty()) {
        const std::string& last = c.conversation->back();
        if (last.starts_with(">"))
          out += "  the last line went to your program, and no answer came back before the limit\n";
        else if (last.starts_with("<"))
          out += "  the last line was your program's; the interactor then waited for more\n";
      }
      if (c.verdict != Verdict::kAccepted && c.expected.find_first_not_of(" \t\r\n") != std::string::npos)
        out += "  your answers vs the expected ones (the .ans file):\n" + LineDiff(c.expected, c.actual, style);
    } else {
      out += "  input:\n" + Indented(c.input, 20);
      if (c.verdict == Verdict::kAccepted) {
        if (SameTokens(c.expected, c.actual))
          out += "  output (matches):\n" + Indented(c.actual, 20);
        else  // a float tolerance or a custom checker accepted what differs from the .ans file
          out += "  output accepted within tolerance (the checker accepted it; it differs from the expected "
                 "answer):\n" + LineDiff(c.expected, c.actual, style);
      } else {
        out += "  expected vs actual:\n" + LineDiff(c.expected, c.actual, style);
      }
    }
    if (!c.nodes.empty()) {
      out += "  nodes:\n" + NodeTable(c, style, "    ");
      if (!c.node_log.empty()) {
        std::string log;
        for (const auto& line : c.node_log) log += line + "\n";
        out += "  messages:\n" + Indented(log, 60);
      }
      for (const auto& n : c.nodes)
        if (!n.stderr_text.empty()) out += fmt::format("  stderr of node {}:\n", n.id) + Indented(n.stderr_text, 20);
    } else if (!c.stderr_text.empty()) {
      out += "  stderr:\n" + Indented(c.stderr_text, 20);
    }
  }
  out += fmt::format("\nsamples: {}/{} passed\n", r.summary.passed, r.summary.total);
  return out;
}

nlohmann::json RenderJson(const Report& r) {
  nlohmann::json cases = nlohmann::json::array();
  for (const auto& c : r.cases) {
    cases.push_back({{"name", c.name},
                     {"verdict", VerdictCode(c.verdict)},
                     {"cpu_ms", c.cpu_ms},
                     {"wall_ms", c.wall_ms},
                     {"memory_kb", c.memory_kb},
                     {"exit_code", c.exit_code ? nlohmann::json(*c.exit_code) : nlohmann::json(nullptr)},
                     {"signal", c.signal ? nlohmann::json(*c.signal) : nlohmann::json(nullptr)},
                     {"message", c.message},
                     {"stderr_bytes", c.stderr_bytes}});
    if (c.nodes.empty()) continue;
    nlohmann::json nodes = nlohmann::json::array();
    uint64_t messages = 0, bytes = 0;
    for (const auto& n : c.nodes) {
      nodes.push_back({{"id", n.id},
                       {"verdict", VerdictCode(n.verdict)},
                       {"cpu_ms", n.cpu_ms},
                       {"wall_ms", n.wall_ms},
                       {"memory_kb", n.memory_kb},
                       {"exit_code", n.exit_code ? nlohmann::json(*n.exit_code) : nlohmann::json(nullptr)},
                       {"signal", n.signal ? nlohmann::json(*n.signal) : nlohmann::json(nullptr)},
                       {"stopped", n.stopped},
                       {"messages_sent", n.messages_sent},
                       {"bytes_sent", n.bytes_sent},
                       {"messages_received", n.messages_received},
                       {"bytes_received", n.bytes_received}});
      messages += n.messages_sent;
      bytes += n.bytes_sent;
    }
    auto& last = cases.back();
    last["nodes"] = std::move(nodes);
    last["critical_node"] = CriticalNode(c)->id;
    last["traffic"] = {{"messages", messages}, {"bytes", bytes}};
  }
  nlohmann::json j = {
      {"schema", 1},
      {"problem", r.problem},
      {"verdict", VerdictCode(r.verdict)},
      {"attempt", r.attempt ? nlohmann::json(*r.attempt) : nlohmann::json(nullptr)},
      {"compile", {{"ok", r.compile.ok}, {"cached", r.compile.cached}, {"wall_ms", r.compile.wall_ms}, {"log", r.compile.log}}},
      {"cases", cases},
      {"summary",
       {{"passed", r.summary.passed}, {"total", r.summary.total}, {"cpu_ms", r.summary.cpu_ms},
        {"max_memory_kb", r.summary.max_memory_kb}}},
      {"sandboxed", r.missing_layers.empty()},
  };
  if (!r.form.empty()) j["form"] = r.form;  // "stdio", "function" or "class"
  if (!r.missing_layers.empty()) j["missing_layers"] = r.missing_layers;
  AddAccuracyJson(r.accuracy, &j);
  if (!r.save_error.empty()) j["save_error"] = r.save_error;
  j["summary"]["skipped"] = r.skipped.size();
  if (!r.skipped.empty()) {
    j["skipped"] = r.skipped;
    j["skipped_reason"] = r.skipped_reason;
  }
  return j;
}

}  // namespace judge
