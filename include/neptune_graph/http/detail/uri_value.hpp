// Member values as the text of a URI label or query value, both ways.
#ifndef NEPTUNE_GRAPH_HTTP_DETAIL_URI_VALUE_HPP
#define NEPTUNE_GRAPH_HTTP_DETAIL_URI_VALUE_HPP

#include <neptune_graph/detail/utf8.hpp>
#include <neptune_graph/http/error.hpp>
#include <neptune_graph/model/detail/traits.hpp>
#include <neptune_graph/model/leaf.hpp>

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

namespace neptune_graph {
namespace detail {

template <class M>
constexpr bool is_uri_scalar = is_leaf<M> && leaf_traits<M>::kind != leaf_kind::timestamp;

// Appends the text of `v` (not yet percent-encoded). Strings must be UTF-8
// without NUL: the server side refuses anything else, so the client does too.
template <class M>
http_errc uri_text(M const& v, std::string& out)
{
    static_assert(is_uri_scalar<M>,
                  "a URI label or query value is a string, an integer, a boolean or an enum");
    using traits = leaf_traits<M>;
    if constexpr(traits::kind == leaf_kind::boolean)
        out += traits::get(v) ? "true" : "false";
    else if constexpr(traits::kind == leaf_kind::integer)
        out += std::to_string(traits::get(v));
    else
    {
        std::string_view const s = traits::text(v);
        if constexpr(traits::kind == leaf_kind::enumeration)
            if(traits::known(v) && s.empty())
                return http_errc::invalid_value;
        if(s.find('\0') != std::string_view::npos)
            return http_errc::nul_byte;
        if(invalid_utf8_at(s) != std::string_view::npos)
            return http_errc::invalid_utf8;
        out.append(s.data(), s.size());
    }
    return {};
}

// An integer of type I from `-?[0-9]+` exactly: no sign `+`, no spaces, no
// fraction, no exponent. `1.5` and `1e2` are not decimal integers.
template <class I>
http_errc parse_integer(std::string_view s, I& out) noexcept
{
    bool negative = !s.empty() && s[0] == '-';
    if(negative)
        s.remove_prefix(1);
    if(s.empty())
        return http_errc::not_integer;
    std::uint64_t magnitude = 0;
    bool overflow = false;
    for(char c : s)
    {
        if(c < '0' || c > '9')
            return http_errc::not_integer;
        auto d = static_cast<unsigned>(c - '0');
        if(magnitude > (std::numeric_limits<std::uint64_t>::max() - d) / 10)
            overflow = true;  // keep scanning: `99999999999999999999x` is not an integer at all
        else
            magnitude = magnitude * 10 + d;
    }
    using limits = std::numeric_limits<I>;
    if(overflow)
        return http_errc::out_of_range;
    if(negative)
    {
        if(magnitude == 0)
        {
            out = 0;
            return {};
        }
        if(!limits::is_signed ||
           magnitude - 1 > static_cast<std::uint64_t>(limits::max()))  // |min| = max + 1
            return http_errc::out_of_range;
        out = static_cast<I>(-static_cast<std::int64_t>(magnitude - 1) - 1);
        return {};
    }
    if(magnitude > static_cast<std::uint64_t>(limits::max()))
        return http_errc::out_of_range;
    out = static_cast<I>(magnitude);
    return {};
}

// Reads the percent-decoded text `s` into `out`.
template <class M>
http_errc parse_uri_text(std::string_view s, M& out)
{
    if constexpr(is_optional<M>::value)
    {
        typename optional_value<M>::type v{};
        http_errc e = parse_uri_text(s, v);
        if(e == http_errc{})
            out = std::move(v);
        return e;
    }
    else
    {
        static_assert(is_uri_scalar<M>,
                      "a URI label or query value is a string, an integer, a boolean or an enum");
        using traits = leaf_traits<M>;
        if constexpr(traits::kind == leaf_kind::boolean)
        {
            if(s == "true")
                traits::set(out, true);
            else if(s == "false")
                traits::set(out, false);
            else
                return http_errc::not_boolean;
        }
        else if constexpr(traits::kind == leaf_kind::integer)
        {
            typename traits::value_type i{};
            http_errc const e = parse_integer(s, i);
            if(e == http_errc{})
                traits::set(out, i);
            return e;
        }
        else
            traits::assign(out, s);
        return {};
    }
}

} // namespace detail
} // namespace neptune_graph

#endif
