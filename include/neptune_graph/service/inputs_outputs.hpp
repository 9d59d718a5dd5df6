// Inputs and outputs of CancelImportTask, GetImportTask and ListImportTasks.
#ifndef NEPTUNE_GRAPH_SERVICE_INPUTS_OUTPUTS_HPP
#define NEPTUNE_GRAPH_SERVICE_INPUTS_OUTPUTS_HPP

#include <neptune_graph/model/equality.hpp>
#include <neptune_graph/service/enums.hpp>
#include <neptune_graph/service/import_options.hpp>
#include <neptune_graph/service/import_task.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace neptune_graph {

/// CancelImportTask: `DELETE /importtasks/{taskIdentifier}`.
struct CancelImportTaskInput
{
    std::string taskIdentifier;  ///< The task to cancel (URI label).
};
BOOST_DESCRIBE_STRUCT(CancelImportTaskInput, (), (taskIdentifier))

/// The task as it stands once the cancel is accepted (`status` CANCELLING).
struct CancelImportTaskOutput : ImportTaskSummary
{
};
BOOST_DESCRIBE_STRUCT(CancelImportTaskOutput, (ImportTaskSummary), ())

/// GetImportTask: `GET /importtasks/{taskIdentifier}`.
struct GetImportTaskInput
{
    std::string taskIdentifier;  ///< The task to read (URI label).
};
BOOST_DESCRIBE_STRUCT(GetImportTaskInput, (), (taskIdentifier))

/// The task's summary, then what only GetImportTask tells.
struct GetImportTaskOutput : ImportTaskSummary
{
    std::optional<ImportOptions> importOptions;
    std::optional<ImportTaskDetails> importTaskDetails;
    std::optional<std::int32_t> attemptNumber;  ///< Attempts made to run the task.
    std::optional<std::string> statusReason;    ///< Why the task has its status.
};
BOOST_DESCRIBE_STRUCT(GetImportTaskOutput, (ImportTaskSummary),
    (importOptions, importTaskDetails, attemptNumber, statusReason))

/// ListImportTasks: `GET /importtasks?nextToken=&maxResults=`.
struct ListImportTasksInput
{
    std::optional<std::string> nextToken;     ///< Where the previous page ended (query).
    std::optional<std::int32_t> maxResults;   ///< Page size, 1 to 100 (query).
};
BOOST_DESCRIBE_STRUCT(ListImportTasksInput, (), (nextToken, maxResults))

struct ListImportTasksOutput
{
    std::vector<ImportTaskSummary> tasks;   ///< This page of tasks.
    std::optional<std::string> nextToken;   ///< Present when more pages follow.
};
BOOST_DESCRIBE_STRUCT(ListImportTasksOutput, (), (tasks, nextToken))

} // namespace neptune_graph

#endif
