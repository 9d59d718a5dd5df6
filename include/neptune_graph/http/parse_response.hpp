// Client side: a response as the operation's output, or as the error it names (restJson1 rules).
#ifndef NEPTUNE_GRAPH_HTTP_PARSE_RESPONSE_HPP
#define NEPTUNE_GRAPH_HTTP_PARSE_RESPONSE_HPP

#include <neptune_graph/http/detail/error_type.hpp>
#include <neptune_graph/http/fwd.hpp>
#include <neptune_graph/http/request.hpp>
#include <neptune_graph/http/service_error.hpp>
#include <neptune_graph/json/decode.hpp>
#include <neptune_graph/json/options.hpp>
#include <neptune_graph/model/shape_name.hpp>

#include <boost/mp11/algorithm.hpp>

#include <string_view>
#include <utility>

namespace neptune_graph {
namespace detail {

template <class Op, class E>
typename Op::error_type modeled_error(int status, std::string_view body, error_identity const& id,
                                      decode_options const& opts)
{
    // The type identifies the error; the body adds what it can. A body that
    // does not decode as E (an HTML page from a proxy, a member of the wrong
    // type) still yields E, with the message found in it, if any.
    E e{};
    if(!body.empty())
    {
        auto r = decode<E>(body, opts);
        if(r)
            e = std::move(*r);
    }
    if constexpr(has_message_member<E>::value)
        if(e.message.empty())
            e.message = id.message;
    return {status, std::move(e)};
}

} // namespace detail

// Declared, and documented, in http/fwd.hpp.
template <class Op>
operation_result<Op> parse_response(int status, http_headers const& headers, std::string_view body,
                                    decode_options const& opts)
{
    using output = typename Op::output;
    using error_type = typename Op::error_type;
    if(status >= 200 && status < 300)
    {
        auto r = decode<output>(body.empty() ? std::string_view("{}") : body, opts);
        if(!r)
            return error_type(status, std::move(r).error());
        return std::move(*r);
    }

    detail::error_identity id = detail::identify_error(headers, body, opts);
    using errors = typename Op::errors;
    constexpr std::size_t n = boost::mp11::mp_size<errors>::value;
    std::size_t found = n;
    boost::mp11::mp_for_each<boost::mp11::mp_iota_c<n>>([&](auto I) {
        using E = boost::mp11::mp_at_c<errors, I>;
        if(found == n && !id.type.empty() && shape_name<E>::value == id.type)
            found = I;
    });
    if(found == n)
        return error_type(status, unmodeled_error{status, std::move(id.type), std::move(id.raw_type),
                                                  std::move(id.message)});
    return boost::mp11::mp_with_index<n>(found, [&](auto I) {
        using E = boost::mp11::mp_at_c<errors, I>;
        return detail::modeled_error<Op, E>(status, body, id, opts);
    });
}

// Declared, and documented, in http/fwd.hpp.
template <class Op>
operation_result<Op> parse_response(http_response const& r, decode_options const& opts)
{
    return parse_response<Op>(r.status, r.headers, r.body, opts);
}

} // namespace neptune_graph

#endif
