#include "judge/cli/html.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace judge {

namespace {

const char* VerdictColour(std::string_view verdict) {
  if (verdict == "AC") return "#2e7d32";
  if (verdict == "TLE") return "#ef6c00";
  if (verdict == "WA") return "#c62828";
  return "#6a1b9a";
}

std::string Page(std::string_view title, const std::string& body) {
  return fmt::format(
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{0}</title>\n<style>\n"
      "body{{font-family:system-ui,sans-serif;margin:2em;color:#222}} h1{{font-size:1.3em}}\n"
      "svg text{{font-size:11px;fill:#333}} .axis{{stroke:#999}} .one{{stroke:#444;stroke-dasharray:4 3}}\n"
      ".ci{{stroke:#1565c0;stroke-width:2}} .est{{fill:#1565c0}} .ratio{{fill:#1565c0}}\n"
      "table{{border-collapse:collapse}} td,th{{padding:2px 8px;text-align:right}}\n"
      "</style>\n</head>\n<body>\n<h1>{0}</h1>\n{1}</body>\n</html>\n",
      HtmlEscape(title), body);
}

std::string Num(double x, const char* format = "{:.2f}") {
  return std::isfinite(x) ? fmt::format(fmt::runtime(format), x) : std::string("-");
}

}  // namespace

std::string HtmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char ch : text) {
    switch (ch) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += ch;
    }
  }
  return out;
}

std::string RenderHistoryHtml(std::string_view problem, const std::vector<Attempt>& attempts) {
  std::string body;
  if (attempts.empty()) return Page(fmt::format("History of {}", problem), "<p>No attempts yet.</p>\n");
  const TrendScale scale = ScaleOfTrend(attempts);
  const double max_ms = std::max(1e-9, scale.max_ms);
  const int bar = 28, gap = 8, left = 60, top = 20, height = 220;
  const int width = left + static_cast<int>(attempts.size()) * (bar + gap) + 20;
  body += "<h2>CPU time per attempt (sum over cases)</h2>\n";
  if (scale.clipped)
    body += fmt::format("<p>The axis ends at {:.1f} ms so that one slow attempt does not flatten the others; a bar "
                        "drawn with a jagged top is longer.</p>\n",
                        scale.max_ms);
  body += fmt::format("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{}\" height=\"{}\" role=\"img\">\n", width,
                      height + top + 40);
  body += fmt::format("<line class=\"axis\" x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\"/>\n", left - 4, top, top + height);
  body += fmt::format("<text x=\"4\" y=\"{}\">{:.0f} ms</text>\n<text x=\"4\" y=\"{}\">0</text>\n", top + 10, max_ms,
                      top + height);
  for (size_t i = 0; i < attempts.size(); ++i) {
    const Attempt& a = attempts[i];
    const int x = left + static_cast<int>(i) * (bar + gap);
    body += fmt::format("<text x=\"{}\" y=\"{}\">#{}</text>\n", x + 2, top + height + 14, a.id);
    if (!std::isfinite(a.cpu_ms)) {  // a CE never ran: a label, no bar
      body += fmt::format("<text x=\"{}\" y=\"{}\">{}</text>\n", x + 2, top + height - 4, HtmlEscape(a.verdict));
      continue;
    }
    const bool clipped = a.cpu_ms > max_ms;
    const double h = std::max(1.0, std::min(a.cpu_ms, max_ms) / max_ms * height);
    body += fmt::format(
        "<rect class=\"bar\" x=\"{}\" y=\"{:.1f}\" width=\"{}\" height=\"{:.1f}\" fill=\"{}\"><title>#{} {} {} "
        "{:.1f} ms{}</title></rect>\n",
        x, top + height - h, bar, h, VerdictColour(a.verdict), a.id, HtmlEscape(a.created), HtmlEscape(a.verdict),
        a.cpu_ms, a.ratio_to_ref ? fmt::format(", {:.2f}x ref", *a.ratio_to_ref) : "");
    if (clipped)  // a zigzag across the top: the bar goes on
      body += fmt::format("<polyline class=\"clip\" points=\"{0},{1} {2},{3} {4},{1} {5},{3} {6},{1}\" "
                          "fill=\"none\" stroke=\"#fff\" stroke-width=\"2\"/>\n",
                          x, top + 6, x + bar / 4, top + 2, x + bar / 2, x + 3 * bar / 4, x + bar);
  }
  body += "</svg>\n";

  std::vector<const Attempt*> rated;
  for (const auto& a : attempts)
    if (a.ratio_to_ref && std::isfinite(*a.ratio_to_ref) && *a.ratio_to_ref > 0) rated.push_back(&a);
  if (!rated.empty()) {
    double hi = 1;
    for (const auto* a : rated) hi = std::max(hi, *a->ratio_to_ref);
    hi *= 1.1;
    const int w = left + static_cast<int>(rated.size()) * (bar + gap) + 20;
    body += "<h2>Time relative to the fastest reference (same session; machine-independent)</h2>\n";
    body += fmt::format("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{}\" height=\"{}\" role=\"img\">\n", w,
                        height + top + 40);
    const double y1 = top + height - 1.0 / hi * height;
    body += fmt::format("<line class=\"one\" x1=\"{}\" y1=\"{:.1f}\" x2=\"{}\" y2=\"{:.1f}\"/>\n", left - 4, y1, w, y1);
    body += fmt::format("<text x=\"4\" y=\"{:.1f}\">1.0x</text>\n<text x=\"4\" y=\"{}\">{:.1f}x</text>\n", y1 + 4,
                        top + 10, hi);
    for (size_t i = 0; i < rated.size(); ++i) {
      const int x = left + static_cast<int>(i) * (bar + gap) + bar / 2;
      const double y = top + height - *rated[i]->ratio_to_ref / hi * height;
      body += fmt::format("<circle class=\"ratio\" cx=\"{}\" cy=\"{:.1f}\" r=\"5\"><title>#{}: {:.2f}x</title></circle>\n",
                          x, y, rated[i]->id, *rated[i]->ratio_to_ref);
      body += fmt::format("<text x=\"{}\" y=\"{}\">#{}</text>\n", x - 8, top + height + 14, rated[i]->id);
    }
    body += "</svg>\n";
  }

  body += "<table>\n<tr><th>id</th><th>when (UTC)</th><th>verdict</th><th>CPU ms</th><th>vs ref</th><th>file</th>"
          "<th>label</th><th>source</th></tr>\n";
  for (const auto& a : attempts)
    body += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                        a.id, HtmlEscape(a.created), HtmlEscape(a.verdict), Num(a.cpu_ms, "{:.1f}"),
                        a.ratio_to_ref ? fmt::format("{:.2f}x", *a.ratio_to_ref) : "-", HtmlEscape(a.file),
                        HtmlEscape(a.label.value_or("")), HtmlEscape(a.source_sha256.substr(0, 12)));
  body += "</table>\n";
  return Page(fmt::format("History of {}", problem), body);
}

