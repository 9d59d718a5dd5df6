// Which error a server answers input with when it cannot accept it: declared per service, as data.
#ifndef NEPTUNE_GRAPH_HTTP_INVALID_INPUT_HPP
#define NEPTUNE_GRAPH_HTTP_INVALID_INPUT_HPP

namespace neptune_graph {

/** How a service answers input that `route` cannot accept, specialized for
    the service's error type beside its operations:
    `static E bad_request(std::string message)` for a value that cannot be
    read as its member's type, and
    `static E constraint_violation(std::vector<error> const&)` for values
    that break the model's constraints. */
template <class ServiceError>
struct invalid_input;

} // namespace neptune_graph

#endif
