// The example server's data: import tasks in memory, seeded from a JSON file, moved along as they are polled.
//
// Nothing here knows about HTTP: each operation takes its input and gives back
// its output or one of the model's error shapes. service.hpp turns those into
// responses. The store is used from one thread (the server's io_context), so
// it has no locks.
#ifndef NEPTUNE_GRAPH_EXAMPLE_SERVER_TASK_STORE_HPP
#define NEPTUNE_GRAPH_EXAMPLE_SERVER_TASK_STORE_HPP

#include <neptune_graph/neptune_graph.hpp>
#include <neptune_graph/validate.hpp>

#include <boost/describe/class.hpp>
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

namespace ng = neptune_graph;

/// The seed file: `{"tasks": [GetImportTaskOutput, ...]}`, read with the library's own decoder.
struct seed_file
{
    std::vector<ng::GetImportTaskOutput> tasks;
};
BOOST_DESCRIBE_STRUCT(seed_file, (), (tasks))

/** Reads a seed file's text: strictly (every required member present, every
    enum value known), then checked against the model's constraints (ids,
    role ARNs, lengths) and for duplicate task ids. An `importOptions` member
    the model does not know is kept as it is: serving it is the point. */
inline ng::result<std::vector<ng::GetImportTaskOutput>> read_seed(std::string_view text)
{
    ng::decode_options strict;
    strict.strict = true;
    auto seed = ng::decode<seed_file>(text, strict);
    if(!seed)
        return seed.error();
    std::vector<ng::violation> violations = ng::validate(*seed);
    if(!violations.empty())
    {
        ng::violation const& v = violations.front();
        return ng::error{v.code, v.path, 0, v.message()};
    }
    std::map<std::string_view, std::size_t> seen;
    for(std::size_t i = 0; i < seed->tasks.size(); ++i)
        if(!seen.emplace(seed->tasks[i].taskId, i).second)
        {
            ng::error e;
            e.code = ng::errc::invalid_value;
            e.path = "$.tasks[" + std::to_string(i) + "].taskId";
            e.message = "task id '" + seed->tasks[i].taskId + "' is used twice";
            return e;
        }
    return std::move(seed->tasks);
}

/// The fields an import task shares with `ImportTaskSummary` and `CancelImportTaskOutput`.
template <class Summary>
Summary summary_of(ng::GetImportTaskOutput const& t)
{
    return {t.graphId, t.taskId, t.source, t.format, t.parquetType, t.roleArn, t.status};
}

class task_store
{
public:
    /// Page size of ListImportTasks when the request gives no maxResults.
    static constexpr std::int32_t default_page_size = 10;

    /// How many GetImportTask calls a task that moves along takes to get there.
    static constexpr int polls_to_move = 2;

    explicit task_store(std::vector<ng::GetImportTaskOutput> tasks)
    {
        for(auto& t : tasks)
        {
            entry e{std::move(t), std::nullopt};
            // Seeded tasks that move along when polled, so that waiters can be tested.
            for(auto const& s : scripts)
                if(e.task.taskId.compare(0, s.prefix.size(), s.prefix) == 0)
                    e.pending = move_along{polls_to_move, s.to};
            std::string id = e.task.taskId;
            tasks_.emplace(std::move(id), std::move(e));
        }
    }

    std::size_t size() const noexcept { return tasks_.size(); }

