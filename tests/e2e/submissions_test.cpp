// Every problems/*/submissions/<verdict>/*.cpp gets its folder's verdict and exit code.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>

#include "e2e_util.h"

namespace {

namespace fs = std::filesystem;

struct Submission {
  std::string problem;
  std::string folder;
  fs::path file;
};

// Shown by gtest (and ctest) instead of the struct's bytes.
void PrintTo(const Submission& s, std::ostream* os) { *os << s.file.string(); }

const std::map<std::string, std::string> kFolderVerdict = {
    {"accepted", "AC"},          {"wrong_answer", "WA"},          {"time_limit_exceeded", "TLE"},
    {"memory_limit_exceeded", "MLE"}, {"run_time_error", "RE"}, {"output_limit_exceeded", "OLE"},
    {"compile_error", "CE"}};

std::vector<Submission> AllSubmissions() {
  std::vector<Submission> out;
  const fs::path root = e2e::SourceDir() / "problems";
  std::error_code ec;
  for (const auto& problem : fs::directory_iterator(root, ec)) {
    for (const auto& folder : fs::directory_iterator(problem.path() / "submissions", ec)) {
      for (const auto& file : fs::directory_iterator(folder.path(), ec))
        if (file.path().extension() == ".cpp")
          out.push_back({problem.path().filename().string(), folder.path().filename().string(), file.path()});
    }
  }
  std::sort(out.begin(), out.end(), [](const Submission& a, const Submission& b) { return a.file < b.file; });
  return out;
}

class SubmissionVerdict : public ::testing::TestWithParam<Submission> {};

TEST_P(SubmissionVerdict, GetsItsFolderVerdict) {
  REQUIRE_SANDBOX();
  const Submission& s = GetParam();
  auto expected = kFolderVerdict.find(s.folder);
  ASSERT_NE(expected, kFolderVerdict.end()) << "unknown verdict folder " << s.folder;
  std::vector<std::string> args = {"submit", s.problem, s.file.string(), "--json", "--no-save"};
  if (s.folder != "accepted") args.push_back("--fail-fast");
  e2e::Outcome o = e2e::Judge(args);
  ASSERT_FALSE(o.out.empty()) << o.err;
  auto j = nlohmann::json::parse(o.out);
  std::string failing;
  for (const auto& c : j["cases"])
    if (c["verdict"] != "AC") {
      failing = c["name"].get<std::string>() + ": " + c["message"].get<std::string>();
      break;
    }
  EXPECT_EQ(j["verdict"], expected->second) << s.file << "\nfirst failing case: " << failing << "\n" << o.err;
  EXPECT_EQ(o.exit_code, expected->second == "AC" ? 0 : 1) << o.err;
  EXPECT_EQ(j["schema"], 1);
  EXPECT_TRUE(j["attempt"].is_null());
  EXPECT_TRUE(j["sandboxed"].get<bool>());
  if (expected->second == "AC") {
    EXPECT_EQ(j["summary"]["passed"], j["summary"]["total"]);
  }
}

std::string Name(const ::testing::TestParamInfo<Submission>& info) {
  std::string name = info.param.problem + "_" + info.param.folder + "_" + info.param.file.stem().string();
  for (char& c : name)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return name;
}

INSTANTIATE_TEST_SUITE_P(Problems, SubmissionVerdict, ::testing::ValuesIn(AllSubmissions()), Name);

}  // namespace

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  ::testing::AddGlobalTestEnvironment(new e2e::HomeEnvironment);
  return RUN_ALL_TESTS();
}
