// Client side: a response as the operation's output, or as the error it names (restJson1 rules).
#ifndef NEPTUNE_GRAPH_HTTP_PARSE_RESPONSE_HPP
#define NEPTUNE_GRAPH_HTTP_PARSE_RESPONSE_HPP

#include <neptune_graph/http/detail/error_type.hpp>
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

/** Reads the response to the operation `Op`.

    A 2xx response is the output, decoded with `opts` (an empty body reads as
    `{}`); if it does not decode, the error holds the codec's `error`.
    Any other status is an error, resolved as restJson1 says:

    1. the type is the header `x-amzn-errortype`, else the body's `code`, else
       the body's `__type` (an empty value counts as absent);
    2. it is cleaned: cut at the first `:`, then keep what follows the last `#`
       (`aws.protocoltests.restjson#FooError:http://...` is `FooError`);
    3. a type naming one of `Op::errors` gives that error, decoded from the body;
    4. anything else gives `unmodeled_error{status, type, raw_type, message}`,
       with an empty type when the response named none.

    The message is the body's `message`, else `Message`.
*/
template <class Op>
operation_result<Op> parse_response(int status, http_headers const& headers, std::string_view body,
                                    decode_options const& opts = {})
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

/// Reads `r` as the response to `Op` (see the overload above).
template <class Op>
operation_result<Op> parse_response(http_response const& r, decode_options const& opts = {})
{
    return parse_response<Op>(r.status, r.headers, r.body, opts);
}

} // namespace neptune_graph

#endif
