// The model's two import-task waiters (waiters-2.json) and their pure evaluation functions.
#ifndef NEPTUNE_GRAPH_SERVICE_WAITERS_HPP
#define NEPTUNE_GRAPH_SERVICE_WAITERS_HPP

#include <neptune_graph/http/waiter.hpp>
#include <neptune_graph/service/operations.hpp>

#include <chrono>

namespace neptune_graph {

/** ImportTaskSuccessful: poll GetImportTask until the task SUCCEEDED; fail on
    CANCELLING, CANCELLED, ROLLING_BACK or FAILED; keep polling on any other
    status (DELETED included: the model has no acceptor for it). */
struct ImportTaskSuccessful
{
    using operation = GetImportTask;
    static constexpr auto path = &GetImportTaskOutput::status;
    static constexpr std::chrono::seconds delay{60};
    static constexpr int max_attempts = 480;
    static constexpr acceptor acceptors[] = {
        {acceptor::path_equals, {"CANCELLING"}, waiter_state::failure},
        {acceptor::path_equals, {"CANCELLED"}, waiter_state::failure},
        {acceptor::path_equals, {"ROLLING_BACK"}, waiter_state::failure},
        {acceptor::path_equals, {"FAILED"}, waiter_state::failure},
        {acceptor::path_equals, {"SUCCEEDED"}, waiter_state::success},
    };
};

/** ImportTaskCancelled: poll GetImportTask until the task is CANCELLED; fail
    at once on any status other than CANCELLING or CANCELLED. */
struct ImportTaskCancelled
{
    using operation = GetImportTask;
    static constexpr auto path = &GetImportTaskOutput::status;
    static constexpr std::chrono::seconds delay{60};
    static constexpr int max_attempts = 60;
    static constexpr acceptor acceptors[] = {
        {acceptor::path_none_of, {"CANCELLING", "CANCELLED"}, waiter_state::failure},
        {acceptor::path_equals, {"CANCELLED"}, waiter_state::success},
    };
};

/// ImportTaskSuccessful's verdict on one GetImportTask result.
inline waiter_state import_task_successful(operation_result<GetImportTask> const& r)
{
    return evaluate<ImportTaskSuccessful>(r);
}

/// ImportTaskCancelled's verdict on one GetImportTask result.
inline waiter_state import_task_cancelled(operation_result<GetImportTask> const& r)
{
    return evaluate<ImportTaskCancelled>(r);
}

} // namespace neptune_graph

#endif
