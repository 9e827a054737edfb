// The content hash of a problem package: what a team worker compares with the hash a job was
// submitted against, so that it never judges a job against other tests than the candidate's.
#pragma once

#include <filesystem>
#include <string>

#include "sandbox/result.h"

namespace judge {

// SHA-256, as 64 hex digits, over every entry under `dir` in byte order of its relative path:
// a regular file's path, size and bytes; a folder's path; a symbolic link's path and target
// text (never followed, so nothing outside the package is read). Any other kind of file (a
// socket, a device) and unreadable files are kBadPackage errors naming the file.
//
// Hashing reads the whole package (the library's biggest is ~30 MB, ~0.1 s), so the result is
// remembered per process for the folder while every entry's path, size, inode and mtime are
// unchanged (and none was modified in the last two seconds): a worker re-hashes only a package
// that was edited.
sandbox::Result<std::string> PackageContentHash(const std::filesystem::path& dir);

}  // namespace judge
