// The service's model: every shape, enum and union of its operations, without
// constraints (those are in <neptune_graph/validate.hpp>) or HTTP bindings.
#ifndef NEPTUNE_GRAPH_MODEL_HPP
#define NEPTUNE_GRAPH_MODEL_HPP

#include <neptune_graph/model/open_enum.hpp>
#include <neptune_graph/model/tagged_union.hpp>
#include <neptune_graph/model/timestamp.hpp>
#include <neptune_graph/service/enums.hpp>
#include <neptune_graph/service/errors.hpp>
#include <neptune_graph/service/import_options.hpp>
#include <neptune_graph/service/import_task.hpp>
#include <neptune_graph/service/import_io.hpp>
#include <neptune_graph/service/shapes.hpp>

#endif
