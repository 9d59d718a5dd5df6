// Every shape of the model with its name, for tools and tests that take a shape by name.
#ifndef NEPTUNE_GRAPH_SERVICE_SHAPES_HPP
#define NEPTUNE_GRAPH_SERVICE_SHAPES_HPP

#include <neptune_graph/model/shape_name.hpp>
#include <neptune_graph/service/errors.hpp>
#include <neptune_graph/service/export_io.hpp>
#include <neptune_graph/service/export_task.hpp>
#include <neptune_graph/service/graph_options.hpp>
#include <neptune_graph/service/import_options.hpp>
#include <neptune_graph/service/import_task.hpp>
#include <neptune_graph/service/import_io.hpp>

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
NEPTUNE_GRAPH_SHAPE_NAME(ServiceQuotaExceededException)
NEPTUNE_GRAPH_SHAPE_NAME(StartImportTaskInput)
NEPTUNE_GRAPH_SHAPE_NAME(StartImportTaskOutput)
NEPTUNE_GRAPH_SHAPE_NAME(CreateGraphUsingImportTaskInput)
NEPTUNE_GRAPH_SHAPE_NAME(CreateGraphUsingImportTaskOutput)
NEPTUNE_GRAPH_SHAPE_NAME(VectorSearchConfiguration)
NEPTUNE_GRAPH_SHAPE_NAME(StartExportTaskInput)
NEPTUNE_GRAPH_SHAPE_NAME(StartExportTaskOutput)
NEPTUNE_GRAPH_SHAPE_NAME(GetExportTaskInput)
NEPTUNE_GRAPH_SHAPE_NAME(GetExportTaskOutput)
NEPTUNE_GRAPH_SHAPE_NAME(CancelExportTaskInput)
NEPTUNE_GRAPH_SHAPE_NAME(CancelExportTaskOutput)
NEPTUNE_GRAPH_SHAPE_NAME(ListExportTasksInput)
NEPTUNE_GRAPH_SHAPE_NAME(ListExportTasksOutput)
NEPTUNE_GRAPH_SHAPE_NAME(ExportTaskSummary)
NEPTUNE_GRAPH_SHAPE_NAME(ExportTaskDetails)
NEPTUNE_GRAPH_SHAPE_NAME(ExportFilter)
NEPTUNE_GRAPH_SHAPE_NAME(ExportFilterElement)
NEPTUNE_GRAPH_SHAPE_NAME(ExportFilterPropertyAttributes)

#undef NEPTUNE_GRAPH_SHAPE_NAME

/// Every structure and union shape of the model.
using all_shapes = boost::mp11::mp_list<
    CancelImportTaskInput, CancelImportTaskOutput,
    GetImportTaskInput, GetImportTaskOutput,
    ListImportTasksInput, ListImportTasksOutput,
    ImportTaskSummary, ImportTaskDetails, ImportOptions, NeptuneImportOptions,
    ThrottlingException, ValidationException, ConflictException,
    InternalServerException, ResourceNotFoundException, ServiceQuotaExceededException,
    StartImportTaskInput, StartImportTaskOutput,
    CreateGraphUsingImportTaskInput, CreateGraphUsingImportTaskOutput, VectorSearchConfiguration,
    StartExportTaskInput, StartExportTaskOutput,
    GetExportTaskInput, GetExportTaskOutput,
    CancelExportTaskInput, CancelExportTaskOutput,
    ListExportTasksInput, ListExportTasksOutput,
    ExportTaskSummary, ExportTaskDetails,
    ExportFilter, ExportFilterElement, ExportFilterPropertyAttributes>;

} // namespace neptune_graph

#endif
