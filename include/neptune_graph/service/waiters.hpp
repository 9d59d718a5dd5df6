// The service's waiters (waiters-2.json) and their pure evaluation functions.
#ifndef NEPTUNE_GRAPH_SERVICE_WAITERS_HPP
#define NEPTUNE_GRAPH_SERVICE_WAITERS_HPP

#include <neptune_graph/http/waiter.hpp>
#include <neptune_graph/service/operations.hpp>

#include <boost/mp11/list.hpp>

#include <chrono>
#include <string_view>

namespace neptune_graph {

/** ImportTaskSuccessful: poll GetImportTask until the task SUCCEEDED; fail on
    CANCELLING, CANCELLED, ROLLING_BACK or FAILED; keep polling on any other
    status (DELETED included: the model has no acceptor for it). */
struct ImportTaskSuccessful
{
    static constexpr std::string_view name = "ImportTaskSuccessful";
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
    static constexpr std::string_view name = "ImportTaskCancelled";
    using operation = GetImportTask;
    static constexpr auto path = &GetImportTaskOutput::status;
    static constexpr std::chrono::seconds delay{60};
    static constexpr int max_attempts = 60;
    static constexpr acceptor acceptors[] = {
        {acceptor::path_none_of, {"CANCELLING", "CANCELLED"}, waiter_state::failure},
        {acceptor::path_equals, {"CANCELLED"}, waiter_state::success},
    };
};

/** ExportTaskSuccessful: poll GetExportTask until the task SUCCEEDED; fail on
    CANCELLING, CANCELLED or FAILED; keep polling on any other status. */
struct ExportTaskSuccessful
{
    static constexpr std::string_view name = "ExportTaskSuccessful";
    using operation = GetExportTask;
    static constexpr auto path = &GetExportTaskOutput::status;
    static constexpr std::chrono::seconds delay{60};
    static constexpr int max_attempts = 480;
    static constexpr acceptor acceptors[] = {
        {acceptor::path_equals, {"CANCELLING"}, waiter_state::failure},
        {acceptor::path_equals, {"CANCELLED"}, waiter_state::failure},
        {acceptor::path_equals, {"FAILED"}, waiter_state::failure},
        {acceptor::path_equals, {"SUCCEEDED"}, waiter_state::success},
    };
};

/** ExportTaskCancelled: poll GetExportTask until the task is CANCELLED; fail
    at once on any status other than CANCELLING or CANCELLED. */
struct ExportTaskCancelled
{
    static constexpr std::string_view name = "ExportTaskCancelled";
    using operation = GetExportTask;
    static constexpr auto path = &GetExportTaskOutput::status;
    static constexpr std::chrono::seconds delay{60};
    static constexpr int max_attempts = 60;
    static constexpr acceptor acceptors[] = {
        {acceptor::path_none_of, {"CANCELLING", "CANCELLED"}, waiter_state::failure},
        {acceptor::path_equals, {"CANCELLED"}, waiter_state::success},
    };
};

/// Every waiter of the service.
using waiters = boost::mp11::mp_list<ImportTaskSuccessful, ImportTaskCancelled, ExportTaskSuccessful,
                                     ExportTaskCancelled>;

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

/// ExportTaskSuccessful's verdict on one GetExportTask result.
inline waiter_state export_task_successful(operation_result<GetExportTask> const& r)
{
    return evaluate<ExportTaskSuccessful>(r);
}

/// ExportTaskCancelled's verdict on one GetExportTask result.
inline waiter_state export_task_cancelled(operation_result<GetExportTask> const& r)
{
    return evaluate<ExportTaskCancelled>(r);
}

} // namespace neptune_graph

#endif
