// constraints_of, declared. A service declares which of its shapes have rules
// (`template <> struct constraints_of<S>;`) beside the shapes, and defines the
// rules where the pattern engine is included: a TU that validates such a shape
// without the rules in sight fails to compile instead of skipping them.
#ifndef NEPTUNE_GRAPH_VALIDATE_CONSTRAINTS_OF_HPP
#define NEPTUNE_GRAPH_VALIDATE_CONSTRAINTS_OF_HPP

namespace neptune_graph {

/// The rules of the shape `T` (defined in validate/constraint.hpp).
template <class T>
struct constraints_of;

} // namespace neptune_graph

#endif
