// Result<T>: a value or an Error, returned across module boundaries (std::expected is C++23).
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace sandbox {

enum class ErrorKind {
  kUsage,        // bad arguments or unreadable input (exit 2)
  kBadPackage,   // malformed problem package (exit 2)
  kInternal,     // judge failure: a helper misbehaved, sandbox unavailable (exit 3)
  kUnavailable,  // a kernel feature the request needs is missing (exit 3)
  kInterrupted,  // the user pressed Ctrl-C (exit 130)
};

struct Error {
  ErrorKind kind = ErrorKind::kInternal;
  std::string message;
};

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}            // NOLINT: implicit by design
  Result(Error error) : v_(std::move(error)) {}        // NOLINT
  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& value() & { return std::get<0>(v_); }
  const T& value() const& { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  const Error& error() const { return std::get<1>(v_); }

 private:
  std::variant<T, Error> v_;
};

template <>
class [[nodiscard]] Result<void> {
 public:
  Result() = default;
  Result(Error error) : error_(std::move(error)), ok_(false) {}  // NOLINT
  bool ok() const { return ok_; }
  explicit operator bool() const { return ok_; }
  const Error& error() const { return error_; }

 private:
  Error error_;
  bool ok_ = true;
};

inline Error MakeError(ErrorKind kind, std::string message) { return Error{kind, std::move(message)}; }

}  // namespace sandbox
