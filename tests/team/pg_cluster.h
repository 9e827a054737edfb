// A throwaway PostgreSQL cluster for the team tests and benchmarks: initdb into a temporary
// folder as an unprivileged user (the `postgres` system user when running as root, as CI does;
// PostgreSQL refuses to run as root), listening only on a Unix socket in that folder, stopped
// and removed at the end. Nothing outside the folder is touched, so runs never collide with
// each other or with a cluster the machine already has.
//
// The binaries are Debian's: /usr/lib/postgresql/<major>/bin, the newest installed (override
// with JUDGE_TEST_PG_BIN). Start() says why it could not start; the tests FAIL then, never skip:
// scripts/install-deps installs PostgreSQL, so a CI machine without it is a broken CI machine.
#pragma once

#include <fcntl.h>
#include <pwd.h>
#include <spawn.h>
#include <sys/wait.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fmt/format.h>
#include <memory>
#include <string>
#include <vector>

#include "judge/base/files.h"
#include "judge/store/pg.h"

namespace pgtest {

namespace fs = std::filesystem;

class Cluster {
 public:
  // nullptr with `*why` set when the cluster cannot be started.
  static std::unique_ptr<Cluster> Start(std::string* why) {
    auto cluster = std::unique_ptr<Cluster>(new Cluster());
    if (!cluster->Init(why)) return nullptr;
    return cluster;
  }

  ~Cluster() {
    (void)Ctl({"stop", "-m", "immediate"});
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }

  // libpq URL of database `db` as role `user` (trust authentication on the socket).
  std::string Url(const std::string& db, const std::string& user = "postgres") const {
    return fmt::format("postgresql:///{}?host={}&port={}&user={}", db, dir_.string(), kPort, user);
  }
  const fs::path& dir() const { return dir_; }

  // Runs SQL as the superuser on `db`; returns "" or the error.
  std::string Sql(const std::string& sql, const std::string& db = "postgres") const {
    auto conn = judge::PgConnection::Connect(Url(db));
    if (!conn) return conn.error().message;
    auto done = conn->Script(sql, "running test SQL");
    return done ? "" : done.error().message;
  }

  // A fresh database with the judge schema: one per test, so tests never see each other's rows.
  std::string FreshDatabase(const std::string& name) const {
    if (auto e = Sql(fmt::format("DROP DATABASE IF EXISTS {} WITH (FORCE)", name)); !e.empty()) return e;
    return Sql(fmt::format("CREATE DATABASE {}", name));
  }

  // A restart as after a crash or an operator's restart: every connection is cut.
  bool Restart(bool immediate = false) const {
    return Ctl({"restart", "-w", "-m", immediate ? "immediate" : "fast", "-o", Options()});
  }
  bool Stop() const { return Ctl({"stop", "-w", "-m", "fast"}); }
  bool Resume() const { return Ctl({"start", "-w", "-o", Options()}); }

 private:
  static constexpr int kPort = 5432;  // only names the socket file in our own folder

  Cluster() = default;

  static fs::path BinDir() {
    if (const char* env = std::getenv("JUDGE_TEST_PG_BIN"); env && *env) return env;
    std::vector<fs::path> found;
    std::error_code ec;
    for (auto it = fs::directory_iterator("/usr/lib/postgresql", ec); !ec && it != fs::directory_iterator();
         it.increment(ec))
      if (fs::exists(it->path() / "bin" / "initdb")) found.push_back(it->path() / "bin");
    std::sort(found.begin(), found.end(), [](const fs::path& a, const fs::path& b) {
      return std::atoi(a.parent_path().filename().c_str()) < std::atoi(b.parent_path().filename().c_str());
    });
    return found.empty() ? fs::path() : found.back();
  }

  std::string Options() const {
    // fsync off: the tests restart the server, they never crash the machine.
    return fmt::format("-k {} -c listen_addresses='' -p {} -c fsync=off -c max_connections=60", dir_.string(), kPort);
  }

  // Runs a PostgreSQL program as the cluster's user, its output to `out` in the folder. Spawned
  // directly rather than through RunTrusted: `pg_ctl start` leaves a server running that must
  // not hold a pipe the caller waits on.
  bool Run(const std::string& program, const std::vector<std::string>& args, std::string* output = nullptr) const {
    std::vector<std::string> argv;
    if (geteuid() == 0) argv = {"/usr/sbin/runuser", "-u", user_, "--"};
    argv.push_back((bin_ / program).string());
    argv.insert(argv.end(), args.begin(), args.end());
    std::vector<char*> raw;
    for (auto& a : argv) raw.push_back(a.data());
    raw.push_back(nullptr);
    const fs::path out = dir_ / (program + ".out");
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_adddup2(&actions, 1, 2);
    posix_spawn_file_actions_addchdir_np(&actions, dir_.c_str());
    pid_t pid = -1;
    const int spawned = posix_spawn(&pid, raw[0], &actions, nullptr, raw.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    int status = -1;
    if (spawned == 0) waitpid(pid, &status, 0);
    if (output) {
      auto text = judge::ReadFile(out, 1 << 20);
      *output = spawned != 0 ? "cannot start " + argv[0] : text ? *text : "";
    }
    return spawned == 0 && WIFEXITED(status) && WEXITSTATUS(status) == 0;
  }

  bool Ctl(const std::vector<std::string>& args) const {
    std::vector<std::string> all = {"-D", (dir_ / "data").string(), "-l", (dir_ / "log").string()};
    all.insert(all.end(), args.begin(), args.end());
    return Run("pg_ctl", all);
  }

  bool Init(std::string* why) {
    bin_ = BinDir();
    if (bin_.empty()) {
      *why = "no PostgreSQL server under /usr/lib/postgresql/*/bin (scripts/install-deps installs it)";
      return false;
    }
    char templ[] = "/tmp/judge-pg-XXXXXX";
    if (mkdtemp(templ) == nullptr) {
      *why = "cannot create a temporary folder";
      return false;
    }
    dir_ = templ;
    if (geteuid() == 0) {
      // PostgreSQL refuses to run as root: the folder goes to the `postgres` system user, which
      // Debian's postgresql package creates.
      const passwd* pw = getpwnam("postgres");
      if (pw == nullptr) {
        *why = "running as root and there is no 'postgres' user to run the server as";
        return false;
      }
      user_ = "postgres";
      if (chown(dir_.c_str(), pw->pw_uid, pw->pw_gid) != 0 || chmod(dir_.c_str(), 0700) != 0) {
        *why = "cannot give the temporary folder to the postgres user";
        return false;
      }
    }
    std::string output;
    if (!Run("initdb", {"-D", (dir_ / "data").string(), "-A", "trust", "-U", "postgres", "-E", "UTF8",
                        "--locale=C", "-N"},
             &output)) {
      *why = "initdb failed: " + output;
      return false;
    }
    if (!Ctl({"start", "-w", "-o", Options()})) {
      auto log = judge::ReadFile(dir_ / "log", 1 << 16);
      *why = "pg_ctl start failed: " + (log ? *log : std::string("(no log)"));
      return false;
    }
    return true;
  }

  fs::path bin_;
  fs::path dir_;
  std::string user_;
};

}  // namespace pgtest
