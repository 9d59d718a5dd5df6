// What the load client expects of the example server's tasks: the seed, and how each task's status moves.
//
// The rules are the documented ones (docs/example-server.md): a cancel turns an
// active task CANCELLING, and CANCELLED after 2 more GetImportTask polls; the
// seeded t-waitsucc*, t-waitfail* and t-waitcanc* tasks reach SUCCEEDED,
// FAILED and CANCELLED on their 2nd poll. Every task whose status can move is
// owned by one connection, which alone polls and cancels it, so the answers it
// gets follow from its own requests whatever the other connections do.
#ifndef NEPTUNE_GRAPH_LOAD_EXPECTED_TASKS_HPP
#define NEPTUNE_GRAPH_LOAD_EXPECTED_TASKS_HPP

#include <neptune_graph/neptune_graph.hpp>

#include <boost/describe/class.hpp>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace load {

namespace ng = neptune_graph;
using status_t = ng::ImportTaskStatus;

/// The seed file as the server reads it: `{"tasks": [GetImportTaskOutput, ...]}`.
struct seed_file
{
    std::vector<ng::GetImportTaskOutput> tasks;
};
BOOST_DESCRIBE_STRUCT(seed_file, (), (tasks))

inline bool is_active(ng::open_enum<status_t> const& s) noexcept
{
    return s == status_t::INITIALIZING || s == status_t::EXPORTING || s == status_t::ANALYZING_DATA ||
           s == status_t::IMPORTING || s == status_t::REPROVISIONING;
}

/// Where a seeded task moves when polled, if its id says so.
inline std::optional<status_t> scripted_move(std::string_view task_id)
{
    struct script
    {
        std::string_view prefix;
        status_t to;
    };
    static constexpr script scripts[] = {
        {"t-waitsucc", status_t::SUCCEEDED},
        {"t-waitfail", status_t::FAILED},
        {"t-waitcanc", status_t::CANCELLED},
    };
    for(auto const& s : scripts)
        if(task_id.substr(0, s.prefix.size()) == s.prefix)
            return s.to;
    return std::nullopt;
}

/// GetImportTask polls a moving task takes to get where it goes.
constexpr int polls_to_move = 2;

/// What a CancelImportTask of a task gets.
enum class cancel_answer
{
    accepted,    ///< 200, status CANCELLING
    concurrent,  ///< 409 ConflictException, reason CONCURRENT_MODIFICATION
    finished     ///< 409 ConflictException without a reason
};

/// The status a task shows, as one connection that owns it sees it change.
class task_state
{
public:
    explicit task_state(ng::GetImportTaskOutput const& seed) : seed_(&seed), status_(seed.status)
    {
        if(auto to = scripted_move(seed.taskId))
            pending_ = move{polls_to_move, *to};
    }

    ng::GetImportTaskOutput const& seed() const noexcept { return *seed_; }
    ng::open_enum<status_t> const& status() const noexcept { return status_; }

    /// A GetImportTask: the status it must show.
    ng::open_enum<status_t> const& poll()
    {
        if(pending_ && --pending_->polls_left == 0)
        {
            status_ = pending_->to;
            pending_.reset();
        }
        return status_;
    }

    cancel_answer cancel()
    {
        if(is_active(status_))
        {
            status_ = status_t::CANCELLING;
            pending_ = move{polls_to_move, status_t::CANCELLED};
            return cancel_answer::accepted;
        }
        return status_ == status_t::CANCELLING ? cancel_answer::concurrent : cancel_answer::finished;
    }

private:
    struct move
    {
        int polls_left;
        status_t to;
    };
    ng::GetImportTaskOutput const* seed_;
    ng::open_enum<status_t> status_;
    std::optional<move> pending_;
};

/// The seed, sorted by task id (the order of ListImportTasks), split into stable and moving tasks.
class expected_tasks
{
public:
    explicit expected_tasks(std::vector<ng::GetImportTaskOutput> tasks) : tasks_(std::move(tasks))
    {
        std::sort(tasks_.begin(), tasks_.end(),
                  [](auto const& a, auto const& b) { return a.taskId < b.taskId; });
        for(auto const& t : tasks_)
            (moves(t) ? moving_ : stable_).push_back(&t);
    }
    expected_tasks(expected_tasks const&) = delete;  // the lists point into tasks_
    expected_tasks& operator=(expected_tasks const&) = delete;

    /// Every task, in task id order.
    std::vector<ng::GetImportTaskOutput> const& all() const noexcept { return tasks_; }

    /// Tasks whose status no request changes: polled and cancelled by any connection.
    std::vector<ng::GetImportTaskOutput const*> const& stable() const noexcept { return stable_; }

    /// Tasks whose status moves; `connection` of `connections` owns every `connections`-th one.
    std::vector<task_state> owned_by(std::size_t connection, std::size_t connections) const
    {
        std::vector<task_state> owned;
        for(std::size_t i = connection; i < moving_.size(); i += connections)
            owned.emplace_back(*moving_[i]);
        return owned;
    }

    /// The seeded task `id`, or null.
    ng::GetImportTaskOutput const* find(std::string_view id) const
    {
        auto it = std::lower_bound(tasks_.begin(), tasks_.end(), id,
                                   [](auto const& t, std::string_view v) { return t.taskId < v; });
        return it != tasks_.end() && it->taskId == id ? &*it : nullptr;
    }

    /// A status ListImportTasks may show for `task` at any moment of the burst.
    static bool may_show(ng::GetImportTaskOutput const& task, ng::open_enum<status_t> const& status)
    {
        if(status == task.status)
            return true;
        if(!moves(task))
            return false;
        if(status == status_t::CANCELLING || status == status_t::CANCELLED)
            return is_active(task.status) || task.status == status_t::CANCELLING;
        auto to = scripted_move(task.taskId);
        return to && status == *to;
    }

    static bool moves(ng::GetImportTaskOutput const& t) { return is_active(t.status) || scripted_move(t.taskId); }

private:
    std::vector<ng::GetImportTaskOutput> tasks_;
    std::vector<ng::GetImportTaskOutput const*> stable_;
    std::vector<ng::GetImportTaskOutput const*> moving_;
};

} // namespace load

#endif
