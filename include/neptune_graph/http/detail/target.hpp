// A request target taken apart: path segments against a URI template, and query parameters.
#ifndef NEPTUNE_GRAPH_HTTP_DETAIL_TARGET_HPP
#define NEPTUNE_GRAPH_HTTP_DETAIL_TARGET_HPP

#include <neptune_graph/http/detail/percent.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace neptune_graph {
namespace detail {

struct split_target
{
    std::string_view path;
    std::string_view query;  // after the first `?`, empty if none
};

inline split_target split(std::string_view target) noexcept
{
    std::size_t q = target.find('?');
    if(q == std::string_view::npos)
        return {target, {}};
    return {target.substr(0, q), target.substr(q + 1)};
}

// The next `/`-separated segment of `s` (which starts after a `/`).
inline std::string_view next_segment(std::string_view& s) noexcept
{
    std::size_t slash = s.find('/');
    std::string_view seg = s.substr(0, slash);
    s = slash == std::string_view::npos ? std::string_view() : s.substr(slash + 1);
    return seg;
}

struct path_label
{
    std::string_view name;
    std::string_view raw;  // still percent-encoded
};

// Matches `path` against the template `uri` segment by segment: a literal
// segment matches itself byte for byte (no decoding, no case folding, no
// `.`/`..` folding), a label matches one NON-EMPTY segment. So a trailing
// slash, an extra segment or an empty label matches nothing. Returns the
// number of literal segments (more is more specific), or -1.
inline int match_path(std::string_view uri, std::string_view path, std::vector<path_label>& labels)
{
    labels.clear();
    if(path.empty() || path[0] != '/')
        return -1;
    uri.remove_prefix(1);
    path.remove_prefix(1);
    int literals = 0;
    bool more_uri = true, more_path = true;
    while(more_uri && more_path)
    {
        more_uri = uri.find('/') != std::string_view::npos;
        more_path = path.find('/') != std::string_view::npos;
        std::string_view t = next_segment(uri);
        std::string_view p = next_segment(path);
        if(!t.empty() && t.front() == '{')
        {
            if(p.empty())
                return -1;
            labels.push_back({t.substr(1, t.size() - 2), p});
        }
        else if(t == p)
            ++literals;
        else
            return -1;
    }
    return more_uri == more_path ? literals : -1;
}

struct query_param
{
    std::string_view raw_key;
    std::string_view raw_value;  // empty for a parameter without `=`
    std::string key;             // decoded
    percent_failure key_failure;
};

// `a=1&b&&c=` is a=1, b (no `=`), c (empty): empty pieces are skipped.
inline std::vector<query_param> parse_query(std::string_view q)
{
    std::vector<query_param> params;
    while(!q.empty())
    {
        std::size_t amp = q.find('&');
        std::string_view piece = q.substr(0, amp);
        q = amp == std::string_view::npos ? std::string_view() : q.substr(amp + 1);
        if(piece.empty())
            continue;
        query_param p;
        std::size_t eq = piece.find('=');
        p.raw_key = piece.substr(0, eq);
        if(eq != std::string_view::npos)
            p.raw_value = piece.substr(eq + 1);
        p.key_failure = percent_decode(p.raw_key, p.key);
        params.push_back(std::move(p));
    }
    return params;
}

} // namespace detail
} // namespace neptune_graph

#endif
