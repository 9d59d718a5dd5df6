// Inputs and outputs of the import task operations.
#ifndef NEPTUNE_GRAPH_SERVICE_IMPORT_IO_HPP
#define NEPTUNE_GRAPH_SERVICE_IMPORT_IO_HPP

#include <neptune_graph/model/detail/describe.hpp>
#include <neptune_graph/model/equality.hpp>
#include <neptune_graph/service/enums.hpp>
#include <neptune_graph/service/graph_options.hpp>
#include <neptune_graph/service/import_options.hpp>
#include <neptune_graph/service/import_task.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace neptune_graph {

NEPTUNE_GRAPH_DESCRIBE_BEGIN

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

/// StartImportTask: `POST /graphs/{graphIdentifier}/importtasks`, the rest in the body.
struct StartImportTaskInput
{
    std::optional<ImportOptions> importOptions;
    std::optional<bool> failOnError;                           ///< Stop at the first bad record.
    std::string source;                                        ///< Where the data comes from.
    std::optional<open_enum<Format>> format;
    std::optional<open_enum<ParquetType>> parquetType;
    std::optional<open_enum<BlankNodeHandling>> blankNodeHandling;
    std::string graphIdentifier;                               ///< The graph (URI label).
    std::string roleArn;                                       ///< IAM role that reads the data.
};
BOOST_DESCRIBE_STRUCT(StartImportTaskInput, (),
    (importOptions, failOnError, source, format, parquetType, blankNodeHandling, graphIdentifier,
     roleArn))

/// The task started (201).
struct StartImportTaskOutput : ImportTaskSummary
{
    std::optional<ImportOptions> importOptions;
};
BOOST_DESCRIBE_STRUCT(StartImportTaskOutput, (ImportTaskSummary), (importOptions))

/// CreateGraphUsingImportTask: `POST /importtasks`, all in the body: a new graph and
/// the task that imports into it.
struct CreateGraphUsingImportTaskInput
{
    std::string graphName;                                     ///< 1-63 characters, not `g-...`.
    std::optional<TagMap> tags;
    std::optional<bool> publicConnectivity;
    std::optional<std::string> kmsKeyIdentifier;               ///< KMS key ARN for the graph.
    std::optional<VectorSearchConfiguration> vectorSearchConfiguration;
    std::optional<std::int32_t> replicaCount;                  ///< 0 to 2.
    std::optional<bool> deletionProtection;
    std::optional<ImportOptions> importOptions;
    std::optional<std::int32_t> maxProvisionedMemory;          ///< m-NCUs, 16 to 24576.
    std::optional<std::int32_t> minProvisionedMemory;          ///< m-NCUs, 16 to 24576.
    std::optional<bool> failOnError;
    std::string source;
    std::optional<open_enum<Format>> format;
    std::optional<open_enum<ParquetType>> parquetType;
    std::optional<open_enum<BlankNodeHandling>> blankNodeHandling;
    std::string roleArn;
};
BOOST_DESCRIBE_STRUCT(CreateGraphUsingImportTaskInput, (),
    (graphName, tags, publicConnectivity, kmsKeyIdentifier, vectorSearchConfiguration, replicaCount,
     deletionProtection, importOptions, maxProvisionedMemory, minProvisionedMemory, failOnError,
     source, format, parquetType, blankNodeHandling, roleArn))

/// The task started, with the id of the graph being created (201).
struct CreateGraphUsingImportTaskOutput : ImportTaskSummary
{
    std::optional<ImportOptions> importOptions;
};
BOOST_DESCRIBE_STRUCT(CreateGraphUsingImportTaskOutput, (ImportTaskSummary), (importOptions))

NEPTUNE_GRAPH_DESCRIBE_END

} // namespace neptune_graph

#endif
