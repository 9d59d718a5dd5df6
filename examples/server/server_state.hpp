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

    auto answer(ng::GetImportTaskInput const& in)
    {
        std::lock_guard<std::mutex> lock(mutex_);
        return imports_.get(in, clock_());
    }

    auto answer(ng::CancelImportTaskInput const& in)
    {
        std::lock_guard<std::mutex> lock(mutex_);
        return imports_.cancel(in, clock_());
    }

    auto answer(ng::ListImportTasksInput const& in)
    {
        std::lock_guard<std::mutex> lock(mutex_);
        return imports_.list(in, clock_());
    }

    boost::variant2::variant<ng::CreateGraphUsingImportTaskOutput, ng::ServiceQuotaExceededException>
    answer(ng::CreateGraphUsingImportTaskInput const& in)
    {
        std::lock_guard<std::mutex> lock(mutex_);
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
        ng::GetImportTaskOutput t = start_import(graph_id, in);
        ng::CreateGraphUsingImportTaskOutput out = summary_of<ng::CreateGraphUsingImportTaskOutput>(t);
        out.importOptions = t.importOptions;
        return out;
    }

    boost::variant2::variant<ng::StartImportTaskOutput, ng::ConflictException, ng::ResourceNotFoundException>
    answer(ng::StartImportTaskInput const& in)
    {
        std::lock_guard<std::mutex> lock(mutex_);
        if(!graphs_.contains(in.graphIdentifier))
            return graph_not_found(in.graphIdentifier);
        if(imports_.has_running_import(in.graphIdentifier, clock_()))
            return ng::ConflictException{
                "Graph " + in.graphIdentifier + " already has an import task running; wait for it to finish",
                std::nullopt};
        ng::GetImportTaskOutput t = start_import(in.graphIdentifier, in);
        ng::StartImportTaskOutput out = summary_of<ng::StartImportTaskOutput>(t);
        out.importOptions = t.importOptions;
        return out;
    }

    boost::variant2::variant<ng::StartExportTaskOutput, ng::ResourceNotFoundException>
    answer(ng::StartExportTaskInput const& in)
    {
        std::lock_guard<std::mutex> lock(mutex_);
        if(!graphs_.contains(in.graphIdentifier))
            return graph_not_found(in.graphIdentifier);
        sim_time now = clock_();
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
    }

    auto answer(ng::GetExportTaskInput const& in)
    {
        std::lock_guard<std::mutex> lock(mutex_);
        return exports_.get(in, clock_());
    }

    auto answer(ng::CancelExportTaskInput const& in)
    {
        std::lock_guard<std::mutex> lock(mutex_);
        return exports_.cancel(in, clock_());
    }

    boost::variant2::variant<ng::ListExportTasksOutput, ng::ValidationException, ng::ResourceNotFoundException>
    answer(ng::ListExportTasksInput const& in)
    {
        std::lock_guard<std::mutex> lock(mutex_);
        if(in.graphIdentifier && !graphs_.contains(*in.graphIdentifier))
            return graph_not_found(*in.graphIdentifier);
        auto r = exports_.list(in, clock_());
        if(auto* out = boost::variant2::get_if<ng::ListExportTasksOutput>(&r))
            return std::move(*out);
        return boost::variant2::get<ng::ValidationException>(std::move(r));
    }

private:
    // What CreateGraphUsingImportTask and StartImportTask share: the task they start.
    template <class Input>
    ng::GetImportTaskOutput start_import(std::string const& graph_id, Input const& in)
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
        imports_.start(t, plan_import(in.source, in.failOnError.value_or(false), clock_()));
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
};

} // namespace example

#endif
