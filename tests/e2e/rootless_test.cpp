// The judge as an ordinary user (rootless mode), end to end. The test (as root) creates an
// unprivileged user, runs `judge submit` as that user on bundled submissions (accepted, wrong
// answer, time limit, memory limit; alone and two at once) and asserts the verdicts equal those
// of the same submissions judged as root; then it runs the sandbox's hostile and identity
// suites, the hostile compile suite and the hostile package-programs suite as that user. A
// second user with an /etc/subuid range covers the newuidmap path. Both users are removed at the end.
//
// CI clones into a folder other users may not read (/root), so everything a user needs is
// copied into a temporary folder it can read: the judge, test and box-program binaries, the
// tests' sources, the problem package, and the precompiled header and generated cases the root
// run built.
#include <pwd.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <future>
#include <map>
#include <sstream>

#include <fmt/format.h>

#include "e2e_util.h"

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr const char* kProblem = "distinct-count";
constexpr const char* kUserPrefix = "judge-rl-";

struct User {
  std::string name;
  uid_t uid = 0;
  gid_t gid = 0;
  fs::path home;  // its JUDGE_HOME
};

e2e::Outcome Trusted(const std::string& program, const std::vector<std::string>& args,
                     std::chrono::seconds timeout = std::chrono::seconds(60)) {
  judge::TrustedOptions options;
  options.timeout = timeout;
  options.capture_limit = 16 << 20;
  auto run = judge::RunTrusted(program, args, options);
  if (!run) return {-1, "", run.error().message};
  return {run->exit_code, run->output, run->errors};
}

// Users a crashed earlier run left behind (their creator's pid is gone).
void RemoveStaleUsers() {
  std::vector<std::string> stale;
  setpwent();
  while (passwd* pw = getpwent()) {
    std::string name = pw->pw_name;
    if (name.rfind(kUserPrefix, 0) != 0) continue;
    const pid_t creator = static_cast<pid_t>(std::atol(name.c_str() + std::strlen(kUserPrefix)));
    if (creator > 0 && kill(creator, 0) != 0 && errno == ESRCH) stale.push_back(name);
  }
  endpwent();
  for (const auto& name : stale) Trusted("/usr/sbin/userdel", {name});
}

void ChownTree(const fs::path& root, uid_t uid, gid_t gid) {
  (void)!lchown(root.c_str(), uid, gid);
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(root, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    (void)!lchown(it->path().c_str(), uid, gid);
  }
}

