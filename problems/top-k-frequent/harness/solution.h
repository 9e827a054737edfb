// Implement this function in your solution file (include this header or repeat the includes).
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

// The k most frequent words, each with its count.
//   words  the stream, 0 <= words.size() <= 5 * 10^6; each word has 1 to 20 characters from
//          a-z, 0-9 and _; at most 10^6 distinct words
//   k      1 <= k <= 10^6
// Returns min(k, D) pairs {word, count}, D = the number of distinct words: highest count first,
// equal counts in ascending lexicographic order of the word.
std::vector<std::pair<std::string, int>> TopKFrequent(const std::vector<std::string>& words, int k);
