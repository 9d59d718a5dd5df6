// Percent-encoding of URI labels and query values (RFC 3986), both ways.
#ifndef NEPTUNE_GRAPH_HTTP_DETAIL_PERCENT_HPP
#define NEPTUNE_GRAPH_HTTP_DETAIL_PERCENT_HPP

#include <neptune_graph/detail/utf8.hpp>
#include <neptune_graph/http/error.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace neptune_graph {
namespace detail {

// RFC 3986 unreserved: the only bytes sent as themselves. Everything else,
// `/` in a label, `+` `=` `&` in a query value included, is escaped.
constexpr bool is_unreserved(unsigned char c) noexcept
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
           c == '-' || c == '.' || c == '_' || c == '~';
}

inline void percent_encode(std::string& out, std::string_view s)
{
    constexpr char hex[] = "0123456789ABCDEF";
    for(char ch : s)
    {
        auto c = static_cast<unsigned char>(ch);
        if(is_unreserved(c))
        {
            out += ch;
            continue;
        }
        out += '%';
        out += hex[c >> 4];
        out += hex[c & 0xF];
    }
}

constexpr int hex_value(char c) noexcept
{
    if(c >= '0' && c <= '9')
        return c - '0';
    if(c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if(c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// What went wrong decoding, and at which byte of the encoded text.
struct percent_failure
{
    http_errc code{};
    std::size_t at = 0;
    explicit operator bool() const noexcept { return code != http_errc{}; }
};

// Decodes `in` into `out` (replaced). `+` stays `+`: this is RFC 3986, not
// HTML forms, and the SDKs send a space as %20. A NUL byte is refused however
// it arrives, since C code downstream would read the value as cut short.
inline percent_failure percent_decode(std::string_view in, std::string& out)
{
    out.clear();
    out.reserve(in.size());
    for(std::size_t i = 0; i < in.size(); ++i)
    {
        char c = in[i];
        if(c == '%')
        {
            int hi = i + 1 < in.size() ? hex_value(in[i + 1]) : -1;
            int lo = i + 2 < in.size() ? hex_value(in[i + 2]) : -1;
            if(hi < 0 || lo < 0)
                return {http_errc::bad_percent_escape, i};
            c = static_cast<char>(hi * 16 + lo);
            if(c == '\0')
                return {http_errc::nul_byte, i};
            out += c;
            i += 2;
            continue;
        }
        if(c == '\0')
            return {http_errc::nul_byte, i};
        out += c;
    }
    std::size_t bad = invalid_utf8_at(out);
    if(bad != std::string_view::npos)
        return {http_errc::invalid_utf8, bad};  // a byte of the decoded value
    return {};
}

} // namespace detail
} // namespace neptune_graph

#endif
