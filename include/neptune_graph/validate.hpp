// Validation: the generic validator with the service's constraints, and the
// ValidationException of a violation list.
#ifndef NEPTUNE_GRAPH_VALIDATE_HPP
#define NEPTUNE_GRAPH_VALIDATE_HPP

#include <neptune_graph/service/constraints.hpp>
#include <neptune_graph/service/validation_exception.hpp>
#include <neptune_graph/validate/constraint.hpp>
#include <neptune_graph/validate/error.hpp>
#include <neptune_graph/validate/options.hpp>
#include <neptune_graph/validate/validate.hpp>

#endif
