// The REST-JSON binding of the service's operations: requests, responses, routing, pagination, waiters.
//
// No HTTP library is needed by these headers: they turn inputs into
// `http_request`s and `http_response`s into outputs or errors (client side),
// and requests into validated inputs and outputs into responses (server side).
#ifndef NEPTUNE_GRAPH_HTTP_HPP
#define NEPTUNE_GRAPH_HTTP_HPP

#include <neptune_graph/http/binding.hpp>
#include <neptune_graph/http/error.hpp>
#include <neptune_graph/http/invalid_input.hpp>
#include <neptune_graph/http/make_request.hpp>
#include <neptune_graph/http/make_response.hpp>
#include <neptune_graph/http/paginator.hpp>
#include <neptune_graph/http/parse_response.hpp>
#include <neptune_graph/http/request.hpp>
#include <neptune_graph/http/route.hpp>
#include <neptune_graph/http/service_error.hpp>
#include <neptune_graph/http/waiter.hpp>
#include <neptune_graph/service/operations.hpp>
#include <neptune_graph/service/waiters.hpp>

#endif
