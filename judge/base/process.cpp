#include "judge/base/process.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <unistd.h>

#include <boost/asio/io_context.hpp>
#include <boost/asio/readable_pipe.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/optional.hpp>     // boost/process/v2 1.81 uses these two without including them
#include <boost/type_traits.hpp>
#include <boost/process/v2.hpp>
#include <type_traits>

#include <array>
#include <cstdio>
#include <memory>

namespace judge {

namespace asio = boost::asio;
namespace bp = boost::process::v2;
using sandbox::ErrorKind;
using sandbox::MakeError;

namespace {

// Reads a pipe to its end, keeping at most `limit` bytes.
class Drain {
 public:
  Drain(asio::readable_pipe& pipe, std::string& sink, size_t limit) : pipe_(pipe), sink_(sink), limit_(limit) {}
  void Start() {
    pipe_.async_read_some(asio::buffer(buffer_), [this](boost::system::error_code ec, size_t n) {
      if (n > 0 && sink_.size() < limit_) sink_.append(buffer_.data(), std::min(n, limit_ - sink_.size()));
      if (!ec) Start();
    });
  }

 private:
  asio::readable_pipe& pipe_;
  std::string& sink_;
  size_t limit_;
  std::array<char, 65536> buffer_{};
};

}  // namespace

sandbox::Result<TrustedRun> RunTrusted(const std::filesystem::path& program, const std::vector<std::string>& args,
                                       const TrustedOptions& options) {
  TrustedRun run;
  const auto start = std::chrono::steady_clock::now();
  try {
    asio::io_context ctx;
    asio::readable_pipe out_pipe(ctx), err_pipe(ctx);
    FILE* in_file = std::fopen(options.stdin_path.empty() ? "/dev/null" : options.stdin_path.c_str(), "rb");
    if (!in_file)
      return MakeError(ErrorKind::kInternal, fmt::format("cannot open {}", options.stdin_path.string()));
    std::unique_ptr<FILE, int (*)(FILE*)> in_guard(in_file, &std::fclose);
    std::unique_ptr<FILE, int (*)(FILE*)> out_guard(nullptr, &std::fclose);
    if (!options.stdout_path.empty()) {
      out_guard.reset(std::fopen(options.stdout_path.c_str(), "wb"));
      if (!out_guard)
        return MakeError(ErrorKind::kInternal, fmt::format("cannot write {}", options.stdout_path.string()));
    }
    std::unique_ptr<bp::process> proc;
    const auto cwd = options.cwd.empty() ? std::filesystem::current_path() : options.cwd;
    if (out_guard) {
      proc = std::make_unique<bp::process>(ctx, program, args, bp::process_stdio{in_file, out_guard.get(), err_pipe},
                                           bp::process_start_dir{cwd});
    } else {
      proc = std::make_unique<bp::process>(ctx, program, args, bp::process_stdio{in_file, out_pipe, err_pipe},
                                           bp::process_start_dir{cwd});
    }
    in_guard.reset();
    out_guard.reset();
    Drain out_drain(out_pipe, run.output, options.capture_limit);
    Drain err_drain(err_pipe, run.errors, options.capture_limit);
    if (out_pipe.is_open()) out_drain.Start();
    err_drain.Start();
    asio::steady_timer timer(ctx, options.timeout);
    timer.async_wait([&](boost::system::error_code ec) {
      if (ec) return;
      run.timed_out = true;
      boost::system::error_code ignored;
      proc->terminate(ignored);
    });
    proc->async_wait([&](boost::system::error_code, int code) {
      run.exit_code = run.timed_out ? -1 : code;
      timer.cancel();
    });
    ctx.run();
    if (!run.timed_out) {
      // native_exit_code: distinguish a signal from an exit.
      const int native = proc->native_exit_code();
      run.exit_code = WIFEXITED(native) ? WEXITSTATUS(native) : -1;
    }
  } catch (const boost::system::system_error& e) {
    return MakeError(ErrorKind::kInternal, fmt::format("cannot run {}: {}", program.string(), e.code().message()));
  }
  run.wall = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
  return run;
}

}  // namespace judge
