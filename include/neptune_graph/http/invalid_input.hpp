// Which error a server answers input with when it cannot accept it: declared per service, as data.
#ifndef NEPTUNE_GRAPH_HTTP_INVALID_INPUT_HPP
#define NEPTUNE_GRAPH_HTTP_INVALID_INPUT_HPP

namespace neptune_graph {

/** How a service answers input that `route` cannot accept, specialized for
    the service's error type beside its operations:
    `static E answer(std::vector<violation> const&)`, one of the service's
    modeled errors, for the values that could not be read (`invalid_type`,
    `union_arity`) or that break the model's constraints. */
template <class ServiceError>
struct invalid_input;

} // namespace neptune_graph

#endif
