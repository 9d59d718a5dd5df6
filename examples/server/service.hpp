// The example server's service: one request in, one response out, with the library doing the REST-JSON work.
//
// No HTTP library here either: `serve` takes the method and the request target
// and gives a `neptune_graph::http_response`. http_session.hpp carries them
// over Boost.Beast.
#ifndef NEPTUNE_GRAPH_EXAMPLE_SERVER_SERVICE_HPP
#define NEPTUNE_GRAPH_EXAMPLE_SERVER_SERVICE_HPP

#include "server_state.hpp"

#include <neptune_graph/http.hpp>

#include <boost/mp11/algorithm.hpp>
#include <boost/variant2/variant.hpp>

#include <string_view>
#include <type_traits>

namespace example {

/// A 500 InternalServerException: what the client sees if an answer cannot be encoded.
inline ng::http_response internal_error(ng::error const& e)
{
    auto r = ng::make_error_response(ng::InternalServerException{"cannot encode the answer: " + e.what()});
    if(r)
        return std::move(*r);
    return {500, {{"content-type", "application/json"}}, "{}"};
}

/// The response for what the state answered: `Op`'s output, or one of the model's error shapes.
template <class Op, class... Answer>
ng::http_response respond(boost::variant2::variant<Answer...> const& answer)
{
    // The seed may hold importOptions members this version of the model does
    // not know; they go to the client unchanged (the JavaScript SDK shows
    // them as `$unknown`).
    ng::encode_options opts;
    opts.pass_through_unknown = true;
    return boost::variant2::visit(
        [&](auto const& x) {
            using X = std::decay_t<decltype(x)>;
            auto r = [&] {
                if constexpr(std::is_same<X, typename Op::output>::value)
                    return ng::make_response<Op>(x, opts);
                else
                    return ng::make_error_response(x, opts);
            }();
            return r ? std::move(*r) : internal_error(r.error());
        },
        answer);
}

/// The operation whose input is `Input`.
template <class Op>
using input_of = typename Op::input;
template <class Input>
using operation_for =
    boost::mp11::mp_at<ng::operations, boost::mp11::mp_find<boost::mp11::mp_transform<input_of, ng::operations>, Input>>;

/// Every operation the same way: the state answers, `respond` encodes.
template <class Input>
ng::http_response call(server_state& state, Input const& in)
{
    return respond<operation_for<Input>>(state.answer(in));
}

/** Answers one request. `route` finds the operation and reads and validates
    its input from the method, the target and the body (404 for no operation,
    400 ValidationException for a bad label, query value or body); the state
    does the rest. Headers are not read: the `Authorization` header (SigV4) is
    accepted unchecked, since this server is a test double, not an
    authentication boundary. */
inline ng::http_response serve(server_state& state, std::string_view method, std::string_view target,
                               std::string_view body)
{
    auto routed = ng::route<ng::operations>(method, target, body);
    if(!routed)
        return routed.error();
    return boost::variant2::visit([&](auto const& input) { return call(state, input); }, *routed);
}

} // namespace example

#endif
