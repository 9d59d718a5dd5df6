// The library's entry points for each shape, operation and error of the
// service, as explicit instantiations: `extern` in every TU built with
// NEPTUNE_GRAPH_SEPARATE_COMPILATION (the umbrellas include this), defined by
// <neptune_graph/src.hpp>.
//
// Declared `extern`, they are never instantiated in a user's TU, even one that
// includes the headers defining the codec (for shapes of its own): the one
// definition, in src.hpp's TU, is made where the service's constraints are seen.
#ifndef NEPTUNE_GRAPH_SERVICE_ENTRY_POINTS_HPP
#define NEPTUNE_GRAPH_SERVICE_ENTRY_POINTS_HPP

#include <neptune_graph/http/fwd.hpp>
#include <neptune_graph/json/fwd.hpp>
#include <neptune_graph/service/operations.hpp>
#include <neptune_graph/service/shapes.hpp>
#include <neptune_graph/validate/fwd.hpp>

#include <string>
#include <string_view>
#include <vector>

// `Extern` is `extern` (a declaration) or nothing (the definition).
#define NEPTUNE_GRAPH_DETAIL_SHAPE_ENTRY_POINTS(Extern, T)                                          \
    Extern template result<void> decode_into<T>(T&, std::string_view, decode_options const&);       \
    Extern template result<T> decode<T>(std::string_view, decode_options const&);                   \
    Extern template result<void> encode_to<T>(std::string&, T const&, encode_options const&);       \
    Extern template result<std::string> encode<T>(T const&, encode_options const&);                 \
    Extern template std::vector<violation> validate<T>(T const&, validate_options const&);

#define NEPTUNE_GRAPH_DETAIL_OPERATION_ENTRY_POINTS(Extern, Op)                                     \
    Extern template result<http_request> make_request<Op>(Op::input const&, encode_options const&); \
    Extern template result<http_response> make_response<Op>(Op::output const&, encode_options const&); \
    Extern template operation_result<Op> parse_response<Op>(int, http_headers const&, std::string_view, \
                                                             decode_options const&);                \
    Extern template operation_result<Op> parse_response<Op>(http_response const&, decode_options const&);

#define NEPTUNE_GRAPH_DETAIL_ERROR_ENTRY_POINTS(Extern, E)                                          \
    Extern template result<http_response> make_error_response<E>(E const&, encode_options const&);

#define NEPTUNE_GRAPH_DETAIL_ROUTE_ENTRY_POINT(Extern)                                              \
    Extern template route_result<operations> route<operations>(std::string_view, std::string_view,  \
                                                               std::string_view, decode_options const&);

#ifdef NEPTUNE_GRAPH_SEPARATE_COMPILATION

#define NEPTUNE_GRAPH_DETAIL_DECLARE_SHAPE(T) NEPTUNE_GRAPH_DETAIL_SHAPE_ENTRY_POINTS(extern, T)
#define NEPTUNE_GRAPH_DETAIL_DECLARE_OPERATION(Op) NEPTUNE_GRAPH_DETAIL_OPERATION_ENTRY_POINTS(extern, Op)
#define NEPTUNE_GRAPH_DETAIL_DECLARE_ERROR(E) NEPTUNE_GRAPH_DETAIL_ERROR_ENTRY_POINTS(extern, E)

namespace neptune_graph {

NEPTUNE_GRAPH_SERVICE_SHAPES(NEPTUNE_GRAPH_DETAIL_DECLARE_SHAPE)
NEPTUNE_GRAPH_SERVICE_OPERATIONS(NEPTUNE_GRAPH_DETAIL_DECLARE_OPERATION)
NEPTUNE_GRAPH_SERVICE_ERRORS(NEPTUNE_GRAPH_DETAIL_DECLARE_ERROR)
NEPTUNE_GRAPH_DETAIL_ROUTE_ENTRY_POINT(extern)

} // namespace neptune_graph

#undef NEPTUNE_GRAPH_DETAIL_DECLARE_SHAPE
#undef NEPTUNE_GRAPH_DETAIL_DECLARE_OPERATION
#undef NEPTUNE_GRAPH_DETAIL_DECLARE_ERROR

#endif

#endif
