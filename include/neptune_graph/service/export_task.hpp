// The export task as the service reports it, and the filter that picks what it exports.
#ifndef NEPTUNE_GRAPH_SERVICE_EXPORT_TASK_HPP
#define NEPTUNE_GRAPH_SERVICE_EXPORT_TASK_HPP

#include <neptune_graph/model/detail/describe.hpp>
#include <neptune_graph/model/equality.hpp>
#include <neptune_graph/model/open_enum.hpp>
#include <neptune_graph/model/timestamp.hpp>
#include <neptune_graph/service/enums.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>

namespace neptune_graph {

NEPTUNE_GRAPH_DESCRIBE_BEGIN

/// How one property is exported.
struct ExportFilterPropertyAttributes
{
    std::optional<std::string> outputType;          ///< `Any`, `Int`, `String`, `Double[]`...
    std::optional<std::string> sourcePropertyName;  ///< The property's name in the graph.
    std::optional<open_enum<MultiValueHandlingType>> multiValueHandling;
};
BOOST_DESCRIBE_STRUCT(ExportFilterPropertyAttributes, (),
    (outputType, sourcePropertyName, multiValueHandling))

/// The properties exported for one label, by their output names.
struct ExportFilterElement
{
    std::optional<std::map<std::string, ExportFilterPropertyAttributes>> properties;
};
BOOST_DESCRIBE_STRUCT(ExportFilterElement, (), (properties))

/// What an export writes: vertices and edges by label.
struct ExportFilter
{
    std::optional<std::map<std::string, ExportFilterElement>> vertexFilter;
    std::optional<std::map<std::string, ExportFilterElement>> edgeFilter;
};
BOOST_DESCRIBE_STRUCT(ExportFilter, (), (vertexFilter, edgeFilter))

/// Progress of an export task.
struct ExportTaskDetails
{
    timestamp startTime;                             ///< When the task started.
    std::int64_t timeElapsedSeconds = 0;             ///< Seconds since the task started.
    std::int32_t progressPercentage = 0;             ///< Progress so far, in percent.
    std::optional<std::int64_t> numVerticesWritten;  ///< Vertices written so far.
    std::optional<std::int64_t> numEdgesWritten;     ///< Edges written so far.
};
BOOST_DESCRIBE_STRUCT(ExportTaskDetails, (),
    (startTime, timeElapsedSeconds, progressPercentage, numVerticesWritten, numEdgesWritten))

/// One export task in a ListExportTasks page.
struct ExportTaskSummary
{
    std::string graphId;                               ///< The graph exported.
    std::string roleArn;                               ///< IAM role that writes the data.
    std::string taskId;                                ///< The task (`t-` and 10 characters).
    open_enum<ExportTaskStatus> status;                ///< Status of the task.
    open_enum<ExportFormat> format;                    ///< Format of the data.
    std::string destination;                           ///< Where the data goes (S3).
    std::string kmsKeyIdentifier;                      ///< KMS key that encrypts it.
    std::optional<open_enum<ParquetType>> parquetType; ///< Parquet layout.
    std::optional<std::string> statusReason;           ///< Why the task has its status.
};
BOOST_DESCRIBE_STRUCT(ExportTaskSummary, (),
    (graphId, roleArn, taskId, status, format, destination, kmsKeyIdentifier, parquetType,
     statusReason))

NEPTUNE_GRAPH_DESCRIBE_END

} // namespace neptune_graph

#endif
