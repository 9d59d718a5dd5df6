// Separate compilation: include this in exactly one source file of a program
// built with NEPTUNE_GRAPH_SEPARATE_COMPILATION defined. It defines the codec,
// validation and binding entry points for every shape, operation and error of
// the service (service/entry_points.hpp), which the headers then only declare:
// every other TU is spared their code generation and most of their parsing.
//
// Boost.JSON still has to be compiled once, as in header-only use (link
// Boost::json, or include <boost/json/src.hpp> in one source file).
#ifndef NEPTUNE_GRAPH_SRC_HPP
#define NEPTUNE_GRAPH_SRC_HPP

#include <neptune_graph/http/make_request.hpp>
#include <neptune_graph/http/make_response.hpp>
#include <neptune_graph/http/parse_response.hpp>
#include <neptune_graph/http/route.hpp>
#include <neptune_graph/json/decode.hpp>
#include <neptune_graph/json/encode.hpp>
#include <neptune_graph/service/constraints.hpp>
#include <neptune_graph/service/entry_points.hpp>
#include <neptune_graph/validate/validate.hpp>

#define NEPTUNE_GRAPH_DETAIL_DEFINE_SHAPE(T) NEPTUNE_GRAPH_DETAIL_SHAPE_ENTRY_POINTS(, T)
#define NEPTUNE_GRAPH_DETAIL_DEFINE_OPERATION(Op) NEPTUNE_GRAPH_DETAIL_OPERATION_ENTRY_POINTS(, Op)
#define NEPTUNE_GRAPH_DETAIL_DEFINE_ERROR(E) NEPTUNE_GRAPH_DETAIL_ERROR_ENTRY_POINTS(, E)

namespace neptune_graph {

NEPTUNE_GRAPH_SERVICE_SHAPES(NEPTUNE_GRAPH_DETAIL_DEFINE_SHAPE)
NEPTUNE_GRAPH_SERVICE_OPERATIONS(NEPTUNE_GRAPH_DETAIL_DEFINE_OPERATION)
NEPTUNE_GRAPH_SERVICE_ERRORS(NEPTUNE_GRAPH_DETAIL_DEFINE_ERROR)
NEPTUNE_GRAPH_DETAIL_ROUTE_ENTRY_POINT()

} // namespace neptune_graph

#undef NEPTUNE_GRAPH_DETAIL_DEFINE_SHAPE
#undef NEPTUNE_GRAPH_DETAIL_DEFINE_OPERATION
#undef NEPTUNE_GRAPH_DETAIL_DEFINE_ERROR

#endif
