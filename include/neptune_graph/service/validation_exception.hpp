// A list of violations as the ValidationException a server answers with.
#ifndef NEPTUNE_GRAPH_SERVICE_VALIDATION_EXCEPTION_HPP
#define NEPTUNE_GRAPH_SERVICE_VALIDATION_EXCEPTION_HPP

#include <neptune_graph/error.hpp>
#include <neptune_graph/service/enums.hpp>
#include <neptune_graph/service/errors.hpp>
#include <neptune_graph/validate/detail/messages.hpp>
#include <neptune_graph/validate/error.hpp>

#include <string>
#include <vector>

namespace neptune_graph {

/** The ValidationException (HTTP 400) that reports `violations`, worded as AWS does:

    @code
    1 validation error detected: Value 't-12' at 'taskIdentifier' failed to satisfy
    constraint: Member must satisfy regular expression pattern: t-[a-z0-9]{10}
    @endcode

    N violations give `N validation errors detected: ` and the sentences joined
    by `; `, in the order of the list. Paths are member paths (`tasks[3].taskId`,
    without the `$.`). A missing required member reads `Value null at ...
    Member must not be null`.

    `reason` is `CONSTRAINT_VIOLATION` when every error is a `validation_errc`
    from `validate`. An error of another kind (a label that does not
    percent-decode, say) reads `Invalid value at '<path>': <message>` and makes
    the reason `BAD_REQUEST`: the request was unreadable, not merely out of bounds.
*/
inline ValidationException to_validation_exception(std::vector<error> const& violations)
{
    ValidationException x;
    x.message = std::to_string(violations.size());
    x.message += violations.size() == 1 ? " validation error detected: " : " validation errors detected: ";
    bool unreadable = false;
    for(std::size_t i = 0; i < violations.size(); ++i)
    {
        if(i != 0)
            x.message += "; ";
        detail::append_aws_violation(x.message, violations[i]);
        unreadable = unreadable || violations[i].code.category() != validation_category();
    }
    x.reason = unreadable ? ValidationExceptionReason::BAD_REQUEST
                          : ValidationExceptionReason::CONSTRAINT_VIOLATION;
    return x;
}

} // namespace neptune_graph

#endif
