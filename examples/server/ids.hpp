// Deterministic ids and hashes: the same requests in the same order give the same ids and timings on every run.
#ifndef NEPTUNE_GRAPH_EXAMPLE_SERVER_IDS_HPP
#define NEPTUNE_GRAPH_EXAMPLE_SERVER_IDS_HPP

#include <cstdint>
#include <string>
#include <string_view>

namespace example {

/// FNV-1a, 64 bits: the hash the timings and counts are derived from (documented, so runs can be predicted).
constexpr std::uint64_t fnv1a64(std::string_view s) noexcept
{
    std::uint64_t h = 14695981039346656037ull;
    for(char c : s)
    {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ull;
    }
    return h;
}

/// splitmix64's finalizer: spreads a counter's bits so consecutive ids look unrelated.
constexpr std::uint64_t mix64(std::uint64_t x) noexcept
{
    x += 0x9e3779b97f4a7c15ull;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

/** `prefix` then 10 characters of [a-z0-9] for the counter value `n`: `g-...` or
    `t-...` as the model's patterns want. The caller skips values whose id is
    taken already (by the seed). */
inline std::string make_id(char prefix, std::uint64_t n)
{
    static constexpr char digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    std::uint64_t x = mix64(n ^ (static_cast<std::uint64_t>(prefix) << 56));
    std::string id{prefix, '-'};
    for(int i = 0; i < 10; ++i, x /= 36)
        id += digits[x % 36];
    return id;
}

} // namespace example

#endif
