// Everything the server holds, behind one lock: graphs, import and export tasks, the id counters, the clock.
//
// One method per operation: its input in, its output or one of the model's
// error shapes out. The server's connections share this object; each call
// takes the lock for its whole length and reads the clock under it, so calls
// are ordered, each sees the time after the previous, and none is lost.
#ifndef NEPTUNE_GRAPH_EXAMPLE_SERVER_SERVER_STATE_HPP
#define NEPTUNE_GRAPH_EXAMPLE_SERVER_SERVER_STATE_HPP

#include "export_store.hpp"
#include "graph_store.hpp"
#include "ids.hpp"
#include "import_store.hpp"
#include "state_file.hpp"

#include <neptune_graph/neptune_graph.hpp>

#include <boost/variant2/variant.hpp>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace example {

struct server_options
{
    /// CreateGraphUsingImportTask answers ServiceQuotaExceededException once this many graphs were created.
    std::optional<std::size_t> max_graphs;
};

class server_state
{
    // Defined first: the answers below deduce their types from them.
    /** One request under the lock, at one simulated moment. With a saver, the
        state after it is saved before the answer goes out; if that fails the
        request is undone (the stores and counters as they were) and the answer
        is a 500 InternalServerException. Every answer can be that one. */
    template <class F>
    auto transact(F f)
    {
        std::lock_guard<std::mutex> lock(mutex_);
        sim_time now = clock_();
        if(!saver_)
            return widen(f(now));
        graph_store graphs = graphs_;
        import_store imports = imports_;
        export_store exports = exports_;
        std::uint64_t next_task = next_task_, next_graph = next_graph_;
        auto r = widen(f(now));
        if(auto why = saver_(snapshot_at(now)))
        {
            graphs_ = std::move(graphs);
            imports_ = std::move(imports);
            exports_ = std::move(exports);
            next_task_ = next_task;
            next_graph_ = next_graph;
            r = ng::InternalServerException{"The request was not carried out: cannot save the state: " + *why};
        }
        return r;
    }

    /// An answer's variant, with the 500 a failed save gives added.
    template <class... A>
    static boost::variant2::variant<A..., ng::InternalServerException> widen(boost::variant2::variant<A...>&& v)
    {
        return boost::variant2::visit(
            [](auto&& x) -> boost::variant2::variant<A..., ng::InternalServerException> { return std::move(x); },
            std::move(v));
    }

public:
    /// `clock` gives the simulated time (a sim_clock in the server, a hand-moved one in tests).
    server_state(std::vector<ng::GetImportTaskOutput> seed, std::function<sim_time()> clock, server_options options)
        : imports_(std::move(seed)), clock_(std::move(clock)), options_(options)
    {
        imports_.for_each_graph([&](std::string const& id) { graphs_.add_seeded(id); });
    }

    std::size_t import_task_count()
    {
        std::lock_guard<std::mutex> lock(mutex_);
        return imports_.size();
    }

    /** With a saver (--state), every answer is saved before it is given: the
        state after the request, at the simulated moment the request read. If
        the saver fails, the request is undone and answered with a 500
        InternalServerException. */
    void save_with(std::function<std::optional<std::string>(state_file const&)> saver)
    {
        std::lock_guard<std::mutex> lock(mutex_);
        saver_ = std::move(saver);
    }

    /// The state to save, at the simulated moment `now`.
    state_file snapshot(sim_time now)
    {
        std::lock_guard<std::mutex> lock(mutex_);
        return snapshot_at(now);
    }