std::string RenderCompareHtml(const Comparison& c) {
  std::string body = fmt::format("<p>A = {}<br>B = {}</p>\n", HtmlEscape(c.a.label), HtmlEscape(c.b.label));
  if (!c.compiled || c.failure || c.cases.empty())
    return Page(fmt::format("Compare on {}", c.problem), body + "<p>No timing: a side did not compile or pass.</p>\n");
  struct Row {
    std::string label;
    RatioEstimate r;
  };
  std::vector<Row> rows;
  for (const auto& k : c.cases) rows.push_back({k.name, k.ratio});
  rows.push_back({"total", c.ratio});
  // Log axis spanning every finite interval and 1, padded.
  double lo = 1, hi = 1;
  for (const auto& row : rows)
    for (double v : {row.r.estimate, row.r.low, row.r.high})
      if (std::isfinite(v) && v > 0) lo = std::min(lo, v), hi = std::max(hi, v);
  lo /= 1.05, hi *= 1.05;
  const int label_w = 220, plot_w = 480, row_h = 24, top = 30;
  const int height = top + static_cast<int>(rows.size()) * row_h + 20;
  auto x_of = [&](double v) {
    v = std::clamp(v, lo, hi);
    return label_w + (std::log(v) - std::log(lo)) / (std::log(hi) - std::log(lo)) * plot_w;
  };
  body += "<h2>Time ratio B/A per case, with 95% intervals (log scale)</h2>\n";
  body += fmt::format("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{}\" height=\"{}\" role=\"img\">\n",
                      label_w + plot_w + 80, height);
  body += fmt::format("<line class=\"one\" x1=\"{0:.1f}\" y1=\"{1}\" x2=\"{0:.1f}\" y2=\"{2}\"/>\n", x_of(1), top - 10,
                      height - 10);
  body += fmt::format("<text x=\"{:.1f}\" y=\"{}\">1.0</text>\n", x_of(1) - 8, top - 14);
  body += fmt::format("<text x=\"{}\" y=\"{}\">{:.3f}</text><text x=\"{}\" y=\"{}\">{:.3f}</text>\n", label_w, top - 14, lo,
                      label_w + plot_w - 30, top - 14, hi);
  for (size_t i = 0; i < rows.size(); ++i) {
    const auto& row = rows[i];
    const int y = top + static_cast<int>(i) * row_h + row_h / 2;
    body += fmt::format("<text x=\"4\" y=\"{}\">{}</text>\n", y + 4, HtmlEscape(row.label));
    const double l = std::isfinite(row.r.low) && row.r.low > 0 ? row.r.low : lo;
    const double h = std::isfinite(row.r.high) ? row.r.high : hi;
    body += fmt::format("<line class=\"ci\" x1=\"{:.1f}\" y1=\"{}\" x2=\"{:.1f}\" y2=\"{}\"><title>[{}, {}]</title></line>\n",
                        x_of(l), y, x_of(h), y, Num(row.r.low, "{:.3f}"), Num(row.r.high, "{:.3f}"));
    if (std::isfinite(row.r.estimate) && row.r.estimate > 0)
      body += fmt::format("<circle class=\"est\" cx=\"{:.1f}\" cy=\"{}\" r=\"4\"><title>{:.3f}</title></circle>\n",
                          x_of(row.r.estimate), y, row.r.estimate);
    body += fmt::format("<text x=\"{}\" y=\"{}\">{}</text>\n", label_w + plot_w + 8, y + 4, Num(row.r.estimate, "{:.3f}"));
  }
  body += "</svg>\n";
  body += fmt::format("<p><b>{}</b></p>\n", HtmlEscape(ConclusionSentence(c.ratio, c.conclusion, c.rounds, c.threshold)));
  body += "<table>\n<tr><th>case</th><th>A ms</th><th>B ms</th><th>B/A</th><th>95% CI</th></tr>\n";
  for (const auto& k : c.cases)
    body += fmt::format("<tr><td>{}</td><td>{:.2f}</td><td>{:.2f}</td><td>{}</td><td>[{}, {}]</td></tr>\n",
                        HtmlEscape(k.name), k.a_ms, k.b_ms, Num(k.ratio.estimate, "{:.3f}"),
                        Num(k.ratio.low, "{:.3f}"), Num(k.ratio.high, "{:.3f}"));
  body += "</table>\n";
  return Page(fmt::format("Compare on {}", c.problem), body);
}

