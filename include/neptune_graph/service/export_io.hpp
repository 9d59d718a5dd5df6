// Inputs and outputs of the export task operations.
#ifndef NEPTUNE_GRAPH_SERVICE_EXPORT_IO_HPP
#define NEPTUNE_GRAPH_SERVICE_EXPORT_IO_HPP

#include <neptune_graph/model/detail/describe.hpp>
#include <neptune_graph/model/equality.hpp>
#include <neptune_graph/model/open_enum.hpp>
#include <neptune_graph/service/enums.hpp>
#include <neptune_graph/service/export_task.hpp>
#include <neptune_graph/service/graph_options.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace neptune_graph {

NEPTUNE_GRAPH_DESCRIBE_BEGIN

/// StartExportTask: `POST /exporttasks`, all in the body.
struct StartExportTaskInput
{
    std::string graphIdentifier;                        ///< The graph to export.
    std::string roleArn;                                ///< IAM role that writes the data.
    open_enum<ExportFormat> format;
    std::string destination;                            ///< S3 path, 1-1024 characters.
    std::string kmsKeyIdentifier;                       ///< KMS key ARN that encrypts the data.
    std::optional<open_enum<ParquetType>> parquetType;
    std::optional<ExportFilter> exportFilter;           ///< What to export; everything if absent.
    std::optional<TagMap> tags;
};
BOOST_DESCRIBE_STRUCT(StartExportTaskInput, (),
    (graphIdentifier, roleArn, format, destination, kmsKeyIdentifier, parquetType, exportFilter, tags))

/// The task started (201).
struct StartExportTaskOutput : ExportTaskSummary
{
    std::optional<ExportFilter> exportFilter;
};
BOOST_DESCRIBE_STRUCT(StartExportTaskOutput, (ExportTaskSummary), (exportFilter))

/// GetExportTask: `GET /exporttasks/{taskIdentifier}`.
struct GetExportTaskInput
{
    std::string taskIdentifier;  ///< The task to read (URI label).
};
BOOST_DESCRIBE_STRUCT(GetExportTaskInput, (), (taskIdentifier))

/// The task's summary, then what only GetExportTask tells.
struct GetExportTaskOutput : ExportTaskSummary
{
    std::optional<ExportTaskDetails> exportTaskDetails;
    std::optional<ExportFilter> exportFilter;
};
BOOST_DESCRIBE_STRUCT(GetExportTaskOutput, (ExportTaskSummary), (exportTaskDetails, exportFilter))

/// CancelExportTask: `DELETE /exporttasks/{taskIdentifier}`.
struct CancelExportTaskInput
{
    std::string taskIdentifier;  ///< The task to cancel (URI label).
};
BOOST_DESCRIBE_STRUCT(CancelExportTaskInput, (), (taskIdentifier))

/// The task as it stands once the cancel is accepted (`status` CANCELLING).
struct CancelExportTaskOutput : ExportTaskSummary
{
};
BOOST_DESCRIBE_STRUCT(CancelExportTaskOutput, (ExportTaskSummary), ())

/// ListExportTasks: `GET /exporttasks?graphIdentifier=&nextToken=&maxResults=`.
struct ListExportTasksInput
{
    std::optional<std::string> graphIdentifier;  ///< Only this graph's tasks (query).
    std::optional<std::string> nextToken;        ///< Where the previous page ended (query).
    std::optional<std::int32_t> maxResults;      ///< Page size, 1 to 100 (query).
};
BOOST_DESCRIBE_STRUCT(ListExportTasksInput, (), (graphIdentifier, nextToken, maxResults))

struct ListExportTasksOutput
{
    std::vector<ExportTaskSummary> tasks;  ///< This page of tasks.
    std::optional<std::string> nextToken;  ///< Present when more pages follow.
};
BOOST_DESCRIBE_STRUCT(ListExportTasksOutput, (), (tasks, nextToken))

NEPTUNE_GRAPH_DESCRIBE_END

} // namespace neptune_graph

#endif
