// JSON paths in messages: `$.items[3].name`, with odd keys quoted. The one
// path builder: the decoder writes its frames with the segments below, the
// encoder and the validator keep a `path_link` chain on the stack.
#ifndef NEPTUNE_GRAPH_DETAIL_PATH_HPP
#define NEPTUNE_GRAPH_DETAIL_PATH_HPP

#include <cstddef>
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

// Where a walk over a value is, as a chain of links on the stack: nothing is
// allocated unless a path is written out (for an error).
struct path_link
{
    path_link const* parent = nullptr;  // null at the root
    std::string_view key;               // a member, map key or union tag, unless is_index
    std::size_t index = 0;
    bool is_index = false;
    bool is_map_key = false;            // `key` is data, not the name of a member

    void append_to(std::string& out) const
    {
        if(!parent)
        {
            out += '$';
            return;
        }
        parent->append_to(out);
        if(is_index)
            append_index_segment(out, index);
        else
            append_key_segment(out, key);
    }

    std::string str() const
    {
        std::string r;
        append_to(r);
        return r;
    }
};

// The link of a map's entry, below the link of the map.
inline path_link entry_link(path_link const& map, std::string_view key) noexcept
{
    return path_link{&map, key, 0, false, true};
}

} // namespace detail
} // namespace neptune_graph

#endif
