// The sandbox's pure decisions about identity and resource control: /etc/subuid ranges, id
// maps, cgroup2 delegation and /proc/<pid>/stat parsing. No processes, no kernel features.
#include <gtest/gtest.h>

#include "sandbox/cgroup.h"
#include "sandbox/identity.h"
#include "sandbox/proc_meter.h"

namespace sandbox::internal {
namespace {

TEST(SubordinateRange, FindsTheUserByNameOrId) {
  const std::string text = "bob:100000:65536\nalice:165536:65536\n1001:231072:1000\n";
  auto alice = FindSubordinateRange(text, "alice", 1000);
  ASSERT_TRUE(alice);
  EXPECT_EQ(alice->first, 165536u);
  EXPECT_EQ(alice->count, 65536u);
  auto by_id = FindSubordinateRange(text, "carol", 1001);
  ASSERT_TRUE(by_id);
  EXPECT_EQ(by_id->first, 231072u);
  EXPECT_EQ(by_id->count, 1000u);
}

TEST(SubordinateRange, IgnoresOtherUsersAndMalformedLines) {
  EXPECT_FALSE(FindSubordinateRange("bob:100000:65536\n", "alice", 1000));
  EXPECT_FALSE(FindSubordinateRange("", "alice", 1000));
  EXPECT_FALSE(FindSubordinateRange("alice:100000\nalice:x:5\nalice:100000:0\nalice:0:10\n", "alice", 1000));
  EXPECT_FALSE(FindSubordinateRange("alice:4294967000:1000\n", "alice", 1000));  // runs past 2^32
  // A prefix of the name is not the name; the first valid line wins.
  EXPECT_FALSE(FindSubordinateRange("alic:100000:10\n", "alice", 1000));
  auto r = FindSubordinateRange("alice:bad:10\nalice:200000:10\nalice:300000:10\n", "alice", 1000);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->first, 200000u);
}

TEST(RangeMapped, TheInitialNamespaceMapsEverything) {
  EXPECT_TRUE(RangeMapped("         0          0 4294967295\n", 60000, 1000));
}

TEST(RangeMapped, ARootlessContainerMapsOnlyItsRange) {
  const std::string podman = "         0       1000          1\n         1     100000      65536\n";
  EXPECT_TRUE(RangeMapped(podman, 60000, 1000));    // 1..65536 inside
  EXPECT_FALSE(RangeMapped(podman, 65000, 1000));   // runs past 65536
  EXPECT_FALSE(RangeMapped("0 1000 1\n", 60000, 1000));
  EXPECT_FALSE(RangeMapped("", 60000, 1));
}

TEST(RangeMapped, AdjacentExtentsJoin) {
  EXPECT_TRUE(RangeMapped("60000 1 500\n60500 2000 500\n", 60000, 1000));
  EXPECT_FALSE(RangeMapped("60000 1 500\n60501 2000 499\n", 60000, 1000));  // 60500 is missing
}

V2Facts Delegated() {
  V2Facts f;
  f.own = "/sys/fs/cgroup/user.slice/user-1000.slice/user@1000.service/app.slice/run-r1.scope";
  f.controllers = "cpu io memory pids\n";
  f.owner = 1000;
  f.procs_writable = true;
  f.subtree_writable = true;
  return f;
}

TEST(V2Delegation, ASystemdDelegatedScopeIsUsable) { EXPECT_EQ(V2DelegationProblem(Delegated(), 1000), ""); }

TEST(V2Delegation, ASessionScopeOwnedByRootIsNot) {
  V2Facts f = Delegated();
  f.own = "/sys/fs/cgroup/user.slice/user-1000.slice/session-3.scope";
  f.owner = 0;
  EXPECT_EQ(V2DelegationProblem(f, 1000),
            "cgroup2 group /sys/fs/cgroup/user.slice/user-1000.slice/session-3.scope belongs to uid 0, not to you: "
            "it is not delegated");
}

TEST(V2Delegation, MemoryAndPidsMustBeOffered) {
  V2Facts f = Delegated();
  f.own = "/sys/fs/cgroup/unified";
  f.controllers = "hugetlb\n";
  EXPECT_EQ(V2DelegationProblem(f, 1000),
            "cgroup2 group /sys/fs/cgroup/unified offers 'hugetlb' (memory and pids are needed)");
  f.controllers = "memory_recursiveprot pids\n";  // a word that merely starts with "memory" is not it
  EXPECT_NE(V2DelegationProblem(f, 1000), "");
}

TEST(V2Delegation, TheControlFilesMustBeWritable) {
  V2Facts f = Delegated();
  f.subtree_writable = false;
  EXPECT_NE(V2DelegationProblem(f, 1000).find("not writable"), std::string::npos);
}

TEST(ProcStat, SumsCpuTicksAndResidentPages) {
  // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime
  // cutime cstime priority nice threads itreal starttime vsize rss ...
  const std::string line =
      "4242 (a (b) c) R 1 4242 4242 0 -1 4194304 100 0 0 0 150 50 30 20 20 0 1 0 12345 1048576 300 "
      "18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0\n";
  ProcSample s;
  ASSERT_TRUE(AddStatLine(line, &s));
  const long hz = sysconf(_SC_CLK_TCK);
  EXPECT_EQ(s.cpu, std::chrono::nanoseconds(250 * (1000000000 / hz)));
  EXPECT_EQ(s.resident_bytes, 300u * static_cast<uint64_t>(sysconf(_SC_PAGESIZE)));
  EXPECT_EQ(s.processes, 1);
  ASSERT_TRUE(AddStatLine(line, &s));  // adds up
  EXPECT_EQ(s.processes, 2);
  EXPECT_EQ(s.resident_bytes, 600u * static_cast<uint64_t>(sysconf(_SC_PAGESIZE)));
}

TEST(ProcStat, RefusesTruncatedLines) {
  ProcSample s;
  EXPECT_FALSE(AddStatLine("4242 (x) R 1 4242 4242 0 -1 4194304 100 0 0 0 150", &s));
  EXPECT_FALSE(AddStatLine("no parenthesis at all", &s));
  EXPECT_EQ(s.processes, 0);
}

}  // namespace
}  // namespace sandbox::internal
