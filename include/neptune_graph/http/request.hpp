// An HTTP request and response as plain data: the library binds to them, your HTTP stack carries them.
#ifndef NEPTUNE_GRAPH_HTTP_REQUEST_HPP
#define NEPTUNE_GRAPH_HTTP_REQUEST_HPP

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace neptune_graph {

// docs/client-and-server.md quotes the lines between [types] and [/types].
// [types]
/// Header fields in the order they were given; names compare case-insensitively.
using http_headers = std::vector<std::pair<std::string, std::string>>;

/** A request as `make_request` builds it and `route` reads it.

    `target` is the origin-form request target: the percent-encoded path and,
    after `?`, the query string. Host, authorization (SigV4), content-length
    and user-agent are the transport's business and never set here.
*/
struct http_request
{
    std::string method;
    std::string target;
    http_headers headers;
    std::string body;
};

/// A response as a server sends it or a transport hands it back.
struct http_response
{
    int status = 200;
    http_headers headers;
    std::string body;
};
// [/types]

namespace detail {

inline bool ascii_iequal(std::string_view a, std::string_view b) noexcept
{
    if(a.size() != b.size())
        return false;
    for(std::size_t i = 0; i < a.size(); ++i)
    {
        char x = a[i], y = b[i];
        if(x >= 'A' && x <= 'Z')
            x = static_cast<char>(x - 'A' + 'a');
        if(y >= 'A' && y <= 'Z')
            y = static_cast<char>(y - 'A' + 'a');
        if(x != y)
            return false;
    }
    return true;
}

// Optional whitespace around a field value (RFC 9110 OWS) is not part of it.
inline std::string_view trim_ows(std::string_view s) noexcept
{
    while(!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while(!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

} // namespace detail

/** The value of the first field named `name` (ASCII case-insensitive), without
    surrounding whitespace; `std::nullopt` when there is no such field. */
inline std::optional<std::string_view> find_header(http_headers const& headers, std::string_view name) noexcept
{
    for(auto const& h : headers)
        if(detail::ascii_iequal(h.first, name))
            return detail::trim_ows(h.second);
    return std::nullopt;
}

} // namespace neptune_graph

#endif