    /// GetImportTask. Each call is a poll: a task that moves along takes a step.
    boost::variant2::variant<ng::GetImportTaskOutput, ng::ResourceNotFoundException>
    get(ng::GetImportTaskInput const& in)
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
        return e.task;
    }

    /** CancelImportTask. An active task becomes CANCELLING, then CANCELLED
        after `polls_to_move` GetImportTask calls. A task being cancelled
        already is a ConflictException with reason CONCURRENT_MODIFICATION (two
        cancels raced); any other task has finished, which is a
        ConflictException without a reason. */
    boost::variant2::variant<ng::CancelImportTaskOutput, ng::ConflictException, ng::ResourceNotFoundException>
    cancel(ng::CancelImportTaskInput const& in)
    {
        auto it = tasks_.find(in.taskIdentifier);
        if(it == tasks_.end())
            return not_found(in.taskIdentifier);
        entry& e = it->second;
        auto status = e.task.status.value();
        if(status && is_active(*status))
        {
            e.task.status = ng::ImportTaskStatus::CANCELLING;
            e.pending = move_along{polls_to_move, ng::ImportTaskStatus::CANCELLED};
            return summary_of<ng::CancelImportTaskOutput>(e.task);
        }
        ng::ConflictException c;
        if(status == ng::ImportTaskStatus::CANCELLING)
        {
            c.message = "Import task " + in.taskIdentifier + " is already being cancelled";
            c.reason = ng::ConflictExceptionReason::CONCURRENT_MODIFICATION;
        }
        else
            c.message = "Import task " + in.taskIdentifier + " cannot be cancelled: its status is " +
                        std::string(e.task.status.str()) +
                        "; only INITIALIZING, EXPORTING, ANALYZING_DATA, IMPORTING and REPROVISIONING "
                        "tasks can be cancelled";
        return c;
    }

    /** ListImportTasks: tasks in task id order. The token is the last task id
        of the page, base64url-encoded behind a version prefix: opaque to the
        client, stable (the same page always gives the same token), and the
        server keeps no state for it. */
    boost::variant2::variant<ng::ListImportTasksOutput, ng::ValidationException>
    list(ng::ListImportTasksInput const& in) const
    {
        auto it = tasks_.begin();
        if(in.nextToken)
        {
            std::optional<std::string> after = read_token(*in.nextToken);
            if(!after)
            {
                ng::ValidationException v;
                v.message = "Invalid nextToken: pass a nextToken that ListImportTasks returned, unchanged";
                v.reason = ng::ValidationExceptionReason::BAD_REQUEST;
                return v;
            }
            it = tasks_.upper_bound(*after);
        }
        auto const page_size = static_cast<std::size_t>(in.maxResults.value_or(default_page_size));
        ng::ListImportTasksOutput out;
        for(; it != tasks_.end() && out.tasks.size() < page_size; ++it)
            out.tasks.push_back(summary_of<ng::ImportTaskSummary>(it->second.task));
        if(it != tasks_.end())
            out.nextToken = make_token(out.tasks.back().taskId);
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
        std::optional<move_along> pending;  // where the task goes when polled
    };

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

    static constexpr std::string_view token_version = "v1:";
    static constexpr char base64url[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    static std::string make_token(std::string const& last_id)
    {
        std::string plain = std::string(token_version) + last_id;
        std::string token;
        std::uint32_t bits = 0;
        int nbits = 0;
        for(unsigned char c : plain)
        {
            bits = (bits << 8) | c;
            nbits += 8;
            for(; nbits >= 6; nbits -= 6)
                token += base64url[(bits >> (nbits - 6)) & 63];
        }
        if(nbits > 0)
            token += base64url[(bits << (6 - nbits)) & 63];
        return token;
    }

    // The task id a token carries, or nothing if the token is not one of ours.
    static std::optional<std::string> read_token(std::string_view token)
    {
        std::string plain;
        std::uint32_t bits = 0;
        int nbits = 0;
        for(char c : token)
        {
            char const* p = std::char_traits<char>::find(base64url, 64, c);
            if(!p)
                return std::nullopt;
            bits = (bits << 6) | static_cast<std::uint32_t>(p - base64url);
            nbits += 6;
            if(nbits >= 8)
            {
                nbits -= 8;
                plain += static_cast<char>((bits >> nbits) & 0xFF);
            }
        }
        std::string_view v = plain;
        if(v.substr(0, token_version.size()) != token_version)
            return std::nullopt;
        ng::GetImportTaskInput id{std::string(v.substr(token_version.size()))};
        if(!ng::validate(id).empty())  // a task id, as the model writes them
            return std::nullopt;
        return std::move(id.taskIdentifier);
    }

    std::map<std::string, entry, std::less<>> tasks_;  // ordered: the pages' order
};

} // namespace example

#endif
