namespace judge {
const char* Version() { return JUDGE_VERSION; }
}  // namespace judge
