// The import-task model: every shape, enum and union of the three operations.
#ifndef NEPTUNE_GRAPH_MODEL_HPP
#define NEPTUNE_GRAPH_MODEL_HPP

#include <neptune_graph/model/constraints.hpp>
#include <neptune_graph/model/enums.hpp>
#include <neptune_graph/model/errors.hpp>
#include <neptune_graph/model/import_options.hpp>
#include <neptune_graph/model/import_task.hpp>
#include <neptune_graph/model/open_enum.hpp>
#include <neptune_graph/model/operations.hpp>
#include <neptune_graph/model/shapes.hpp>
#include <neptune_graph/model/tagged_union.hpp>
#include <neptune_graph/model/timestamp.hpp>

#endif