    /** Puts back what a state file holds, on top of the seed: refused, with the
        JSON path of the first offence, if it breaks an invariant (an id used
        twice or held by the seed, a task on a graph that does not exist, a
        moment after the saved simulated time). Nothing is changed then. */
    ng::result<void> restore(state_file const& s)
    {
        std::lock_guard<std::mutex> lock(mutex_);
        auto fail = [](std::string path, std::string message) {
            return ng::error{ng::errc::invalid_value, std::move(path), 0, std::move(message)};
        };
        graph_store graphs = graphs_;
        import_store imports = imports_;
        export_store exports = exports_;
        auto check_moments = [&](std::string const& at, sim_time started,
                                 std::optional<sim_time> cancelled) -> std::optional<ng::error> {
            if(started > s.simulatedTime)
                return fail(at + ".startedAt", "the task starts after the saved simulatedTime");
            if(cancelled && (*cancelled < started || *cancelled > s.simulatedTime))
                return fail(at + ".cancelledAt", "the cancel is not between startedAt and simulatedTime");
            return std::nullopt;
        };
        for(std::size_t i = 0; i < s.graphs.size(); ++i)
        {
            saved_graph const& g = s.graphs[i];
            std::string at = "$.graphs[" + std::to_string(i) + "].graphId";
            if(g.graphId.size() != 12 || g.graphId.compare(0, 2, "g-") != 0)
                return fail(at, "value '" + g.graphId + "' does not match pattern g-[a-z0-9]{10}");
            if(graphs.contains(g.graphId))
                return fail(at, "graph id '" + g.graphId + "' is used twice");
            graphs.add_created(g.graphId, graph{g.name, g.tags});
        }
        for(std::size_t i = 0; i < s.importTasks.size(); ++i)
        {
            saved_import_task const& t = s.importTasks[i];
            std::string at = "$.importTasks[" + std::to_string(i) + "]";
            if(imports.contains(t.taskId) || exports.contains(t.taskId))
                return fail(at + ".taskId", "task id '" + t.taskId + "' is used twice");
            if(!t.graphId || !graphs.contains(*t.graphId))
                return fail(at + ".graphId", "the task's graph '" + t.graphId.value_or("") + "' does not exist");
            if(auto e = check_moments(at, t.startedAt, t.cancelledAt))
                return *e;
            ng::GetImportTaskOutput task = t;
            imports.restore(std::move(task), plan_import(t.source, t.failOnError, t.startedAt), t.cancelledAt);
        }
        for(std::size_t i = 0; i < s.exportTasks.size(); ++i)
        {
            saved_export_task const& t = s.exportTasks[i];
            std::string at = "$.exportTasks[" + std::to_string(i) + "]";
            if(imports.contains(t.taskId) || exports.contains(t.taskId))
                return fail(at + ".taskId", "task id '" + t.taskId + "' is used twice");
            if(!graphs.contains(t.graphId))
                return fail(at + ".graphId", "the task's graph '" + t.graphId + "' does not exist");
            if(auto e = check_moments(at, t.startedAt, t.cancelledAt))
                return *e;
            ng::GetExportTaskOutput task = t;
            exports.restore(std::move(task), plan_export(t.destination, t.startedAt), t.cancelledAt);
        }
        graphs_ = std::move(graphs);
        imports_ = std::move(imports);
        exports_ = std::move(exports);
        next_task_ = s.nextTaskCounter;
        next_graph_ = s.nextGraphCounter;
        return {};
    }

    auto answer(ng::GetImportTaskInput const& in)
    {
        return transact([&](sim_time now) { return imports_.get(in, now); });
    }

    auto answer(ng::CancelImportTaskInput const& in)
    {
        return transact([&](sim_time now) { return imports_.cancel(in, now); });
    }

    auto answer(ng::ListImportTasksInput const& in)
    {
        return transact([&](sim_time now) { return imports_.list(in, now); });
    }

    auto answer(ng::CreateGraphUsingImportTaskInput const& in)
    {
        using result = boost::variant2::variant<ng::CreateGraphUsingImportTaskOutput, ng::ServiceQuotaExceededException>;
        return transact([&](sim_time now) -> result {
            if(options_.max_graphs && graphs_.created() >= *options_.max_graphs)
            {
                ng::ServiceQuotaExceededException q;
                q.message = "Cannot create graph " + in.graphName + ": the quota of " +
                            std::to_string(*options_.max_graphs) + " graphs is reached";
                q.resourceType = "graph";
                q.serviceCode = "neptune-graph";
                q.quotaCode = "max-graphs";  // the server's --max-graphs, not a real quota code
                return q;
            }
            std::string graph_id = new_graph_id();
            graphs_.add_created(graph_id, graph{in.graphName, in.tags.value_or(ng::TagMap{})});
            ng::GetImportTaskOutput t = start_import(graph_id, in, now);
            ng::CreateGraphUsingImportTaskOutput out = summary_of<ng::CreateGraphUsingImportTaskOutput>(t);
            out.importOptions = t.importOptions;
            return out;
        });
    }

    auto answer(ng::StartImportTaskInput const& in)
    {
        using result =
            boost::variant2::variant<ng::StartImportTaskOutput, ng::ConflictException, ng::ResourceNotFoundException>;
        return transact([&](sim_time now) -> result {
            if(!graphs_.contains(in.graphIdentifier))
                return graph_not_found(in.graphIdentifier);
            if(imports_.has_running_import(in.graphIdentifier, now))
                return ng::ConflictException{
                    "Graph " + in.graphIdentifier + " already has an import task running; wait for it to finish",
                    std::nullopt};
            ng::GetImportTaskOutput t = start_import(in.graphIdentifier, in, now);
            ng::StartImportTaskOutput out = summary_of<ng::StartImportTaskOutput>(t);
            out.importOptions = t.importOptions;
            return out;
        });
    }

