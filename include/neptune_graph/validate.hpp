// Validation: the generic validator with the service's constraints, and the
// ValidationException of a violation list.
//
// With NEPTUNE_GRAPH_SEPARATE_COMPILATION defined, validate() is only declared
// here (validate/fwd.hpp), and neither the constraints nor the pattern engine
// are parsed: <neptune_graph/src.hpp> defines it for the service's shapes.
#ifndef NEPTUNE_GRAPH_VALIDATE_HPP
#define NEPTUNE_GRAPH_VALIDATE_HPP

#include <neptune_graph/service/validation_exception.hpp>
#include <neptune_graph/validate/error.hpp>
#include <neptune_graph/validate/fwd.hpp>
#include <neptune_graph/validate/options.hpp>
#include <neptune_graph/validate/violation.hpp>

#ifdef NEPTUNE_GRAPH_SEPARATE_COMPILATION
#include <neptune_graph/service/entry_points.hpp>
#else
#include <neptune_graph/service/constraints.hpp>
#include <neptune_graph/validate/constraint.hpp>
#include <neptune_graph/validate/validate.hpp>
#endif

#endif
