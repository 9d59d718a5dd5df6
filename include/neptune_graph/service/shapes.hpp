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
#include <neptune_graph/validate/constraints_of.hpp>

#include <boost/mp11/list.hpp>

#include <string_view>

namespace neptune_graph {

/** Every structure and union shape of the model, once: `X(Shape)` for each.
    The shape names, `all_shapes` and what <neptune_graph/src.hpp> defines
    for separate compilation all come from this list. */
#define NEPTUNE_GRAPH_SERVICE_SHAPES(X) \
    X(CancelImportTaskInput) X(CancelImportTaskOutput) \
    X(GetImportTaskInput) X(GetImportTaskOutput) \
    X(ListImportTasksInput) X(ListImportTasksOutput) \
    X(ImportTaskSummary) X(ImportTaskDetails) X(ImportOptions) X(NeptuneImportOptions) \
    X(ThrottlingException) X(ValidationException) X(ConflictException) \
    X(InternalServerException) X(ResourceNotFoundException) X(ServiceQuotaExceededException) \
    X(StartImportTaskInput) X(StartImportTaskOutput) \
    X(CreateGraphUsingImportTaskInput) X(CreateGraphUsingImportTaskOutput) X(VectorSearchConfiguration) \
    X(StartExportTaskInput) X(StartExportTaskOutput) \
    X(GetExportTaskInput) X(GetExportTaskOutput) \
    X(CancelExportTaskInput) X(CancelExportTaskOutput) \
    X(ListExportTasksInput) X(ListExportTasksOutput) \
    X(ExportTaskSummary) X(ExportTaskDetails) \
    X(ExportFilter) X(ExportFilterElement) X(ExportFilterPropertyAttributes)

// `, T`: an X-macro list as the arguments of a template after a first one.
#define NEPTUNE_GRAPH_DETAIL_COMMA_THEN(T) , T

#define NEPTUNE_GRAPH_DETAIL_SHAPE_NAME(T) \
    template <> struct shape_name<T> { static constexpr std::string_view value = #T; };

NEPTUNE_GRAPH_SERVICE_SHAPES(NEPTUNE_GRAPH_DETAIL_SHAPE_NAME)

#undef NEPTUNE_GRAPH_DETAIL_SHAPE_NAME

/** The shapes that have rules, once: their `constraints_of` is declared here,
    beside the shapes, and defined in service/constraints.hpp (which checks
    that this list names every shape it gives rules). Validating one of them
    in a TU that does not include the rules is a compile error, not a
    validation that skips them. */
#define NEPTUNE_GRAPH_SERVICE_CONSTRAINED_SHAPES(X) \
    X(CancelImportTaskInput) X(GetImportTaskInput) X(ListImportTasksInput) X(ListImportTasksOutput) \
    X(ImportTaskSummary) X(ImportTaskDetails) X(NeptuneImportOptions) X(StartImportTaskInput) \
    X(CreateGraphUsingImportTaskInput) X(VectorSearchConfiguration) X(StartExportTaskInput) X(GetExportTaskInput) \
    X(CancelExportTaskInput) X(ListExportTasksInput) X(ListExportTasksOutput) X(ExportTaskSummary) \
    X(ExportTaskDetails) X(ExportFilter) X(ExportFilterElement) X(ExportFilterPropertyAttributes) \
    X(ServiceQuotaExceededException) X(ThrottlingException) X(ValidationException) X(ConflictException) \
    X(InternalServerException) X(ResourceNotFoundException)

#define NEPTUNE_GRAPH_DETAIL_DECLARE_CONSTRAINTS(T) template <> struct constraints_of<T>;

NEPTUNE_GRAPH_SERVICE_CONSTRAINED_SHAPES(NEPTUNE_GRAPH_DETAIL_DECLARE_CONSTRAINTS)

#undef NEPTUNE_GRAPH_DETAIL_DECLARE_CONSTRAINTS

/// Every structure and union shape of the model.
using all_shapes =
    boost::mp11::mp_pop_front<boost::mp11::mp_list<void NEPTUNE_GRAPH_SERVICE_SHAPES(NEPTUNE_GRAPH_DETAIL_COMMA_THEN)>>;

} // namespace neptune_graph

#endif