TrendScale ScaleOfTrend(const std::vector<Attempt>& attempts) {
  std::vector<double> measured;
  for (const auto& a : attempts)
    if (std::isfinite(a.cpu_ms) && a.cpu_ms > 0) measured.push_back(a.cpu_ms);
  TrendScale scale;
  if (measured.empty()) return scale;
  std::sort(measured.begin(), measured.end());
  scale.max_ms = measured.back();
  const double median = measured[(measured.size() - 1) / 2];
  const double cap = 4 * median;
  if (measured.size() >= 3 && measured.back() > cap) {
    // The largest time that is not an outlier sets the scale; longer bars are clipped.
    double kept = median;
    for (double x : measured)
      if (x <= cap) kept = x;
    scale.max_ms = kept;
    scale.clipped = true;
  }
  return scale;
}

std::string TerminalTrend(const std::vector<Attempt>& attempts, int width) {
  const TrendScale scale = ScaleOfTrend(attempts);
  std::string out;
  for (const auto& a : attempts) {
    const std::string ratio = a.ratio_to_ref ? fmt::format("  {:.2f}x ref", *a.ratio_to_ref) : "";
    if (!std::isfinite(a.cpu_ms)) {  // a CE attempt never ran
      out += fmt::format("{:>5} {:<4}|{:<{}}| {}\n", a.id, a.verdict, "", width,
                         a.verdict == "CE" ? "did not compile" : "not measured");
      continue;
    }
    const bool clipped = scale.max_ms > 0 && a.cpu_ms > scale.max_ms;
    const int n = scale.max_ms > 0 ? static_cast<int>(std::lround(std::min(a.cpu_ms, scale.max_ms) / scale.max_ms * width)) : 0;
    std::string bar(static_cast<size_t>(n), '#');
    if (clipped) bar.back() = '>';
    out += fmt::format("{:>5} {:<4}|{:<{}}| {:.1f} ms{}\n", a.id, a.verdict, bar, width, a.cpu_ms, ratio);
  }
  if (scale.clipped)
    out += fmt::format("(bars end at {:.1f} ms so that one slow attempt does not flatten the others; '>' marks a "
                       "longer one)\n",
                       scale.max_ms);
  return out;
}

}  // namespace judge
