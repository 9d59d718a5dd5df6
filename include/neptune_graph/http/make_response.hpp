// Server side: an operation's output, or one of its errors, as the response to send.
#ifndef NEPTUNE_GRAPH_HTTP_MAKE_RESPONSE_HPP
#define NEPTUNE_GRAPH_HTTP_MAKE_RESPONSE_HPP

#include <neptune_graph/http/fwd.hpp>
#include <neptune_graph/http/request.hpp>
#include <neptune_graph/http/service_error.hpp>
#include <neptune_graph/json/encode.hpp>
#include <neptune_graph/model/shape_name.hpp>

#include <string>
#include <utility>

namespace neptune_graph {

// Declared, and documented, in http/fwd.hpp.
template <class Op>
result<http_response> make_response(typename Op::output const& out, encode_options const& opts)
{
    http_response r;
    r.status = Op::success_status;
    r.headers.emplace_back("content-type", "application/json");
    auto ok = encode_to(r.body, out, opts);
    if(!ok)
        return std::move(ok).error();
    return r;
}

// Declared, and documented, in http/fwd.hpp.
template <class E>
result<http_response> make_error_response(E const& e, encode_options const& opts)
{
    http_response r;
    r.status = error_binding<E>::status;
    r.headers.emplace_back("x-amzn-errortype", std::string(shape_name<E>::value));
    r.headers.emplace_back("content-type", "application/json");
    auto ok = encode_to(r.body, e, opts);
    if(!ok)
        return std::move(ok).error();
    return r;
}

} // namespace neptune_graph

#endif
