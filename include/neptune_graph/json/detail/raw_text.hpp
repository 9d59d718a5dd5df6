// Finding a value's raw text in the input, for unknown union members kept byte for byte.
#ifndef NEPTUNE_GRAPH_JSON_DETAIL_RAW_TEXT_HPP
#define NEPTUNE_GRAPH_JSON_DETAIL_RAW_TEXT_HPP

#include <cstddef>

namespace neptune_graph {
namespace detail {

// Where a byte of the input lies: between tokens, in a string (just after a
// backslash, or not), or on a string's closing quote.
enum class lex_state : unsigned char { outside, in_string, escaped, closing_quote };

// These scanners run over text the parser has accepted up to `p` and will
// check after it, so they only need to stay inside [p, end).

inline bool is_json_space(char c) noexcept
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

inline char const* skip_space(char const* p, char const* end) noexcept
{
    while(p != end && is_json_space(*p))
        ++p;
    return p;
}

// `p` inside a string (just after a backslash when `escaped`); returns the
// position after the closing quote.
inline char const* skip_string_rest(char const* p, char const* end, bool escaped) noexcept
{
    if(escaped && p != end)
        ++p;
    for(; p != end; ++p)
    {
        if(*p == '\\')
        {
            if(++p == end)
                break;
        }
        else if(*p == '"')
            return p + 1;
    }
    return end;
}

// `p` at an opening quote; returns the position after the closing quote.
inline char const* skip_string(char const* p, char const* end) noexcept
{
    return skip_string_rest(p + 1, end, false);
}

// `p` at the first character of a value; returns the position after it.
inline char const* skip_value(char const* p, char const* end) noexcept
{
    if(p == end)
        return p;
    if(*p == '"')
        return skip_string(p, end);
    if(*p == '{' || *p == '[')
    {
        std::size_t depth = 0;
        while(p != end)
        {
            char c = *p;
            if(c == '"')
            {
                p = skip_string(p, end);
                continue;
            }
            if(c == '{' || c == '[')
                ++depth;
            else if(c == '}' || c == ']')
            {
                if(--depth == 0)
                    return p + 1;
            }
            ++p;
        }
        return end;
    }
    while(p != end && !is_json_space(*p) && *p != ',' && *p != '}' && *p != ']')
        ++p;
    return p;
}

} // namespace detail
} // namespace neptune_graph

#endif
