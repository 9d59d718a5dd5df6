// Violations as the ValidationException the service answers with.
#ifndef NEPTUNE_GRAPH_SERVICE_VALIDATION_EXCEPTION_HPP
#define NEPTUNE_GRAPH_SERVICE_VALIDATION_EXCEPTION_HPP

#include <neptune_graph/service/enums.hpp>
#include <neptune_graph/service/errors.hpp>
#include <neptune_graph/validate/aws_message.hpp>
#include <neptune_graph/validate/violation.hpp>

#include <vector>

namespace neptune_graph {

/** The ValidationException (HTTP 400) that reports `violations`, worded as AWS does:

    @code
    1 validation error detected: Value 't-12' at 'taskIdentifier' failed to satisfy
    constraint: Member must satisfy regular expression pattern: t-[a-z0-9]{10}
    @endcode

    (see `aws_message`). `reason` is `BAD_REQUEST` when a value could not be
    read at all (`invalid_type`, `union_arity`): the request was unreadable,
    not merely out of bounds; `CONSTRAINT_VIOLATION` otherwise.
*/
inline ValidationException to_validation_exception(std::vector<violation> const& violations)
{
    ValidationException x;
    x.message = aws_message(violations);
    bool unreadable = false;
    for(violation const& v : violations)
        unreadable = unreadable || v.code == validation_errc::invalid_type ||
                     v.code == validation_errc::union_arity;
    x.reason = unreadable ? ValidationExceptionReason::BAD_REQUEST
                          : ValidationExceptionReason::CONSTRAINT_VIOLATION;
    return x;
}

} // namespace neptune_graph

#endif
