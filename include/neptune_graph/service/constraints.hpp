// The constraints of the service's shapes (Smithy traits), as data for validate().
//
// Each constrained scalar shape of the model is named once below, then bound
// to the members that target it; `required{}` marks every member the model
// lists as required. Source: aws-model/neptune-graph-service-2.json.
#ifndef NEPTUNE_GRAPH_SERVICE_CONSTRAINTS_HPP
#define NEPTUNE_GRAPH_SERVICE_CONSTRAINTS_HPP

#include <neptune_graph/service/errors.hpp>
#include <neptune_graph/service/export_io.hpp>
#include <neptune_graph/service/export_task.hpp>
#include <neptune_graph/service/graph_options.hpp>
#include <neptune_graph/service/import_io.hpp>
#include <neptune_graph/service/import_options.hpp>
#include <neptune_graph/service/import_task.hpp>
#include <neptune_graph/service/shapes.hpp>
#include <neptune_graph/validate/constraint.hpp>

#include <boost/mp11/algorithm.hpp>
#include <boost/mp11/list.hpp>
#include <boost/mp11/set.hpp>

#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>

namespace neptune_graph {

/// The model's constrained scalar shapes, by their Smithy names.
namespace shapes {

inline constexpr char task_id_pattern[] = "t-[a-z0-9]{10}";
inline constexpr char graph_id_pattern[] = "g-[a-z0-9]{10}";
inline constexpr char role_arn_pattern[] =
    R"(arn:aws[^:]*:iam::\d{12}:(role|role/service-role)(/[\w+=,.@-]+)+)";

inline constexpr char graph_name_pattern[] = "(?!g-)[a-z][a-z0-9]*(-[a-z0-9]+)*";
inline constexpr char tag_key_pattern[] = "[a-zA-Z+-=._:/]+";  // `+-=` is a range, as ECMA-262 reads it
inline constexpr char kms_key_arn_pattern[] =
    "arn:aws[^:]*:kms:[a-zA-Z0-9-]*:[0-9]{12}:key/[a-zA-Z0-9-]{36}";
inline constexpr char export_filter_output_property_name_pattern[] = "[a-zA-Z0-9_]+";
inline constexpr char export_filter_output_data_type_pattern[] =
    R"((Any|Byte|Short|Int|Long|Float|Double|String|Bool|Boolean|Float\[\]|Double\[\]))";

using TaskId = pattern<task_id_pattern>;
using ExportTaskId = pattern<task_id_pattern>;
using GraphId = pattern<graph_id_pattern>;
using GraphIdentifier = pattern<graph_id_pattern>;
using RoleArn = pattern<role_arn_pattern>;
inline constexpr length PaginationToken{1, 8192};
inline constexpr range MaxResults{1, 100};
inline constexpr length NeptuneImportOptionsS3ExportPathString{1, 1024};
inline constexpr length NeptuneImportOptionsS3ExportKmsKeyIdString{1, 1024};

// A shape with two traits is named once per trait.
using GraphNamePattern = pattern<graph_name_pattern>;
inline constexpr length GraphNameLength{1, 63};
inline constexpr length TagMap{0, 50};
using TagKeyPattern = pattern<tag_key_pattern>;
inline constexpr length TagKeyLength{1, 128};
inline constexpr length TagValue{0, 256};
using KmsKeyArnPattern = pattern<kms_key_arn_pattern>;
inline constexpr length KmsKeyArnLength{1, 1024};
inline constexpr range VectorSearchDimension{1, 65536};
inline constexpr range ReplicaCount{0, 2};
inline constexpr range ProvisionedMemory{16, 24576};
// StartExportTaskInputDestinationString and the four output destinations: all the same.
inline constexpr length DestinationString{1, 1024};
inline constexpr length ExportFilterLabel{1, 128};
using ExportFilterOutputPropertyNamePattern = pattern<export_filter_output_property_name_pattern>;
inline constexpr length ExportFilterOutputPropertyNameLength{1, 128};
using ExportFilterOutputDataType = pattern<export_filter_output_data_type_pattern>;
inline constexpr length ExportFilterSourcePropertyName{1, 128};

} // namespace shapes

namespace detail {

// A TagMap member: 0 to 50 entries, each key a TagKey, each value a TagValue.
template <class T>
constexpr auto tag_map_rule(std::optional<TagMap> T::*member)
{
    return rule(member, shapes::TagMap,
                each_key(shapes::TagKeyPattern{}, shapes::TagKeyLength),
                each_value(shapes::TagValue));
}

// An ExportFilterPerLabelMap member: each key an ExportFilterLabel.
constexpr auto per_label_rule(std::optional<std::map<std::string, ExportFilterElement>> ExportFilter::*member)
{
    return rule(member, each_key(shapes::ExportFilterLabel));
}

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

template <> struct constraints_of<StartImportTaskInput>
{
    static constexpr auto rules = std::make_tuple(
        rule(&StartImportTaskInput::source, required{}),
        rule(&StartImportTaskInput::graphIdentifier, required{}, shapes::GraphIdentifier{}),
        rule(&StartImportTaskInput::roleArn, required{}, shapes::RoleArn{}));
};

template <> struct constraints_of<CreateGraphUsingImportTaskInput>
{
    using T = CreateGraphUsingImportTaskInput;
    static constexpr auto rules = std::make_tuple(
        rule(&T::graphName, required{}, shapes::GraphNamePattern{}, shapes::GraphNameLength),
        detail::tag_map_rule(&T::tags),
        rule(&T::kmsKeyIdentifier, shapes::KmsKeyArnPattern{}, shapes::KmsKeyArnLength),
        rule(&T::replicaCount, shapes::ReplicaCount),
        rule(&T::maxProvisionedMemory, shapes::ProvisionedMemory),
        rule(&T::minProvisionedMemory, shapes::ProvisionedMemory),
        rule(&T::source, required{}),
        rule(&T::roleArn, required{}, shapes::RoleArn{}));
};

template <> struct constraints_of<VectorSearchConfiguration>
{
    static constexpr auto rules = std::make_tuple(
        rule(&VectorSearchConfiguration::dimension, required{}, shapes::VectorSearchDimension));
};

template <> struct constraints_of<StartExportTaskInput>
{
    using T = StartExportTaskInput;
    static constexpr auto rules = std::make_tuple(
        rule(&T::graphIdentifier, required{}, shapes::GraphIdentifier{}),
        rule(&T::roleArn, required{}, shapes::RoleArn{}),
        rule(&T::format, required{}),
        rule(&T::destination, required{}, shapes::DestinationString),
        rule(&T::kmsKeyIdentifier, required{}, shapes::KmsKeyArnPattern{}, shapes::KmsKeyArnLength),
        detail::tag_map_rule(&T::tags));
};

template <> struct constraints_of<GetExportTaskInput>
{
    static constexpr auto rules = std::make_tuple(
        rule(&GetExportTaskInput::taskIdentifier, required{}, shapes::ExportTaskId{}));
};

template <> struct constraints_of<CancelExportTaskInput>
{
    static constexpr auto rules = std::make_tuple(
        rule(&CancelExportTaskInput::taskIdentifier, required{}, shapes::ExportTaskId{}));
};

template <> struct constraints_of<ListExportTasksInput>
{
    static constexpr auto rules = std::make_tuple(
        rule(&ListExportTasksInput::graphIdentifier, shapes::GraphIdentifier{}),
        rule(&ListExportTasksInput::nextToken, shapes::PaginationToken),
        rule(&ListExportTasksInput::maxResults, shapes::MaxResults));
};

template <> struct constraints_of<ListExportTasksOutput>
{
    static constexpr auto rules = std::make_tuple(
        rule(&ListExportTasksOutput::tasks, required{}),
        rule(&ListExportTasksOutput::nextToken, shapes::PaginationToken));
};

// Also the rules of StartExportTaskOutput, GetExportTaskOutput and
// CancelExportTaskOutput, which share these members through ExportTaskSummary.
template <> struct constraints_of<ExportTaskSummary>
{
    using T = ExportTaskSummary;
    static constexpr auto rules = std::make_tuple(
        rule(&T::graphId, required{}, shapes::GraphId{}),
        rule(&T::roleArn, required{}, shapes::RoleArn{}),
        rule(&T::taskId, required{}, shapes::ExportTaskId{}),
        rule(&T::status, required{}),
        rule(&T::format, required{}),
        rule(&T::destination, required{}, shapes::DestinationString),
        rule(&T::kmsKeyIdentifier, required{}, shapes::KmsKeyArnPattern{}, shapes::KmsKeyArnLength));
};

template <> struct constraints_of<ExportTaskDetails>
{
    static constexpr auto rules = std::make_tuple(
        rule(&ExportTaskDetails::startTime, required{}),
        rule(&ExportTaskDetails::timeElapsedSeconds, required{}),
        rule(&ExportTaskDetails::progressPercentage, required{}));
};

template <> struct constraints_of<ExportFilter>
{
    static constexpr auto rules = std::make_tuple(detail::per_label_rule(&ExportFilter::vertexFilter),
                                                  detail::per_label_rule(&ExportFilter::edgeFilter));
};

template <> struct constraints_of<ExportFilterElement>
{
    static constexpr auto rules = std::make_tuple(
        rule(&ExportFilterElement::properties,
             each_key(shapes::ExportFilterOutputPropertyNamePattern{},
                      shapes::ExportFilterOutputPropertyNameLength)));
};

template <> struct constraints_of<ExportFilterPropertyAttributes>
{
    static constexpr auto rules = std::make_tuple(
        rule(&ExportFilterPropertyAttributes::outputType, shapes::ExportFilterOutputDataType{}),
        rule(&ExportFilterPropertyAttributes::sourcePropertyName, shapes::ExportFilterSourcePropertyName));
};

template <> struct constraints_of<ServiceQuotaExceededException>
{
    static constexpr auto rules = detail::error_rules<ServiceQuotaExceededException>();
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

namespace detail {

using constrained_shapes = boost::mp11::mp_pop_front<
    boost::mp11::mp_list<void NEPTUNE_GRAPH_SERVICE_CONSTRAINED_SHAPES(NEPTUNE_GRAPH_DETAIL_COMMA_THEN)>>;

// A shape given rules above is declared constrained in service/shapes.hpp.
template <class S>
using rules_declared = boost::mp11::mp_bool<
    std::tuple_size<std::remove_cv_t<decltype(constraints_of<S>::rules)>>::value == 0 ||
    boost::mp11::mp_contains<constrained_shapes, S>::value>;

static_assert(boost::mp11::mp_all_of<all_shapes, rules_declared>::value,
              "a shape has rules but is not in NEPTUNE_GRAPH_SERVICE_CONSTRAINED_SHAPES");

} // namespace detail

} // namespace neptune_graph

#endif
