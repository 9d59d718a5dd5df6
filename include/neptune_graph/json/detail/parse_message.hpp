// Words for the parser's errors: what was found at the offset where it stopped.
#ifndef NEPTUNE_GRAPH_JSON_DETAIL_PARSE_MESSAGE_HPP
#define NEPTUNE_GRAPH_JSON_DETAIL_PARSE_MESSAGE_HPP

#include <neptune_graph/json/detail/raw_text.hpp>

#include <boost/json/error.hpp>

#include <cstdio>
#include <string>
#include <string_view>

namespace neptune_graph {
namespace detail {

// A byte of the input whose lexical state is known, from which a scan can start.
struct lex_point
{
    std::size_t at = 0;
    lex_state state = lex_state::outside;
};

// Whether byte `at` of `in` lies inside a string: a scan from `from` (the
// start), affordable because it only runs once decoding has failed.
inline bool inside_string(std::string_view in, std::size_t at, lex_point from = {}) noexcept
{
    bool in_string = from.state == lex_state::in_string || from.state == lex_state::escaped;
    std::size_t i = from.at;
    if(from.state == lex_state::escaped)
        ++i;
    for(; i < at && i < in.size(); ++i)
    {
        if(in_string && in[i] == '\\')
            ++i;
        else if(in[i] == '"')
            in_string = !in_string;
    }
    return in_string;
}

// Boost.JSON reports most malformed input as "syntax error"; the byte at the
// offset (and the one before it) tells a person much more.
// Chunked input: `in` is a window of the input in which byte `from.at` is in
// the state `from.state`, and `at` lies after it.
inline std::string parse_message(boost::system::error_code const& ec, std::string_view in,
                                 std::size_t at, lex_point from = {})
{
    namespace bj = boost::json;
    if(ec == bj::error::incomplete || at >= in.size())
        return "unexpected end of input";
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
    if(c < 0x20 && (inside_string(in, at, from) || !is_json_space(static_cast<char>(c))))
    {
        char buf[48];
        std::snprintf(buf, sizeof buf, "control character 0x%02x must be escaped", c);
        return buf;
    }
    if(c < 0x20 || c == 0x7f)
    {
        char buf[48];
        std::snprintf(buf, sizeof buf, "syntax error at byte 0x%02x", c);
        return buf;
    }
    char buf[48];
    std::snprintf(buf, sizeof buf, "syntax error at '%c'", c);
    return buf;
}

} // namespace detail
} // namespace neptune_graph

#endif