    auto answer(ng::StartExportTaskInput const& in)
    {
        using result = boost::variant2::variant<ng::StartExportTaskOutput, ng::ResourceNotFoundException>;
        return transact([&](sim_time now) -> result {
            if(!graphs_.contains(in.graphIdentifier))
                return graph_not_found(in.graphIdentifier);
            ng::GetExportTaskOutput t;
            t.graphId = in.graphIdentifier;
            t.roleArn = in.roleArn;
            t.taskId = new_task_id();
            t.format = in.format;
            t.destination = in.destination;
            t.kmsKeyIdentifier = in.kmsKeyIdentifier;
            t.parquetType = in.parquetType;
            t.exportFilter = in.exportFilter;
            return exports_.start(std::move(t), plan_export(in.destination, now), now);
        });
    }

    auto answer(ng::GetExportTaskInput const& in)
    {
        return transact([&](sim_time now) { return exports_.get(in, now); });
    }

    auto answer(ng::CancelExportTaskInput const& in)
    {
        return transact([&](sim_time now) { return exports_.cancel(in, now); });
    }

    auto answer(ng::ListExportTasksInput const& in)
    {
        using result =
            boost::variant2::variant<ng::ListExportTasksOutput, ng::ValidationException, ng::ResourceNotFoundException>;
        return transact([&](sim_time now) -> result {
            if(in.graphIdentifier && !graphs_.contains(*in.graphIdentifier))
                return graph_not_found(*in.graphIdentifier);
            auto r = exports_.list(in, now);
            if(auto* out = boost::variant2::get_if<ng::ListExportTasksOutput>(&r))
                return std::move(*out);
            return boost::variant2::get<ng::ValidationException>(std::move(r));
        });
    }

private:
    // What CreateGraphUsingImportTask and StartImportTask share: the task they start.
    state_file snapshot_at(sim_time now) const
    {
        state_file s;
        s.simulatedTime = now;
        s.nextTaskCounter = next_task_;
        s.nextGraphCounter = next_graph_;
        graphs_.for_each_created(
            [&](std::string const& id, graph const& g) { s.graphs.push_back(saved_graph{id, g.name, g.tags}); });
        imports_.for_each_started(
            [&](ng::GetImportTaskOutput const& t, import_plan const& p, std::optional<sim_time> cancelled_at) {
                saved_import_task x;
                static_cast<ng::GetImportTaskOutput&>(x) = t;
                x.failOnError = p.fail_on_error;
                x.startedAt = p.run.start;
                x.cancelledAt = cancelled_at;
                s.importTasks.push_back(std::move(x));
            });
        exports_.for_each(now, [&](ng::GetExportTaskOutput const& t, export_plan const& p,
                                   std::optional<sim_time> cancelled_at) {
            saved_export_task x;
            static_cast<ng::GetExportTaskOutput&>(x) = t;
            x.exportTaskDetails.reset();  // computed from the plan
            x.statusReason.reset();
            x.startedAt = p.run.start;
            x.cancelledAt = cancelled_at;
            s.exportTasks.push_back(std::move(x));
        });
        return s;
    }

    template <class Input>
    ng::GetImportTaskOutput start_import(std::string const& graph_id, Input const& in, sim_time now)
    {
        ng::GetImportTaskOutput t;
        t.graphId = graph_id;
        t.taskId = new_task_id();
        t.source = in.source;
        t.format = in.format;
        t.parquetType = in.parquetType;
        t.roleArn = in.roleArn;
        t.status = ng::ImportTaskStatus::INITIALIZING;
        t.importOptions = in.importOptions;
        t.attemptNumber = 1;
        imports_.start(t, plan_import(in.source, in.failOnError.value_or(false), now));
        return t;
    }

    // Ids from counters, skipping any the seed holds: the same requests give the same ids.
    std::string new_task_id()
    {
        std::string id;
        do
            id = make_id('t', next_task_++);
        while(imports_.contains(id) || exports_.contains(id));
        return id;
    }

    std::string new_graph_id()
    {
        std::string id;
        do
            id = make_id('g', next_graph_++);
        while(graphs_.contains(id));
        return id;
    }

    static ng::ResourceNotFoundException graph_not_found(std::string const& id)
    {
        return {"Graph " + id + " not found"};
    }

    std::mutex mutex_;
    graph_store graphs_;
    import_store imports_;
    export_store exports_;
    std::function<sim_time()> clock_;
    server_options options_;
    std::uint64_t next_task_ = 0;
    std::uint64_t next_graph_ = 0;
    std::function<std::optional<std::string>(state_file const&)> saver_;
};

} // namespace example

#endif
