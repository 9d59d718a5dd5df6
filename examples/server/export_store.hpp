// The export tasks, moved along by the clock.
//
// Nothing here knows about HTTP or reads a clock; the caller (server_state.hpp) holds the lock.
#ifndef NEPTUNE_GRAPH_EXAMPLE_SERVER_EXPORT_STORE_HPP
#define NEPTUNE_GRAPH_EXAMPLE_SERVER_EXPORT_STORE_HPP

#include "export_lifecycle.hpp"
#include "page_token.hpp"

#include <neptune_graph/neptune_graph.hpp>

#include <boost/variant2/variant.hpp>

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <utility>

namespace example {

class export_store
{
public:
    /// Page size of ListExportTasks when the request gives no maxResults.
    static constexpr std::int32_t default_page_size = 10;

    bool contains(std::string const& id) const { return tasks_.count(id) != 0; }

    /// Starts a task; `task` holds what does not change.
    ng::StartExportTaskOutput start(ng::GetExportTaskOutput task, export_plan plan, sim_time now)
    {
        entry e{std::move(task), std::move(plan), std::nullopt};
        ng::GetExportTaskOutput t = view(e, now);
        tasks_.emplace(t.taskId, std::move(e));
        ng::StartExportTaskOutput out;
        static_cast<ng::ExportTaskSummary&>(out) = t;
        out.exportFilter = t.exportFilter;
        return out;
    }

    /// Every task, in task id order: what the state file keeps of each (`task` as seen at `now`).
    template <class F>
    void for_each(sim_time now, F f) const
    {
        for(auto const& [id, e] : tasks_)
            f(view(e, now), e.plan, e.cancelled_at);
    }

    /// Puts back a task read from the state file, cancel included.
    void restore(ng::GetExportTaskOutput task, export_plan plan, std::optional<sim_time> cancelled_at)
    {
        std::string id = task.taskId;
        tasks_.emplace(std::move(id), entry{std::move(task), std::move(plan), cancelled_at});
    }

    boost::variant2::variant<ng::GetExportTaskOutput, ng::ResourceNotFoundException>
    get(ng::GetExportTaskInput const& in, sim_time now) const
    {
        auto it = tasks_.find(in.taskIdentifier);
        if(it == tasks_.end())
            return not_found(in.taskIdentifier);
        return view(it->second, now);
    }

    /** CancelExportTask: an INITIALIZING or EXPORTING task becomes CANCELLING,
        then CANCELLED `cancel_seconds` of simulated time later. A task being
        cancelled already is a ConflictException with reason
        CONCURRENT_MODIFICATION; a finished one, a ConflictException without. */
    boost::variant2::variant<ng::CancelExportTaskOutput, ng::ConflictException, ng::ResourceNotFoundException>
    cancel(ng::CancelExportTaskInput const& in, sim_time now)
    {
        auto it = tasks_.find(in.taskIdentifier);
        if(it == tasks_.end())
            return not_found(in.taskIdentifier);
        entry& e = it->second;
        ng::GetExportTaskOutput current = view(e, now);
        using S = ng::ExportTaskStatus;
        auto status = current.status.value();
        if(status == S::INITIALIZING || status == S::EXPORTING)
        {
            e.cancelled_at = now;
            ng::CancelExportTaskOutput out;
            static_cast<ng::ExportTaskSummary&>(out) = view(e, now);
            return out;
        }
        ng::ConflictException c;
        if(status == S::CANCELLING)
        {
            c.message = "Export task " + in.taskIdentifier + " is already being cancelled";
            c.reason = ng::ConflictExceptionReason::CONCURRENT_MODIFICATION;
        }
        else
            c.message = "Export task " + in.taskIdentifier + " cannot be cancelled: its status is " +
                        std::string(current.status.str()) + "; only INITIALIZING and EXPORTING tasks can be cancelled";
        return c;
    }

    /// ListExportTasks: the tasks (of one graph, if the request names it) in task id order.
    boost::variant2::variant<ng::ListExportTasksOutput, ng::ValidationException>
    list(ng::ListExportTasksInput const& in, sim_time now) const
    {
        ng::ListExportTasksOutput out;
        auto page_size = static_cast<std::size_t>(in.maxResults.value_or(default_page_size));
        auto keep = [&](entry const& e) { return !in.graphIdentifier || e.task.graphId == *in.graphIdentifier; };
        auto summarize = [&](entry const& e) { return static_cast<ng::ExportTaskSummary>(view(e, now)); };
        if(!fill_page(tasks_, in.nextToken, page_size, out, keep, summarize))
            return bad_token("ListExportTasks");
        return out;
    }

private:
    struct entry
    {
        ng::GetExportTaskOutput task;
        export_plan plan;
        std::optional<sim_time> cancelled_at;
    };

    static ng::GetExportTaskOutput view(entry const& e, sim_time now)
    {
        ng::GetExportTaskOutput t = e.task;
        export_view v = export_at(e.plan, e.cancelled_at, now);
        t.status = v.status;
        t.exportTaskDetails = std::move(v.details);
        t.statusReason = std::move(v.status_reason);
        return t;
    }

    static ng::ResourceNotFoundException not_found(std::string const& id)
    {
        return {"Export task " + id + " not found"};
    }

    std::map<std::string, entry, std::less<>> tasks_;  // ordered: the pages' order
};

} // namespace example

#endif
