// How a value appears in a message: `'t-12'`, escaped, cut when long. The one
// quoter of the library: codec, validation and HTTP messages all use it.
#ifndef NEPTUNE_GRAPH_DETAIL_QUOTE_HPP
#define NEPTUNE_GRAPH_DETAIL_QUOTE_HPP

#include <neptune_graph/detail/utf8.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace neptune_graph {
namespace detail {

// Code points of a value shown in a message; a longer value ends in `'...`.
constexpr std::size_t quoted_code_points = 128;

// Appends `'value'` with `'` and `\` escaped by a backslash, and control
// characters and invalid UTF-8 bytes as `\xNN`: the message stays valid UTF-8
// (it goes into a JSON body), stays short whatever was received, and shows
// what was really there.
inline void append_quoted(std::string& out, std::string_view s, std::size_t limit = quoted_code_points)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    out += '\'';
    std::size_t i = 0;
    for(std::size_t n = 0; i < s.size() && n < limit; ++n)
    {
        decoded_code_point const d = decode_code_point(s, i);
        if(d.value == invalid_code_point || d.value < 0x20 || d.value == 0x7F)
        {
            auto const byte = static_cast<unsigned char>(s[i]);
            out += "\\x";
            out += hex[byte >> 4];
            out += hex[byte & 0xF];
        }
        else
        {
            if(d.value == '\'' || d.value == '\\')
                out += '\\';
            out.append(s.data() + i, d.size);
        }
        i += d.size;
    }
    out += '\'';
    if(i < s.size())
        out += "...";
}

inline std::string quoted(std::string_view s, std::size_t limit = quoted_code_points)
{
    std::string out;
    out.reserve((s.size() < limit ? s.size() : limit) + 5);
    append_quoted(out, s, limit);
    return out;
}

} // namespace detail
} // namespace neptune_graph

#endif
