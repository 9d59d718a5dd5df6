// How a value appears in a message: `'t-12'`, escaped, cut when long.
#ifndef NEPTUNE_GRAPH_VALIDATE_DETAIL_QUOTE_HPP
#define NEPTUNE_GRAPH_VALIDATE_DETAIL_QUOTE_HPP

#include <neptune_graph/validate/detail/code_point.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace neptune_graph {
namespace detail {

// Code points of a value shown in a message; a longer value ends in `'...`.
constexpr std::size_t quoted_code_points = 128;

// `'value'` with `'` and `\` escaped by a backslash and control characters
// and invalid UTF-8 bytes as `\xNN`: the message stays valid UTF-8 (it goes
// into a JSON body) and shows what was really there.
inline std::string message_quote(std::string_view s)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve((s.size() < quoted_code_points ? s.size() : quoted_code_points) + 5);
    out += '\'';
    std::size_t i = 0;
    for(std::size_t n = 0; i < s.size() && n < quoted_code_points; ++n)
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
    return out;
}

// The display at the start of `s` as `message_quote` writes it (with its `...`),
// or up to the next space when it is not quoted (a number).
constexpr std::string_view display_token(std::string_view s) noexcept
{
    if(s.empty() || s[0] != '\'')
        return s.substr(0, s.find(' '));
    std::size_t k = 1;
    while(k < s.size() && s[k] != '\'')
        k += s[k] == '\\' ? 2u : 1u;
    std::size_t end = k + 1 < s.size() ? k + 1 : s.size();
    if(s.substr(end, 3) == "...")
        end += 3;
    return s.substr(0, end);
}

} // namespace detail
} // namespace neptune_graph

#endif
