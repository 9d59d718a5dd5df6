// JSON paths in messages: `$.items[3].name`, with odd keys quoted.
#ifndef NEPTUNE_GRAPH_JSON_DETAIL_PATH_HPP
#define NEPTUNE_GRAPH_JSON_DETAIL_PATH_HPP

#include <string>
#include <string_view>

namespace neptune_graph {
namespace detail {

// `.key` for identifier-like keys, `["key"]` for the rest.
inline void append_key_segment(std::string& out, std::string_view key)
{
    bool plain = !key.empty() && !(key[0] >= '0' && key[0] <= '9');
    for(char c : key)
        plain = plain && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                          (c >= '0' && c <= '9') || c == '_');
    if(plain)
    {
        out += '.';
        out.append(key.data(), key.size());
        return;
    }
    out += "[\"";
    for(char c : key)
    {
        if(c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    out += "\"]";
}

inline void append_index_segment(std::string& out, std::size_t i)
{
    out += '[';
    out += std::to_string(i);
    out += ']';
}

} // namespace detail
} // namespace neptune_graph

#endif
