// UTF-8 validation, shared by the encoder and the DOM walker (the parser checks text input).
#ifndef NEPTUNE_GRAPH_JSON_DETAIL_UTF8_HPP
#define NEPTUNE_GRAPH_JSON_DETAIL_UTF8_HPP

#include <cstddef>
#include <string_view>

namespace neptune_graph {
namespace detail {

// Length of the valid UTF-8 sequence at `p`, or 0 (overlong forms,
// surrogates and code points past U+10FFFF are invalid, as RFC 3629 says).
inline std::size_t utf8_sequence(unsigned char const* p, unsigned char const* end) noexcept
{
    unsigned char c = p[0];
    std::size_t n = end - p;
    auto cont = [&](std::size_t i) { return i < n && (p[i] & 0xC0) == 0x80; };
    if(c >= 0xC2 && c <= 0xDF)
        return cont(1) ? 2 : 0;
    if(c >= 0xE0 && c <= 0xEF)
    {
        if(!cont(1) || !cont(2))
            return 0;
        if(c == 0xE0 && p[1] < 0xA0)
            return 0;  // overlong
        if(c == 0xED && p[1] >= 0xA0)
            return 0;  // UTF-16 surrogate
        return 3;
    }
    if(c >= 0xF0 && c <= 0xF4)
    {
        if(!cont(1) || !cont(2) || !cont(3))
            return 0;
        if(c == 0xF0 && p[1] < 0x90)
            return 0;  // overlong
        if(c == 0xF4 && p[1] >= 0x90)
            return 0;  // past U+10FFFF
        return 4;
    }
    return 0;
}

// The index of the first byte of `s` that is not valid UTF-8, or npos.
inline std::size_t invalid_utf8_at(std::string_view s) noexcept
{
    auto const* const begin = reinterpret_cast<unsigned char const*>(s.data());
    auto const* const end = begin + s.size();
    for(auto const* p = begin; p != end;)
    {
        if(*p < 0x80)
        {
            ++p;
            continue;
        }
        std::size_t n = utf8_sequence(p, end);
        if(n == 0)
            return static_cast<std::size_t>(p - begin);
        p += n;
    }
    return std::string_view::npos;
}

} // namespace detail
} // namespace neptune_graph

#endif
