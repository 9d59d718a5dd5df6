// Words for the parser's errors: what was found at the offset where it stopped.
#ifndef NEPTUNE_GRAPH_JSON_DETAIL_PARSE_MESSAGE_HPP
#define NEPTUNE_GRAPH_JSON_DETAIL_PARSE_MESSAGE_HPP

#include <boost/json/error.hpp>

#include <cstdio>
#include <string>
#include <string_view>

namespace neptune_graph {
namespace detail {

// Boost.JSON reports most malformed input as "syntax error"; the byte at the
// offset (and the one before it) tells a person much more.
inline std::string parse_message(boost::system::error_code const& ec, std::string_view in,
                                 std::size_t at)
{
    namespace bj = boost::json;
    if(ec == bj::error::incomplete || at >= in.size())
        return "unexpected end of input";
    if(ec == bj::error::too_deep)
        return "nesting too deep";
    if(ec == bj::error::exponent_overflow)
        return "number exponent too large";
    if(ec == bj::error::illegal_leading_surrogate || ec == bj::error::illegal_trailing_surrogate)
        return "invalid UTF-16 surrogate escape";
    if(ec == bj::error::expected_hex_digit)
        return "invalid \\u escape: expected a hex digit";
    unsigned char c = static_cast<unsigned char>(in[at]);
    if(at >= 6 && in[at - 6] == '\\' && (in[at - 5] == 'u' || in[at - 5] == 'U') &&
       (in[at - 4] == 'd' || in[at - 4] == 'D') &&
       std::string_view("89abAB").find(in[at - 3]) != std::string_view::npos)
        return "lone UTF-16 surrogate escape";
    if(at >= 1 && in[at - 1] == '\\')
    {
        char buf[48];
        std::snprintf(buf, sizeof buf, c >= 0x20 && c < 0x7f ? "invalid escape '\\%c'"
                                                              : "invalid escape", c);
        return buf;
    }
    if(c >= 0x80)
        return "invalid UTF-8";
    if(c < 0x20 && c != ' ' && c != '\t' && c != '\n' && c != '\r')
    {
        char buf[48];
        std::snprintf(buf, sizeof buf, "control character 0x%02x must be escaped", c);
        return buf;
    }
    char buf[48];
    std::snprintf(buf, sizeof buf, "syntax error at '%c'", c);
    return buf;
}

} // namespace detail
} // namespace neptune_graph

#endif
