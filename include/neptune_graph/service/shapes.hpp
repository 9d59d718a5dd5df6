// Every shape of the model with its name, for tools and tests that take a shape by name.
#ifndef NEPTUNE_GRAPH_SERVICE_SHAPES_HPP
#define NEPTUNE_GRAPH_SERVICE_SHAPES_HPP

#include <neptune_graph/model/shape_name.hpp>
#include <neptune_graph/service/errors.hpp>
#include <neptune_graph/service/import_options.hpp>
#include <neptune_graph/service/import_task.hpp>
#include <neptune_graph/service/inputs_outputs.hpp>

#include <boost/mp11/list.hpp>

#include <string_view>

namespace neptune_graph {

#define NEPTUNE_GRAPH_SHAPE_NAME(T) \
    template <> struct shape_name<T> { static constexpr std::string_view value = #T; };

NEPTUNE_GRAPH_SHAPE_NAME(CancelImportTaskInput)
NEPTUNE_GRAPH_SHAPE_NAME(CancelImportTaskOutput)
NEPTUNE_GRAPH_SHAPE_NAME(GetImportTaskInput)
NEPTUNE_GRAPH_SHAPE_NAME(GetImportTaskOutput)
NEPTUNE_GRAPH_SHAPE_NAME(ListImportTasksInput)
NEPTUNE_GRAPH_SHAPE_NAME(ListImportTasksOutput)
NEPTUNE_GRAPH_SHAPE_NAME(ImportTaskSummary)
NEPTUNE_GRAPH_SHAPE_NAME(ImportTaskDetails)
NEPTUNE_GRAPH_SHAPE_NAME(ImportOptions)
NEPTUNE_GRAPH_SHAPE_NAME(NeptuneImportOptions)
NEPTUNE_GRAPH_SHAPE_NAME(ThrottlingException)
NEPTUNE_GRAPH_SHAPE_NAME(ValidationException)
NEPTUNE_GRAPH_SHAPE_NAME(ConflictException)
NEPTUNE_GRAPH_SHAPE_NAME(InternalServerException)
NEPTUNE_GRAPH_SHAPE_NAME(ResourceNotFoundException)

#undef NEPTUNE_GRAPH_SHAPE_NAME

/// Every structure and union shape of the model.
using all_shapes = boost::mp11::mp_list<
    CancelImportTaskInput, CancelImportTaskOutput,
    GetImportTaskInput, GetImportTaskOutput,
    ListImportTasksInput, ListImportTasksOutput,
    ImportTaskSummary, ImportTaskDetails, ImportOptions, NeptuneImportOptions,
    ThrottlingException, ValidationException, ConflictException,
    InternalServerException, ResourceNotFoundException>;

} // namespace neptune_graph

#endif
