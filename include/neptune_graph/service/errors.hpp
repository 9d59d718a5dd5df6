// The modeled errors of the import and export task operations.
#ifndef NEPTUNE_GRAPH_SERVICE_ERRORS_HPP
#define NEPTUNE_GRAPH_SERVICE_ERRORS_HPP

#include <neptune_graph/model/detail/describe.hpp>
#include <neptune_graph/model/equality.hpp>
#include <neptune_graph/service/enums.hpp>

#include <boost/describe/class.hpp>

#include <optional>
#include <string>

namespace neptune_graph {

NEPTUNE_GRAPH_DESCRIBE_BEGIN

/// 429: the request was throttled (retry with throttling backoff).
struct ThrottlingException
{
    std::string message;
};
BOOST_DESCRIBE_STRUCT(ThrottlingException, (), (message))

/// 400: the request did not validate.
struct ValidationException
{
    std::string message;
    std::optional<open_enum<ValidationExceptionReason>> reason;
};
BOOST_DESCRIBE_STRUCT(ValidationException, (), (message, reason))

/// 409: the request conflicts with the task's state.
struct ConflictException
{
    std::string message;
    std::optional<open_enum<ConflictExceptionReason>> reason;
};
BOOST_DESCRIBE_STRUCT(ConflictException, (), (message, reason))

/// 500: the service failed (transient: retry).
struct InternalServerException
{
    std::string message;
};
BOOST_DESCRIBE_STRUCT(InternalServerException, (), (message))

/// 404: the task or graph does not exist.
struct ResourceNotFoundException
{
    std::string message;
};
BOOST_DESCRIBE_STRUCT(ResourceNotFoundException, (), (message))

/// 402: a service quota (graphs per account, say) would be exceeded.
struct ServiceQuotaExceededException
{
    std::string message;
    std::optional<std::string> resourceId;    ///< The resource that would exceed the quota.
    std::optional<std::string> resourceType;  ///< Its type.
    std::optional<std::string> serviceCode;   ///< The service the quota belongs to.
    std::optional<std::string> quotaCode;     ///< The quota.
};
BOOST_DESCRIBE_STRUCT(ServiceQuotaExceededException, (),
    (message, resourceId, resourceType, serviceCode, quotaCode))

NEPTUNE_GRAPH_DESCRIBE_END

} // namespace neptune_graph

#endif
