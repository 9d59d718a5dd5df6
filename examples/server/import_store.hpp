// The import tasks: seeded ones, moved along as they are polled, and started ones, moved along by the clock.
//
// Nothing here knows about HTTP or reads a clock: each operation takes its
// input and the simulated time, and gives back its output or one of the
// model's error shapes. The caller (server_state.hpp) holds the lock.
#ifndef NEPTUNE_GRAPH_EXAMPLE_SERVER_IMPORT_STORE_HPP
#define NEPTUNE_GRAPH_EXAMPLE_SERVER_IMPORT_STORE_HPP

#include "import_lifecycle.hpp"
#include "page_token.hpp"

#include <neptune_graph/neptune_graph.hpp>

#include <boost/variant2/variant.hpp>

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace example {

/// The fields an import task shares with `ImportTaskSummary` and the Cancel/Start outputs.
template <class Summary>
Summary summary_of(ng::GetImportTaskOutput const& t)
{
    Summary s;
    static_cast<ng::ImportTaskSummary&>(s) = {t.graphId, t.taskId, t.source, t.format, t.parquetType, t.roleArn,
                                              t.status};
    return s;
}

class import_store
{
public:
    /// Page size of ListImportTasks when the request gives no maxResults.
    static constexpr std::int32_t default_page_size = 10;

    /// How many GetImportTask calls a seeded task that moves along takes to get there.
    static constexpr int polls_to_move = 2;

    explicit import_store(std::vector<ng::GetImportTaskOutput> seed)
    {
        for(auto& t : seed)
        {
            entry e;
            e.task = std::move(t);
            // Seeded tasks that move along when polled, so that waiters can be tested.
            for(auto const& s : scripts)
                if(e.task.taskId.compare(0, s.prefix.size(), s.prefix) == 0)
                    e.pending = move_along{polls_to_move, s.to};
            std::string id = e.task.taskId;
            tasks_.emplace(std::move(id), std::move(e));
        }
    }

    std::size_t size() const noexcept { return tasks_.size(); }
    bool contains(std::string const& id) const { return tasks_.count(id) != 0; }

    template <class F>
    void for_each_graph(F f) const
    {
        for(auto const& [id, e] : tasks_)
            if(e.task.graphId)
                f(*e.task.graphId);
    }

    /// Starts a task whose status the clock drives; `task` holds what does not change.
    void start(ng::GetImportTaskOutput task, import_plan plan)
    {
        entry e;
        e.task = std::move(task);
        e.plan = std::move(plan);
        std::string id = e.task.taskId;
        tasks_.emplace(std::move(id), std::move(e));
    }

    /// The started tasks (not the seeded ones), in task id order: what the state file keeps of each.
    template <class F>
    void for_each_started(F f) const
    {
        for(auto const& [id, e] : tasks_)
            if(e.plan)
                f(e.task, *e.plan, e.cancelled_at);
    }

    /// Puts back a started task read from the state file, cancel included.
    void restore(ng::GetImportTaskOutput task, import_plan plan, std::optional<sim_time> cancelled_at)
    {
        entry e;
        e.task = std::move(task);
        e.plan = std::move(plan);
        e.cancelled_at = cancelled_at;
        std::string id = e.task.taskId;
        tasks_.emplace(std::move(id), std::move(e));
    }

    /// Whether the graph has an import that is not over (CANCELLING included: it still holds the graph).
    bool has_running_import(std::string const& graph_id, sim_time now) const
    {
        for(auto const& [id, e] : tasks_)
            if(e.task.graphId == graph_id)
            {
                auto s = view(e, now).status.value();
                if(s && (is_active(*s) || *s == ng::ImportTaskStatus::CANCELLING))
                    return true;
            }
        return false;
    }

    /// GetImportTask. For a seeded task each call is a poll: one that moves along takes a step.
    boost::variant2::variant<ng::GetImportTaskOutput, ng::ResourceNotFoundException>
    get(ng::GetImportTaskInput const& in, sim_time now)
    {
        auto it = tasks_.find(in.taskIdentifier);
        if(it == tasks_.end())
            return not_found(in.taskIdentifier);
        entry& e = it->second;
        if(e.pending && --e.pending->polls_left == 0)
        {
            e.task.status = e.pending->to;
            e.pending.reset();
        }
        return view(e, now);
    }

    /** CancelImportTask. An active task becomes CANCELLING, then CANCELLED:
        a seeded one after `polls_to_move` GetImportTask calls, a started one
        `cancel_seconds` of simulated time later. A task being cancelled
        already is a ConflictException with reason CONCURRENT_MODIFICATION (two
        cancels raced); any other task has finished, which is a
        ConflictException without a reason. */
    boost::variant2::variant<ng::CancelImportTaskOutput, ng::ConflictException, ng::ResourceNotFoundException>
    cancel(ng::CancelImportTaskInput const& in, sim_time now)
    {
        auto it = tasks_.find(in.taskIdentifier);
        if(it == tasks_.end())
            return not_found(in.taskIdentifier);
        entry& e = it->second;
        ng::GetImportTaskOutput current = view(e, now);
        auto status = current.status.value();
        if(status && is_active(*status))
        {
            if(e.plan)
                e.cancelled_at = now;
            else
            {
                e.task.status = ng::ImportTaskStatus::CANCELLING;
                e.pending = move_along{polls_to_move, ng::ImportTaskStatus::CANCELLED};
            }
            return summary_of<ng::CancelImportTaskOutput>(view(e, now));
        }
        ng::ConflictException c;
        if(status == ng::ImportTaskStatus::CANCELLING)
        {
            c.message = "Import task " + in.taskIdentifier + " is already being cancelled";
            c.reason = ng::ConflictExceptionReason::CONCURRENT_MODIFICATION;
        }
        else
            c.message = "Import task " + in.taskIdentifier + " cannot be cancelled: its status is " +
                        std::string(current.status.str()) +
                        "; only INITIALIZING, EXPORTING, ANALYZING_DATA, IMPORTING and REPROVISIONING "
                        "tasks can be cancelled";
        return c;
    }

    /// ListImportTasks: every task, in task id order (see page_token.hpp). Moves nothing.
    boost::variant2::variant<ng::ListImportTasksOutput, ng::ValidationException>
    list(ng::ListImportTasksInput const& in, sim_time now) const
    {
        ng::ListImportTasksOutput out;
        auto page_size = static_cast<std::size_t>(in.maxResults.value_or(default_page_size));
        if(!fill_page(tasks_, in.nextToken, page_size, out, [](entry const&) { return true; },
                      [&](entry const& e) { return summary_of<ng::ImportTaskSummary>(view(e, now)); }))
            return bad_token("ListImportTasks");
        return out;
    }

private:
    struct move_along
    {
        int polls_left;
        ng::ImportTaskStatus to;
    };

    struct entry
    {
        ng::GetImportTaskOutput task;
        std::optional<move_along> pending;  // a seeded task: where it goes when polled
        std::optional<import_plan> plan;    // a started task: the clock drives it
        std::optional<sim_time> cancelled_at;
    };

    // A started task's status, details and reason come from its plan; a seeded task is as it stands.
    static ng::GetImportTaskOutput view(entry const& e, sim_time now)
    {
        if(!e.plan)
            return e.task;
        ng::GetImportTaskOutput t = e.task;
        import_view v = import_at(*e.plan, e.cancelled_at, now);
        t.status = v.status;
        t.importTaskDetails = std::move(v.details);
        t.statusReason = std::move(v.status_reason);
        return t;
    }

    struct script
    {
        std::string_view prefix;
        ng::ImportTaskStatus to;
    };
    static constexpr script scripts[] = {
        {"t-waitsucc", ng::ImportTaskStatus::SUCCEEDED},
        {"t-waitfail", ng::ImportTaskStatus::FAILED},
        {"t-waitcanc", ng::ImportTaskStatus::CANCELLED},
    };

    static bool is_active(ng::ImportTaskStatus s) noexcept
    {
        using S = ng::ImportTaskStatus;
        return s == S::INITIALIZING || s == S::EXPORTING || s == S::ANALYZING_DATA || s == S::IMPORTING ||
               s == S::REPROVISIONING;
    }

    static ng::ResourceNotFoundException not_found(std::string const& id)
    {
        return {"Import task " + id + " not found"};
    }

    std::map<std::string, entry, std::less<>> tasks_;  // ordered: the pages' order
};

} // namespace example

#endif
