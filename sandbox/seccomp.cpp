// Allow-lists for the two profiles (sandbox-security.md 4.3). Default action: stop the caller
// and notify the box init, which names the call and kills the box; other ABIs (i386 int 0x80,
// x32) kill the process outright.
#include "sandbox/seccomp.h"

#include <fcntl.h>
#include <linux/audit.h>
#include <sched.h>
#include <seccomp.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <termios.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstdlib>
#include <initializer_list>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include <fmt/format.h>

#include "sandbox/child.h"
#include "sandbox/unique_fd.h"

namespace sandbox::internal {
namespace {

// Safe for any untrusted program: memory, signals to itself (the box holds nothing else of its
// uid), time, its own descriptors. kill/tgkill/tkill are unrestricted because the only
// processes the program can signal are its own: it runs under a uid of its own in a pid
// namespace of its own.
constexpr std::array kRunAllowed = {
    SCMP_SYS(read), SCMP_SYS(write), SCMP_SYS(readv), SCMP_SYS(writev), SCMP_SYS(pread64),
    SCMP_SYS(pwrite64), SCMP_SYS(lseek), SCMP_SYS(close), SCMP_SYS(fstat), SCMP_SYS(newfstatat),
    SCMP_SYS(statx), SCMP_SYS(openat), SCMP_SYS(readlink), SCMP_SYS(readlinkat), SCMP_SYS(brk),
    SCMP_SYS(mmap), SCMP_SYS(munmap), SCMP_SYS(mremap), SCMP_SYS(mprotect), SCMP_SYS(madvise),
    SCMP_SYS(exit), SCMP_SYS(exit_group), SCMP_SYS(rt_sigaction), SCMP_SYS(rt_sigprocmask),
    SCMP_SYS(rt_sigreturn), SCMP_SYS(rt_sigsuspend), SCMP_SYS(rt_sigtimedwait),
    SCMP_SYS(rt_sigpending), SCMP_SYS(sigaltstack), SCMP_SYS(futex), SCMP_SYS(set_tid_address),
    SCMP_SYS(set_robust_list), SCMP_SYS(rseq), SCMP_SYS(arch_prctl), SCMP_SYS(getrandom),
    SCMP_SYS(clock_gettime), SCMP_SYS(clock_getres), SCMP_SYS(clock_nanosleep),
    SCMP_SYS(nanosleep), SCMP_SYS(gettimeofday), SCMP_SYS(time), SCMP_SYS(getpid),
    SCMP_SYS(gettid), SCMP_SYS(getppid), SCMP_SYS(tgkill), SCMP_SYS(tkill), SCMP_SYS(kill),
    SCMP_SYS(sched_yield), SCMP_SYS(sched_getaffinity), SCMP_SYS(uname), SCMP_SYS(getrusage),
    SCMP_SYS(times), SCMP_SYS(sysinfo), SCMP_SYS(dup), SCMP_SYS(dup2), SCMP_SYS(dup3),
    SCMP_SYS(pipe2), SCMP_SYS(poll), SCMP_SYS(ppoll), SCMP_SYS(getuid), SCMP_SYS(geteuid),
    SCMP_SYS(getgid), SCMP_SYS(getegid), SCMP_SYS(getcwd), SCMP_SYS(getdents64),
    SCMP_SYS(membarrier), SCMP_SYS(pause), SCMP_SYS(wait4), SCMP_SYS(select), SCMP_SYS(pselect6),
    // Existence checks are no more than newfstatat, and the box shows nothing worth probing.
    SCMP_SYS(access), SCMP_SYS(faccessat), SCMP_SYS(faccessat2),
};

// What g++, cc1plus, as, collect2 and ld use on top of kRun, exactly: the union of
// `strace -f` over a judge compile (-static, -I/pch with the PCH used, with a pragma-heavy
// source that fails to link, and without the PCH). The driver starts each tool with vfork +
// execve (libiberty's pex), removes its temporaries with unlink, and ld sets the output's mode
// with umask + chmod. Everything else (fork, rename, links, mkdir, chdir, setpgid ...) is refused.
constexpr std::array kCompileExtra = {
    SCMP_SYS(execve), SCMP_SYS(vfork), SCMP_SYS(unlink), SCMP_SYS(umask), SCMP_SYS(chmod),
};

// What /bin/sh, coreutils, make and interpreters use on top of kCompile (kScript).
constexpr std::array kScriptExtra = {
    SCMP_SYS(fcntl), SCMP_SYS(chdir), SCMP_SYS(fchdir), SCMP_SYS(open), SCMP_SYS(creat),
    SCMP_SYS(stat), SCMP_SYS(lstat), SCMP_SYS(getdents), SCMP_SYS(rename), SCMP_SYS(renameat),
    SCMP_SYS(renameat2), SCMP_SYS(mkdir), SCMP_SYS(mkdirat), SCMP_SYS(rmdir), SCMP_SYS(unlinkat),
    SCMP_SYS(link), SCMP_SYS(linkat), SCMP_SYS(symlink), SCMP_SYS(symlinkat), SCMP_SYS(fchmod),
    SCMP_SYS(fchmodat), SCMP_SYS(utimensat), SCMP_SYS(ftruncate), SCMP_SYS(truncate),
    SCMP_SYS(fsync), SCMP_SYS(fdatasync), SCMP_SYS(statfs), SCMP_SYS(fstatfs),
    SCMP_SYS(fadvise64), SCMP_SYS(getpgrp), SCMP_SYS(getpgid), SCMP_SYS(setpgid),
    SCMP_SYS(getrlimit), SCMP_SYS(copy_file_range), SCMP_SYS(sendfile), SCMP_SYS(pipe),
    SCMP_SYS(getresuid), SCMP_SYS(getresgid), SCMP_SYS(getgroups), SCMP_SYS(alarm),
    SCMP_SYS(setitimer), SCMP_SYS(getitimer), SCMP_SYS(epoll_create1), SCMP_SYS(epoll_ctl),
    SCMP_SYS(epoll_wait), SCMP_SYS(epoll_pwait), SCMP_SYS(eventfd2), SCMP_SYS(waitid),
    SCMP_SYS(fork), SCMP_SYS(mincore), SCMP_SYS(sched_getparam),
    SCMP_SYS(sched_getscheduler), SCMP_SYS(getsid),
};

struct CtxDeleter {
  void operator()(void* ctx) const { seccomp_release(ctx); }
};

Result<SeccompFilter> Build(SeccompProfile profile) {
  SeccompFilter filter;
  filter.notify = seccomp_api_get() >= 5;
  const uint32_t refuse = profile == SeccompProfile::kScript ? SCMP_ACT_ERRNO(EPERM)
                          : filter.notify                     ? SCMP_ACT_NOTIFY
                                                              : SCMP_ACT_KILL_PROCESS;
  std::unique_ptr<void, CtxDeleter> owner(seccomp_init(refuse));
  scmp_filter_ctx ctx = owner.get();
  if (ctx == nullptr) return MakeError(ErrorKind::kInternal, "seccomp_init failed");
  int rc = seccomp_attr_set(ctx, SCMP_FLTATR_ACT_BADARCH, SCMP_ACT_KILL_PROCESS);
  rc = rc != 0 ? rc : seccomp_attr_set(ctx, SCMP_FLTATR_CTL_NNP, 0);
  auto add = [&](uint32_t action, int nr, std::initializer_list<scmp_arg_cmp> args) {
    if (rc != 0) return;
    rc = seccomp_rule_add_array(ctx, action, nr, static_cast<unsigned>(args.size()),
                                args.size() == 0 ? nullptr : args.begin());
    if (rc != 0) rc = nr;  // remember which rule failed
  };
  for (int nr : kRunAllowed) add(SCMP_ACT_ALLOW, nr, {});
  add(SCMP_ACT_ALLOW, SCMP_SYS(prlimit64), {SCMP_A2_64(SCMP_CMP_EQ, 0)});
  add(SCMP_ACT_ALLOW, SCMP_SYS(ioctl), {SCMP_A1_64(SCMP_CMP_EQ, TCGETS)});
  if (profile != SeccompProfile::kScript) {
    for (int cmd : {F_GETFL, F_SETFL, F_GETFD, F_SETFD}) {
      add(SCMP_ACT_ALLOW, SCMP_SYS(fcntl), {SCMP_A1_32(SCMP_CMP_EQ, static_cast<uint32_t>(cmd))});
    }
  }
  add(SCMP_ACT_ERRNO(EACCES), SCMP_SYS(socket), {});
  // glibc tries clone3 first and falls back to clone on ENOSYS; clone's flags are checkable.
  add(SCMP_ACT_ERRNO(ENOSYS), SCMP_SYS(clone3), {});
  if (filter.notify) {
    add(SCMP_ACT_ALLOW, SCMP_SYS(sendmsg), {SCMP_A0_64(SCMP_CMP_EQ, kChildNotifyFd)});
  }
  // Threads only, in both profiles: a thread cannot take namespace flags (the kernel refuses
  // CLONE_THREAD with CLONE_NEWUSER/NEWPID, and the others need CAP_SYS_ADMIN).
  if (profile == SeccompProfile::kScript) {
    // Processes too (a shell forks), but never with a namespace flag.
    constexpr uint64_t kNamespaces = CLONE_NEWNS | CLONE_NEWUTS | CLONE_NEWIPC | CLONE_NEWUSER | CLONE_NEWPID |
                                     CLONE_NEWNET | CLONE_NEWCGROUP | 0x80;  // 0x80: CLONE_NEWTIME
    add(SCMP_ACT_ALLOW, SCMP_SYS(clone), {SCMP_A0_64(SCMP_CMP_MASKED_EQ, kNamespaces, 0)});
  } else {
    add(SCMP_ACT_ALLOW, SCMP_SYS(clone), {SCMP_A0_64(SCMP_CMP_MASKED_EQ, CLONE_THREAD, CLONE_THREAD)});
  }
  if (profile == SeccompProfile::kRun) {
    add(SCMP_ACT_ALLOW, SCMP_SYS(execve),
        {SCMP_A0_64(SCMP_CMP_EQ, reinterpret_cast<uintptr_t>(ExecPathAddress()))});
  } else {
    for (int nr : kCompileExtra) add(SCMP_ACT_ALLOW, nr, {});
  }
  if (profile == SeccompProfile::kScript) {
    for (int nr : kScriptExtra) add(SCMP_ACT_ALLOW, nr, {});
  }
  if (rc != 0) {
    return MakeError(ErrorKind::kInternal, fmt::format("seccomp: cannot build the allow-list ({})", rc));
  }
  UniqueFd mem(memfd_create("judge-seccomp", MFD_CLOEXEC));
  if (!mem) return MakeError(ErrorKind::kInternal, "seccomp: memfd_create failed");
  if (seccomp_export_bpf(ctx, mem.get()) != 0) {
    return MakeError(ErrorKind::kInternal, "seccomp: cannot export the filter");
  }
  off_t size = lseek(mem.get(), 0, SEEK_END);
  if (size <= 0 || size % static_cast<off_t>(sizeof(sock_filter)) != 0 ||
      size / static_cast<off_t>(sizeof(sock_filter)) > BPF_MAXINSNS) {
    return MakeError(ErrorKind::kInternal, "seccomp: exported filter has a bad size");
  }
  filter.program.resize(static_cast<size_t>(size) / sizeof(sock_filter));
  if (pread(mem.get(), filter.program.data(), static_cast<size_t>(size), 0) != size) {
    return MakeError(ErrorKind::kInternal, "seccomp: cannot read the exported filter");
  }
  return filter;
}

}  // namespace

Result<const SeccompFilter*> GetSeccompFilter(SeccompProfile profile) {
  if (profile == SeccompProfile::kNone) return static_cast<const SeccompFilter*>(nullptr);
  static std::mutex mu;
  static std::optional<Result<SeccompFilter>> run;
  static std::optional<Result<SeccompFilter>> compile;
  static std::optional<Result<SeccompFilter>> script;
  std::lock_guard lock(mu);
  auto& slot = profile == SeccompProfile::kRun ? run : profile == SeccompProfile::kScript ? script : compile;
  if (!slot) slot.emplace(Build(profile));
  if (!slot->ok()) return slot->error();
  return &slot->value();
}

std::string SyscallName(int nr, uint32_t arch) {
  if (arch != AUDIT_ARCH_X86_64 || (nr & __X32_SYSCALL_BIT) != 0) return "non-native ABI";
  char* name = seccomp_syscall_resolve_num_arch(SCMP_ARCH_NATIVE, nr);
  if (name == nullptr) return fmt::format("syscall {}", nr);
  std::string result(name);
  std::free(name);
  return result;
}

bool SeccompSupported() {
  static const bool supported = [] {
    // EFAULT for a NULL program means the call and the filter mode exist.
    return prctl(PR_GET_SECCOMP, 0, 0, 0, 0) >= 0 &&
           syscall(SYS_seccomp, 1 /*SECCOMP_SET_MODE_FILTER*/, 0, nullptr) < 0 && errno == EFAULT;
  }();
  return supported;
}

}  // namespace sandbox::internal