class Rootless : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (geteuid() != 0) {
      skip_ = "needs root to create the unprivileged user it runs the judge as";
      return;
    }
    if (!fs::exists("/usr/sbin/useradd") || !fs::exists("/usr/bin/setpriv")) {
      skip_ = "needs useradd (passwd) and setpriv (util-linux): scripts/install-deps installs them";
      return;
    }
    if (auto reason = e2e::SandboxUnavailableReason(); !reason.empty()) {
      skip_ = reason;
      return;
    }
    char templ[] = "/tmp/judge-rootless-XXXXXX";
    dir_ = mkdtemp(templ);
    fs::permissions(dir_, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                              fs::perms::others_read | fs::perms::others_exec);
    // The binaries this executable was built beside, the sources of the sandbox tests and the
    // package: copies the users can read.
    const fs::path built = fs::read_symlink("/proc/self/exe").parent_path();
    fs::create_directories(dir_ / "bin");
    fs::copy_file(JudgeBinary(), dir_ / "bin/judge");
    for (const char* test : {"hostile_test", "identity_test", "hostile_compile_test", "hostile_programs_test"}) {
      if (fs::exists(built / test)) fs::copy_file(built / test, dir_ / "bin" / test);
    }
    fs::copy(BoxProgramsDir(), dir_ / "box-programs", fs::copy_options::recursive);
    fs::create_directories(dir_ / "tests/sandbox");
    for (const char* sub : {"hostile", "programs"}) {
      fs::copy(fs::path(TestsDir()) / "sandbox" / sub, dir_ / "tests/sandbox" / sub, fs::copy_options::recursive);
    }
    fs::create_directories(dir_ / "problems");
    fs::copy(e2e::SourceDir() / "problems" / kProblem, dir_ / "problems" / kProblem, fs::copy_options::recursive);
    Trusted("/bin/chmod", {"-R", "a+rX", dir_.string()});
    RemoveStaleUsers();
    auto user = CreateUser(fmt::format("{}{}", kUserPrefix, getpid()), false);
    if (!user) return;
    user_ = *user;
    // A user for whom rootless mode does not work here skips everything, with the reason.
    e2e::Outcome doctor = AsUser(user_, {"doctor"});
    if (doctor.exit_code != 0) skip_ = "rootless mode does not work on this host (judge doctor as an ordinary user):\n" + doctor.out;
  }

  static void TearDownTestSuite() {
    for (const User* u : {&user_, &sub_user_}) {
      if (!u->name.empty()) Trusted("/usr/sbin/userdel", {u->name});
    }
    if (created_subid_files_) {
      for (const char* f : {"/etc/subuid", "/etc/subgid"}) {
        std::error_code ec;
        if (fs::file_size(f, ec) == 0 && !ec) fs::remove(f, ec);
      }
    }
    std::error_code ec;
    if (!dir_.empty()) fs::remove_all(dir_, ec);
  }

  void SetUp() override {
    if (!skip_.empty()) GTEST_SKIP() << skip_;
    ASSERT_FALSE(user_.name.empty()) << setup_error_;
  }

  // Creates the user (and, with `subids`, gives it a 2000-id /etc/subuid and /etc/subgid range)
  // and a JUDGE_HOME of its own.
  static std::optional<User> CreateUser(const std::string& name, bool subids) {
    e2e::Outcome add = Trusted("/usr/sbin/useradd", {"--no-create-home", "--user-group", "--shell",
                                                     "/usr/sbin/nologin", name});
    if (add.exit_code != 0) {
      setup_error_ = "useradd failed: " + add.err;
      return std::nullopt;
    }
    passwd* pw = getpwnam(name.c_str());
    if (pw == nullptr) {
      setup_error_ = "useradd made no user " + name;
      return std::nullopt;
    }
    User u{name, pw->pw_uid, pw->pw_gid, dir_ / ("home-" + name)};
    if (subids) {
      for (const char* f : {"/etc/subuid", "/etc/subgid"}) {
        if (!fs::exists(f)) {
          std::ofstream(f).close();
          fs::permissions(f, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read |
                                 fs::perms::others_read);
          created_subid_files_ = true;
        }
      }
      const uint64_t first = 3000000000ull + static_cast<uint64_t>(getpid() % 100000) * 2000;
      const std::string range = fmt::format("{}-{}", first, first + 1999);
      e2e::Outcome mod = Trusted("/usr/sbin/usermod", {"--add-subuids", range, "--add-subgids", range, name});
      if (mod.exit_code != 0) {
        setup_error_ = "usermod --add-subuids failed: " + mod.err;
        return std::nullopt;
      }
    }
    fs::create_directories(u.home);
    ChownTree(u.home, u.uid, u.gid);
    return u;
  }

  // Runs the judge (or `program` from bin/) as `u`, with an environment of its own.
  static e2e::Outcome AsUser(const User& u, const std::vector<std::string>& args, const std::string& program = "judge",
                             const std::vector<std::string>& env = {},
                             std::chrono::seconds timeout = std::chrono::seconds(900)) {
    std::vector<std::string> argv = {fmt::format("--reuid={}", u.uid), fmt::format("--regid={}", u.gid),
                                     "--clear-groups", "--", "/usr/bin/env", "-i", "PATH=/usr/bin:/bin",
                                     "HOME=" + u.home.string(), "JUDGE_HOME=" + u.home.string(),
                                     "JUDGE_PROBLEMS=" + (dir_ / "problems").string()};
    argv.insert(argv.end(), env.begin(), env.end());
    argv.push_back((dir_ / "bin" / program).string());
    argv.insert(argv.end(), args.begin(), args.end());
    return Trusted("/usr/bin/setpriv", argv, timeout);
  }

  static fs::path Submission(const std::string& folder, const std::string& file) {
    return dir_ / "problems" / kProblem / "submissions" / folder / file;
  }

  // As root, with the e2e cache; then gives `u` a copy of the precompiled header and of the
  // generated cases, so its runs compile and judge but do not rebuild what root built.
  static json RootSubmit(const fs::path& source) {
    e2e::Outcome o = e2e::Judge({"submit", (dir_ / "problems" / kProblem).string(), source.string(), "--json",
                                 "--no-save", "--fail-fast"});
    json j = json::parse(o.out, nullptr, false);
    EXPECT_FALSE(j.is_discarded()) << o.err << o.out;
    return j;
  }
  static void SeedCache(const User& u) {
    const fs::path shared = e2e::HomeEnvironment::home() / "cache";
    for (const char* part : {"pch", "tests"}) {
      std::error_code ec;
      fs::create_directories(u.home / "cache", ec);
      fs::copy(shared / part, u.home / "cache" / part, fs::copy_options::recursive | fs::copy_options::skip_existing, ec);
    }
    ChownTree(u.home, u.uid, u.gid);
  }
  static json UserSubmit(const User& u, const fs::path& source) {
    e2e::Outcome o = AsUser(u, {"submit", kProblem, source.string(), "--json", "--no-save", "--fail-fast"});
    json j = json::parse(o.out, nullptr, false);
    EXPECT_FALSE(j.is_discarded()) << o.err << o.out;
    return j;
  }
  static std::vector<std::string> CaseVerdicts(const json& report) {
    std::vector<std::string> out;
    if (report.contains("cases"))
      for (const auto& c : report["cases"]) out.push_back(c.value("name", "") + ":" + c.value("verdict", ""));
    return out;
  }

  // The cases of `a` and `b` (by name, both ran them) whose verdicts differ, except a TLE in one
  // against an AC in the other that used at least 85% of the TLE's CPU time; "" when none.
  static std::string BorderlineAside(const json& a, const json& b) {
    std::map<std::string, json> by_name;
    for (const auto& c : b.value("cases", json::array())) by_name[c.value("name", "")] = c;
    std::string differ;
    for (const auto& c : a.value("cases", json::array())) {
      auto it = by_name.find(c.value("name", ""));
      if (it == by_name.end()) continue;
      const json& d = it->second;
      const std::string va = c.value("verdict", ""), vb = d.value("verdict", "");
      if (va == vb) continue;
      const json* tle = va == "TLE" ? &c : vb == "TLE" ? &d : nullptr;
      const json* ac = va == "AC" ? &c : vb == "AC" ? &d : nullptr;
      if (tle && ac && ac->value("cpu_ms", 0.0) >= 0.85 * tle->value("cpu_ms", 0.0)) continue;
      differ += c.value("name", "") + ": " + va + " vs " + vb + "; ";
    }
    return differ;
  }

  // Runs one of the copied test executables as `u`; it must pass (skips are printed).
  static void ExpectSuitePasses(const User& u, const std::string& test) {
    ASSERT_TRUE(fs::exists(dir_ / "bin" / test)) << test << " was not built beside this test";
    e2e::Outcome o = AsUser(u, {"--gtest_color=no"}, test,
                            {"JUDGE_TESTS_DIR=" + (dir_ / "tests").string(),
                             "JUDGE_BOX_PROGRAMS=" + (dir_ / "box-programs").string(),
                             "JUDGE_BINARY=" + (dir_ / "bin/judge").string(), "TMPDIR=/tmp"},
                            std::chrono::seconds(1500));
    EXPECT_EQ(o.exit_code, 0) << o.out.substr(o.out.size() > 20000 ? o.out.size() - 20000 : 0) << o.err;
    std::istringstream lines(o.out);
    for (std::string line; std::getline(lines, line);) {
      // Shown without gtest's own markers: ctest reads "[  SKIPPED ]" anywhere in the output as
      // this test's skip, and would report a passing run as skipped.
      if (line.rfind("[  SKIPPED ]", 0) == 0) std::cout << test << " as the user, skipped:" << line.substr(12) << "\n";
      if (line.rfind("[  PASSED  ]", 0) == 0) std::cout << test << " as the user, passed:" << line.substr(12) << "\n";
    }
  }

  static inline std::string skip_;
  static inline std::string setup_error_;
  static inline fs::path dir_;
  static inline User user_;
  static inline User sub_user_;
  static inline bool created_subid_files_ = false;
};

