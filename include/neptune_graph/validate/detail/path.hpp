// Where the validator is: a chain of links on the stack, written out only for a violation.
#ifndef NEPTUNE_GRAPH_VALIDATE_DETAIL_PATH_HPP
#define NEPTUNE_GRAPH_VALIDATE_DETAIL_PATH_HPP

#include <neptune_graph/json/detail/path.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace neptune_graph {
namespace detail {

struct path_link
{
    path_link const* parent = nullptr;  // null at the root
    std::string_view key;               // a member or union tag, unless is_index
    std::size_t index = 0;
    bool is_index = false;

    // `$.items[3].id`, in the same form as the codec's paths.
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

} // namespace detail
} // namespace neptune_graph

#endif
