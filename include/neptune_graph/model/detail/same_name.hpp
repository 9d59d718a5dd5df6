// Comparing a received name (member key, enum value) with a name of the model.
#ifndef NEPTUNE_GRAPH_MODEL_DETAIL_SAME_NAME_HPP
#define NEPTUNE_GRAPH_MODEL_DETAIL_SAME_NAME_HPP

#include <cstdint>
#include <cstring>
#include <string_view>

namespace neptune_graph {
namespace detail {

template <class U>
inline U load(char const* p) noexcept
{
    U u;
    std::memcpy(&u, p, sizeof u);  // one unaligned load
    return u;
}

// Differing bits of the 8 bytes at `p` and at `q`.
inline std::uint64_t diff8(char const* p, char const* q) noexcept
{
    return load<std::uint64_t>(p) ^ load<std::uint64_t>(q);
}

// Names of the model are short: up to 32 bytes are compared inline with a
// few overlapping loads, never reading outside either string.
inline bool same_name(std::string_view a, std::string_view b) noexcept
{
    std::size_t n = a.size();
    if(n != b.size())
        return false;
    char const* p = a.data();
    char const* q = b.data();
    if(n >= 8)
    {
        if(n <= 16)
            return (diff8(p, q) | diff8(p + n - 8, q + n - 8)) == 0;
        if(n <= 32)
            return (diff8(p, q) | diff8(p + 8, q + 8) | diff8(p + n - 16, q + n - 16) |
                    diff8(p + n - 8, q + n - 8)) == 0;
        return std::memcmp(p, q, n) == 0;
    }
    if(n >= 4)
        return ((load<std::uint32_t>(p) ^ load<std::uint32_t>(q)) |
                (load<std::uint32_t>(p + n - 4) ^ load<std::uint32_t>(q + n - 4))) == 0;
    for(std::size_t i = 0; i < n; ++i)
        if(p[i] != q[i])
            return false;
    return true;
}

} // namespace detail
} // namespace neptune_graph

#endif
