// Throughput of the built-in checkers on 100 MB outputs (performance-limits.md section 4: the
// token checker must reach >= 4 GB/s on equal output and >= 0.4 GB/s in the worst case).
// Bytes/s are relative to the expected output's size.
//
//   build/<dir>/bench/checker_bench --benchmark_min_time=2
#include <cstdint>
#include <cstdio>
#include <random>
#include <string>

#include <benchmark/benchmark.h>

#include "judge/check/checker.h"

namespace {

constexpr size_t kBytes = 100'000'000;

// Typical judge data: lines of up to ten integers of mixed length, every third line words.
const std::string& TypicalOutput() {
  static const std::string output = [] {
    const char* words[] = {"YES", "NO", "impossible", "a", "path", "Alice", "Bob", "-1"};
    std::mt19937_64 random(42);
    std::string text;
    text.reserve(kBytes + 256);
    for (uint64_t line = 0; text.size() < kBytes; ++line) {
      size_t count = 1 + random() % 10;
      for (size_t k = 0; k < count; ++k) {
        if (k > 0) text += ' ';
        if (line % 3 == 2) {
          text += words[random() % 8];
        } else {
          // Magnitudes from 1 to 10 digits, a quarter of them negative.
          uint64_t modulus = 10;
          for (uint64_t digits = random() % 10; digits > 0; --digits) modulus *= 10;
          auto value = static_cast<int64_t>(random() % modulus);
          text += std::to_string(random() % 4 == 0 ? -value : value);
        }
      }
      text += '\n';
    }
    return text;
  }();
  return output;
}

// The same tokens with every separator changed (' ' <-> '\n'), so the exact-bytes fast path
// fails at the first separator and the whole output goes through the token scan.
const std::string& SwappedWhitespace() {
  static const std::string output = [] {
    std::string text = TypicalOutput();
    for (char& c : text) {
      if (c == ' ') {
        c = '\n';
      } else if (c == '\n') {
        c = ' ';
      }
    }
    return text;
  }();
  return output;
}

// Floats printed with 3 decimals in the answer and 6 in the output: equal within tolerance,
// different bytes in every token.
const std::pair<std::string, std::string>& FloatOutputs() {
  static const std::pair<std::string, std::string> outputs = [] {
    std::mt19937_64 random(7);
    std::pair<std::string, std::string> texts;
    texts.first.reserve(kBytes + 256);
    texts.second.reserve(kBytes * 3 / 2);
    char buffer[64];
    while (texts.first.size() < kBytes) {
      for (int k = 0; k < 8; ++k) {
        double value = static_cast<double>(random() % 2'000'000) / 1000.0 - 1000.0;
        const char* separator = k == 7 ? "\n" : " ";
        std::snprintf(buffer, sizeof buffer, "%.3f%s", value, separator);
        texts.first += buffer;
        std::snprintf(buffer, sizeof buffer, "%.6f%s", value, separator);
        texts.second += buffer;
      }
    }
    return texts;
  }();
  return outputs;
}

void Run(benchmark::State& state, const std::string& expected, const std::string& actual,
         const judge::checkers::TokenOptions& options) {
  for (auto _ : state) {
    judge::checkers::CheckResult result =
        judge::checkers::CheckTokens(expected, actual, options);
    if (!result.accepted) {
      state.SkipWithError(result.message.c_str());
      break;
    }
    benchmark::DoNotOptimize(result);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(expected.size()));
}

void BM_TokensEqual(benchmark::State& state) {
  const std::string& expected = TypicalOutput();
  std::string actual = expected;  // a separate buffer, as a real output file would be
  Run(state, expected, actual, {});
}

void BM_TokensWhitespaceDiffersEverywhere(benchmark::State& state) {
  Run(state, TypicalOutput(), SwappedWhitespace(), {});
}

void BM_TokensFloatTolerance(benchmark::State& state) {
  judge::checkers::TokenOptions options;
  options.float_absolute = 1e-6;
  options.float_relative = 1e-6;
  Run(state, FloatOutputs().first, FloatOutputs().second, options);
}

void BM_ExactEqual(benchmark::State& state) {
  const std::string& expected = TypicalOutput();
  std::string actual = expected;
  for (auto _ : state) {
    benchmark::DoNotOptimize(judge::checkers::CheckExact(expected, actual));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(expected.size()));
}

BENCHMARK(BM_TokensEqual)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TokensWhitespaceDiffersEverywhere)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TokensFloatTolerance)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ExactEqual)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
