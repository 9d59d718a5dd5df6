// Client side: an operation's input as the request to send.
#ifndef NEPTUNE_GRAPH_HTTP_MAKE_REQUEST_HPP
#define NEPTUNE_GRAPH_HTTP_MAKE_REQUEST_HPP

#include <neptune_graph/detail/path.hpp>
#include <neptune_graph/error.hpp>
#include <neptune_graph/http/binding.hpp>
#include <neptune_graph/http/detail/percent.hpp>
#include <neptune_graph/http/detail/uri_value.hpp>
#include <neptune_graph/http/error.hpp>
#include <neptune_graph/http/fwd.hpp>
#include <neptune_graph/http/request.hpp>
#include <neptune_graph/json/encode.hpp>
#include <neptune_graph/json/options.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace neptune_graph {
namespace detail {

inline error uri_error(http_errc code, std::string_view member)
{
    error e;
    e.code = code;
    e.path = "$";
    append_key_segment(e.path, member);
    switch(code)
    {
    case http_errc::empty_label:
        e.message = "URI label is empty: the request would name a different resource";
        break;
    case http_errc::nul_byte:
        e.message = "value holds a NUL byte, which a URI does not carry";
        break;
    case http_errc::invalid_utf8:
        e.message = "value is not valid UTF-8";
        break;
    default:
        e.message = "enum value outside its enumerators";
        break;
    }
    return e;
}

template <class M>
bool uri_member_set(M const& v) noexcept
{
    if constexpr(is_optional<M>::value)
        return v.has_value();
    else
        return true;
}

template <class M>
auto const& uri_member_value(M const& v) noexcept
{
    if constexpr(is_optional<M>::value)
        return *v;
    else
        return v;
}

} // namespace detail

// Declared, and documented, in http/fwd.hpp.
template <class Op>
result<http_request> make_request(typename Op::input const& in, encode_options const& opts)
{
    using input = typename Op::input;
    detail::check_operation<Op>();
    http_request r;
    r.method.assign(Op::method.data(), Op::method.size());

    std::string value;
    std::string_view const uri = Op::uri;
    for(std::size_t i = 0; i < uri.size(); ++i)
    {
        if(uri[i] != '{')
        {
            r.target += uri[i];
            continue;
        }
        std::size_t close = uri.find('}', i);
        std::string_view name = uri.substr(i + 1, close - i - 1);
        i = close;
        http_errc problem{};
        std::string_view member;
        detail::for_each_binding<input>([&](auto const& b) {
            using B = std::decay_t<decltype(b)>;
            if constexpr(detail::is_label_binding<B>::value)
            {
                if(b.name != name)
                    return;
                member = detail::member_name(b.member);
                auto const& m = in.*b.member;
                value.clear();
                if(!detail::uri_member_set(m))
                    problem = http_errc::empty_label;
                else
                    problem = detail::uri_text(detail::uri_member_value(m), value);
                if(problem == http_errc{} && value.empty())
                    problem = http_errc::empty_label;
            }
        });
        if(problem != http_errc{})
            return detail::uri_error(problem, member);
        detail::percent_encode(r.target, value);
    }

    char sep = '?';
    http_errc problem{};
    std::string_view bad;
    detail::for_each_binding<input>([&](auto const& b) {
        using B = std::decay_t<decltype(b)>;
        if constexpr(detail::is_query_binding<B>::value)
        {
            auto const& m = in.*b.member;
            if(problem != http_errc{} || !detail::uri_member_set(m))
                return;
            value.clear();
            problem = detail::uri_text(detail::uri_member_value(m), value);
            if(problem != http_errc{})
            {
                bad = detail::member_name(b.member);
                return;
            }
            r.target += sep;
            sep = '&';
            detail::percent_encode(r.target, b.name);
            r.target += '=';
            detail::percent_encode(r.target, value);
        }
    });
    if(problem != http_errc{})
        return detail::uri_error(problem, bad);

    constexpr std::uint64_t body = body_members<input>();
    if constexpr(body != 0)
    {
        auto encoded = encode_members_to<body>(r.body, in, opts);
        if(!encoded)
            return std::move(encoded).error();
        r.headers.emplace_back("content-type", "application/json");
    }
    return r;
}

} // namespace neptune_graph

#endif