TEST_F(Rootless, DoctorReportsTheMode) {
  e2e::Outcome mine = AsUser(user_, {"doctor", "--json"});
  ASSERT_EQ(mine.exit_code, 0) << mine.err << mine.out;
  json j = json::parse(mine.out);
  EXPECT_EQ(j["mode"], "rootless");
  EXPECT_NE(j["mode_reason"].get<std::string>().find("not root"), std::string::npos) << j["mode_reason"];
  EXPECT_TRUE(j["ok"].get<bool>());
  e2e::Outcome root = e2e::Judge({"doctor", "--json"});
  EXPECT_EQ(json::parse(root.out)["mode"], "root");
}

// The same four submissions as root and as the user: the same verdict, case by case.
TEST_F(Rootless, BundledVerdictsEqualTheRootRun) {
  const std::pair<const char*, const char*> kCases[] = {{"accepted", "hyperloglog_fastio.cpp"},
                                                        {"wrong_answer", "hll_unhashed_ids.cpp"},
                                                        {"time_limit_exceeded", "sorted_vector_insert.cpp"},
                                                        {"memory_limit_exceeded", "exact_unordered_set.cpp"}};
  const std::map<std::string, std::string> kExpected = {{"accepted", "AC"}, {"wrong_answer", "WA"},
                                                        {"time_limit_exceeded", "TLE"},
                                                        {"memory_limit_exceeded", "MLE"}};
  std::vector<json> root_runs;
  for (const auto& [folder, file] : kCases) root_runs.push_back(RootSubmit(Submission(folder, file)));
  SeedCache(user_);
  e2e::Outcome doctor = AsUser(user_, {"doctor", "--json"});
  const json accuracy = json::parse(doctor.out)["accuracy"];
  for (size_t i = 0; i < std::size(kCases); ++i) {
    const auto& [folder, file] = kCases[i];
    json mine = UserSubmit(user_, Submission(folder, file));
    EXPECT_EQ(root_runs[i]["verdict"], kExpected.at(folder)) << file << " as root";
    EXPECT_EQ(mine["verdict"], root_runs[i]["verdict"]) << file << " as " << user_.name << ": " << mine.dump(1);
    if (std::string(folder) != "time_limit_exceeded") {
      EXPECT_EQ(CaseVerdicts(mine), CaseVerdicts(root_runs[i])) << file;
    } else {
      // A case near the limit can go either way in any two runs (the judge itself calls a time
      // within 15% of the limit borderline), and cases after repeated TLEs are skipped: the
      // cases both ran agree, except TLE against an AC within 15% of the TLE's time.
      EXPECT_EQ(BorderlineAside(mine, root_runs[i]), "") << file;
    }
    EXPECT_EQ(mine["sandboxed"], true) << file;
    // The accuracy the doctor states for this mode is in every report that relied on it.
    EXPECT_EQ(mine.value("accuracy", json::array()), accuracy) << file;
    EXPECT_FALSE(root_runs[i].contains("accuracy")) << file;
  }
}

