// The REST-JSON binding of the service's operations: requests, responses, routing, pagination, waiters.
//
// No HTTP library is needed by these headers: they turn inputs into
// `http_request`s and `http_response`s into outputs or errors (client side),
// and requests into validated inputs and outputs into responses (server side).
//
// With NEPTUNE_GRAPH_SEPARATE_COMPILATION defined, make_request, make_response,
// make_error_response, parse_response and route are only declared here
// (http/fwd.hpp): <neptune_graph/src.hpp> defines them for the service's
// operations in one of your source files.
#ifndef NEPTUNE_GRAPH_HTTP_HPP
#define NEPTUNE_GRAPH_HTTP_HPP

#include <neptune_graph/http/binding.hpp>
#include <neptune_graph/http/error.hpp>
#include <neptune_graph/http/fwd.hpp>
#include <neptune_graph/http/invalid_input.hpp>
#include <neptune_graph/http/paginator.hpp>
#include <neptune_graph/http/request.hpp>
#include <neptune_graph/http/route_result.hpp>
#include <neptune_graph/http/service_error.hpp>
#include <neptune_graph/http/waiter.hpp>
#include <neptune_graph/service/operations.hpp>
#include <neptune_graph/service/waiters.hpp>

#ifdef NEPTUNE_GRAPH_SEPARATE_COMPILATION
#include <neptune_graph/service/entry_points.hpp>
#else
#include <neptune_graph/http/make_request.hpp>
#include <neptune_graph/http/make_response.hpp>
#include <neptune_graph/http/parse_response.hpp>
#include <neptune_graph/http/route.hpp>
#endif

#endif
