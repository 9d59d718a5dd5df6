// Error codes of the HTTP binding, in their own category beside the codec's `errc`.
#ifndef NEPTUNE_GRAPH_HTTP_ERROR_HPP
#define NEPTUNE_GRAPH_HTTP_ERROR_HPP

#include <neptune_graph/detail/category.hpp>

#include <boost/system/error_category.hpp>
#include <boost/system/error_code.hpp>

#include <type_traits>

namespace neptune_graph {

/** What the HTTP binding refused: the `code` of a `neptune_graph::error` from
    `make_request` or a paginator, and the reasons `route` words in its messages. */
enum class http_errc
{
    empty_label = 1,     ///< a URI label with an empty value: the request would name another resource
    bad_percent_escape,  ///< `%` not followed by two hexadecimal digits
    nul_byte,            ///< a label or query value that holds (or decodes to) a NUL byte
    invalid_utf8,        ///< a label or query value that is not UTF-8 (once percent-decoded)
    not_integer,         ///< a query value that is not a decimal integer
    out_of_range,        ///< a decimal integer that does not fit its member's type
    not_boolean,         ///< a query value other than `true` or `false`
    invalid_value,       ///< a value the URI cannot carry (an enum outside its enumerators)
    repeated_token       ///< a paginator received a token it had already sent: the pages loop
};

namespace detail {

template <>
struct category_of<http_errc>
{
    static constexpr char const* name = "neptune_graph.http";
    static constexpr unsigned long long id = 0;
    static char const* message(http_errc e) noexcept
    {
        switch(e)
        {
        case http_errc::empty_label: return "empty URI label";
        case http_errc::bad_percent_escape: return "malformed percent-escape";
        case http_errc::nul_byte: return "NUL byte in a URI value";
        case http_errc::invalid_utf8: return "URI value is not valid UTF-8";
        case http_errc::not_integer: return "not a decimal integer";
        case http_errc::out_of_range: return "integer out of range";
        case http_errc::not_boolean: return "not true or false";
        case http_errc::invalid_value: return "value cannot be put in a URI";
        case http_errc::repeated_token: return "pagination token repeated";
        }
        return "unknown error";
    }
};

} // namespace detail

/// The category of `http_errc`.
inline boost::system::error_category const& http_category() noexcept
{
    return detail::category<http_errc>();
}

inline boost::system::error_code make_error_code(http_errc e) noexcept
{
    return {static_cast<int>(e), http_category()};
}

} // namespace neptune_graph

namespace boost {
namespace system {
template <> struct is_error_code_enum<::neptune_graph::http_errc> : std::true_type {};
} // namespace system
} // namespace boost

#endif
