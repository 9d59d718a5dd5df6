// The constraints of the import-task model (Smithy traits), as data for validate().
//
// Each constrained scalar shape of the model is named once below, then bound
// to the members that target it; `required{}` marks every member the model
// lists as required. Source: aws-model/neptune-graph-service-2.json.
#ifndef NEPTUNE_GRAPH_SERVICE_CONSTRAINTS_HPP
#define NEPTUNE_GRAPH_SERVICE_CONSTRAINTS_HPP

#include <neptune_graph/service/errors.hpp>
#include <neptune_graph/service/import_options.hpp>
#include <neptune_graph/service/import_task.hpp>
#include <neptune_graph/service/inputs_outputs.hpp>
#include <neptune_graph/validate/constraint.hpp>

#include <tuple>

namespace neptune_graph {

/// The model's constrained scalar shapes, by their Smithy names.
namespace shapes {

inline constexpr char task_id_pattern[] = "t-[a-z0-9]{10}";
inline constexpr char graph_id_pattern[] = "g-[a-z0-9]{10}";
inline constexpr char role_arn_pattern[] =
    R"(arn:aws[^:]*:iam::\d{12}:(role|role/service-role)(/[\w+=,.@-]+)+)";

using TaskId = pattern<task_id_pattern>;
using GraphId = pattern<graph_id_pattern>;
using RoleArn = pattern<role_arn_pattern>;
inline constexpr length PaginationToken{1, 8192};
inline constexpr range MaxResults{1, 100};
inline constexpr length NeptuneImportOptionsS3ExportPathString{1, 1024};
inline constexpr length NeptuneImportOptionsS3ExportKmsKeyIdString{1, 1024};

} // namespace shapes

namespace detail {

// An error shape: `message` is required.
template <class T>
constexpr auto error_rules()
{
    return std::make_tuple(rule(&T::message, required{}));
}

} // namespace detail

template <> struct constraints_of<CancelImportTaskInput>
{
    static constexpr auto rules = std::make_tuple(
        rule(&CancelImportTaskInput::taskIdentifier, required{}, shapes::TaskId{}));
};

template <> struct constraints_of<GetImportTaskInput>
{
    static constexpr auto rules = std::make_tuple(
        rule(&GetImportTaskInput::taskIdentifier, required{}, shapes::TaskId{}));
};

template <> struct constraints_of<ListImportTasksInput>
{
    static constexpr auto rules = std::make_tuple(
        rule(&ListImportTasksInput::nextToken, shapes::PaginationToken),
        rule(&ListImportTasksInput::maxResults, shapes::MaxResults));
};

template <> struct constraints_of<ListImportTasksOutput>
{
    static constexpr auto rules = std::make_tuple(
        rule(&ListImportTasksOutput::tasks, required{}),
        rule(&ListImportTasksOutput::nextToken, shapes::PaginationToken));
};

// Also the rules of CancelImportTaskOutput and GetImportTaskOutput, which
// share these members through ImportTaskSummary.
template <> struct constraints_of<ImportTaskSummary>
{
    static constexpr auto rules = std::make_tuple(
        rule(&ImportTaskSummary::graphId, shapes::GraphId{}),
        rule(&ImportTaskSummary::taskId, required{}, shapes::TaskId{}),
        rule(&ImportTaskSummary::source, required{}),
        rule(&ImportTaskSummary::roleArn, required{}, shapes::RoleArn{}),
        rule(&ImportTaskSummary::status, required{}));
};

template <> struct constraints_of<ImportTaskDetails>
{
    static constexpr auto rules = std::make_tuple(
        rule(&ImportTaskDetails::status, required{}),
        rule(&ImportTaskDetails::startTime, required{}),
        rule(&ImportTaskDetails::timeElapsedSeconds, required{}),
        rule(&ImportTaskDetails::progressPercentage, required{}),
        rule(&ImportTaskDetails::errorCount, required{}),
        rule(&ImportTaskDetails::statementCount, required{}),
        rule(&ImportTaskDetails::dictionaryEntryCount, required{}));
};

template <> struct constraints_of<NeptuneImportOptions>
{
    static constexpr auto rules = std::make_tuple(
        rule(&NeptuneImportOptions::s3ExportPath, required{},
             shapes::NeptuneImportOptionsS3ExportPathString),
        rule(&NeptuneImportOptions::s3ExportKmsKeyId, required{},
             shapes::NeptuneImportOptionsS3ExportKmsKeyIdString));
};

template <> struct constraints_of<ThrottlingException>
{
    static constexpr auto rules = detail::error_rules<ThrottlingException>();
};
template <> struct constraints_of<ValidationException>
{
    static constexpr auto rules = detail::error_rules<ValidationException>();
};
template <> struct constraints_of<ConflictException>
{
    static constexpr auto rules = detail::error_rules<ConflictException>();
};
template <> struct constraints_of<InternalServerException>
{
    static constexpr auto rules = detail::error_rules<InternalServerException>();
};
template <> struct constraints_of<ResourceNotFoundException>
{
    static constexpr auto rules = detail::error_rules<ResourceNotFoundException>();
};

} // namespace neptune_graph

#endif
