// The example server's service: one request in, one response out, with the library doing the REST-JSON work.
//
// No HTTP library here either: `serve` takes the method and the request target
// and gives a `neptune_graph::http_response`. http_session.hpp carries them
// over Boost.Beast.
#ifndef NEPTUNE_GRAPH_EXAMPLE_SERVER_SERVICE_HPP
#define NEPTUNE_GRAPH_EXAMPLE_SERVER_SERVICE_HPP

#include "task_store.hpp"

#include <neptune_graph/http.hpp>

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

/// The response for what the store answered: `Op`'s output, or one of the model's error shapes.
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

// One overload per operation.
inline ng::http_response call(task_store& store, ng::CancelImportTaskInput const& in)
{
    return respond<ng::CancelImportTask>(store.cancel(in));
}

inline ng::http_response call(task_store& store, ng::GetImportTaskInput const& in)
{
    return respond<ng::GetImportTask>(store.get(in));
}

inline ng::http_response call(task_store& store, ng::ListImportTasksInput const& in)
{
    return respond<ng::ListImportTasks>(store.list(in));
}

/// The operations this server does not serve yet: a modeled 500, so a client
/// sees a typed error rather than a dropped connection.
template <class Input>
ng::http_response call(task_store&, Input const&)
{
    auto r = ng::make_error_response(
        ng::InternalServerException{"this example server does not serve this operation"});
    return r ? std::move(*r) : internal_error(r.error());
}

/** Answers one request. `route` finds the operation and reads and validates
    its input from the method, the target and the body (404 for no operation,
    400 ValidationException for a bad label, query value or body); the store
    does the rest. Headers are not read: the `Authorization` header (SigV4) is
    accepted unchecked, since this server is a test double, not an
    authentication boundary. */
inline ng::http_response serve(task_store& store, std::string_view method, std::string_view target,
                               std::string_view body)
{
    auto routed = ng::route<ng::operations>(method, target, body);
    if(!routed)
        return routed.error();
    return boost::variant2::visit([&](auto const& input) { return call(store, input); }, *routed);
}

} // namespace example

#endif