// Two boxes of one user at once, an accepted and a memory-hungry submission.
TEST_F(Rootless, ConcurrentPairKeepsItsVerdicts) {
  RootSubmit(Submission("accepted", "hyperloglog_fastio.cpp"));
  SeedCache(user_);
  auto ac = std::async(std::launch::async, [] { return UserSubmit(user_, Submission("accepted", "hyperloglog_fastio.cpp")); });
  auto mle = std::async(std::launch::async,
                        [] { return UserSubmit(user_, Submission("memory_limit_exceeded", "exact_unordered_set.cpp")); });
  EXPECT_EQ(ac.get()["verdict"], "AC");
  EXPECT_EQ(mle.get()["verdict"], "MLE");
}

// With an /etc/subuid range (and newuidmap) every concurrent box gets a host uid of its own.
TEST_F(Rootless, SubordinateIdsServeConcurrentBoxes) {
  if (!fs::exists("/usr/bin/newuidmap")) GTEST_SKIP() << "newuidmap is missing (package uidmap, scripts/install-deps)";
  auto sub = CreateUser(fmt::format("{}{}s", kUserPrefix, getpid()), true);
  ASSERT_TRUE(sub) << setup_error_;
  sub_user_ = *sub;
  e2e::Outcome doctor = AsUser(sub_user_, {"doctor", "--json"});
  ASSERT_EQ(doctor.exit_code, 0) << doctor.out << doctor.err;
  EXPECT_NE(json::parse(doctor.out)["identity"].get<std::string>().find("/etc/subuid"), std::string::npos)
      << doctor.out;
  RootSubmit(Submission("accepted", "hyperloglog_fastio.cpp"));
  SeedCache(sub_user_);
  auto ac = std::async(std::launch::async, [] { return UserSubmit(sub_user_, Submission("accepted", "hyperloglog_fastio.cpp")); });
  auto wa = std::async(std::launch::async,
                       [] { return UserSubmit(sub_user_, Submission("wrong_answer", "hll_unhashed_ids.cpp")); });
  EXPECT_EQ(ac.get()["verdict"], "AC");
  EXPECT_EQ(wa.get()["verdict"], "WA");
  ExpectSuitePasses(sub_user_, "identity_test");
}

TEST_F(Rootless, HostileSuitePassesAsTheUser) { ExpectSuitePasses(user_, "hostile_test"); }

TEST_F(Rootless, IdentitySuitePassesAsTheUser) { ExpectSuitePasses(user_, "identity_test"); }

TEST_F(Rootless, HostileCompileSuitePassesAsTheUser) { ExpectSuitePasses(user_, "hostile_compile_test"); }

TEST_F(Rootless, HostileProgramsSuitePassesAsTheUser) { ExpectSuitePasses(user_, "hostile_programs_test"); }

}  // namespace

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  ::testing::AddGlobalTestEnvironment(new e2e::HomeEnvironment());
  return RUN_ALL_TESTS();
}
