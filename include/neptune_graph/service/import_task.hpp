// The import task as the service reports it: a summary and progress details.
#ifndef NEPTUNE_GRAPH_SERVICE_IMPORT_TASK_HPP
#define NEPTUNE_GRAPH_SERVICE_IMPORT_TASK_HPP

#include <neptune_graph/model/detail/describe.hpp>
#include <neptune_graph/model/equality.hpp>
#include <neptune_graph/model/timestamp.hpp>
#include <neptune_graph/service/enums.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <optional>
#include <string>

namespace neptune_graph {

NEPTUNE_GRAPH_DESCRIBE_BEGIN

/// Progress of an import task.
struct ImportTaskDetails
{
    std::string status;                       ///< Status of the import task (free text).
    timestamp startTime;                      ///< When the task started.
    std::int64_t timeElapsedSeconds = 0;      ///< Seconds since the task started.
    std::int32_t progressPercentage = 0;      ///< Progress so far, in percent.
    std::int32_t errorCount = 0;              ///< Errors encountered so far.
    std::optional<std::string> errorDetails;  ///< Details of those errors.
    std::int64_t statementCount = 0;          ///< Statements in the task.
    std::int64_t dictionaryEntryCount = 0;    ///< Dictionary entries in the task.
};
BOOST_DESCRIBE_STRUCT(ImportTaskDetails, (),
    (status, startTime, timeElapsedSeconds, progressPercentage, errorCount, errorDetails,
     statementCount, dictionaryEntryCount))

/// One import task in a ListImportTasks page.
struct ImportTaskSummary
{
    std::optional<std::string> graphId;            ///< The graph (`g-` and 10 characters).
    std::string taskId;                            ///< The task (`t-` and 10 characters).
    std::string source;                            ///< Where the data comes from.
    std::optional<open_enum<Format>> format;       ///< Format of the data.
    std::optional<open_enum<ParquetType>> parquetType;  ///< Parquet layout.
    std::string roleArn;                           ///< IAM role that reads the data.
    open_enum<ImportTaskStatus> status;            ///< Status of the task.
};
BOOST_DESCRIBE_STRUCT(ImportTaskSummary, (),
    (graphId, taskId, source, format, parquetType, roleArn, status))

NEPTUNE_GRAPH_DESCRIBE_END

} // namespace neptune_graph

#endif
