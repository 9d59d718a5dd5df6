// Validation: constraints as data, validate(), and the ValidationException of a violation list.
#ifndef NEPTUNE_GRAPH_VALIDATE_HPP
#define NEPTUNE_GRAPH_VALIDATE_HPP

#include <neptune_graph/model/constraints.hpp>
#include <neptune_graph/validate/constraint.hpp>
#include <neptune_graph/validate/error.hpp>
#include <neptune_graph/validate/options.hpp>
#include <neptune_graph/validate/validate.hpp>
#include <neptune_graph/validate/validation_exception.hpp>

#endif
