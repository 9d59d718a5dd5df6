// An export task's life in simulated time: its phases, progress, counts and failure trigger, from its destination.
#ifndef NEPTUNE_GRAPH_EXAMPLE_SERVER_EXPORT_LIFECYCLE_HPP
#define NEPTUNE_GRAPH_EXAMPLE_SERVER_EXPORT_LIFECYCLE_HPP

#include "ids.hpp"
#include "timeline.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace example {

struct export_plan
{
    timeline run;
    std::string destination;
    bool destination_missing = false;  // `missing` in the destination: FAILED while initializing
    std::int64_t vertices = 0;         // written by the end of the export
    std::int64_t edges = 0;

    static constexpr int initializing_end = 10;  // percent of the run; EXPORTING ends at 100
};

/// Duration: 240 + fnv1a64(destination) % 121 simulated seconds (4 to 6 minutes).
inline export_plan plan_export(std::string const& destination, sim_time start)
{
    std::uint64_t h = fnv1a64(destination);
    export_plan p;
    p.run = {start, 240 + static_cast<std::int64_t>(h % 121)};
    p.destination = destination;
    p.destination_missing = mentions(destination, "missing");
    p.vertices = 10000 + static_cast<std::int64_t>((h >> 16) % 90000);
    p.edges = 3 * p.vertices + static_cast<std::int64_t>((h >> 8) % 1000);
    return p;
}

/// What GetExportTask shows of a task at some moment.
struct export_view
{
    ng::ExportTaskStatus status;
    ng::ExportTaskDetails details;
    std::optional<std::string> status_reason;
};

inline export_view export_at(export_plan const& p, std::optional<sim_time> cancelled_at, sim_time now)
{
    using S = ng::ExportTaskStatus;
    std::optional<sim_time> failed_at;
    if(p.destination_missing)
        failed_at = p.run.at(export_plan::initializing_end);
    sim_time t = described_moment(p.run, failed_at, cancelled_at, now);
    int percent = p.run.percent(t);

    export_view v;
    if(cancelled_at && t == *cancelled_at)
        v.status = now < *cancelled_at + cancel_seconds * micros_per_second ? S::CANCELLING : S::CANCELLED;
    else if(failed_at && t == *failed_at)
    {
        v.status = S::FAILED;
        v.status_reason = "The destination " + p.destination + " does not exist: no bucket or prefix was found there";
    }
    else if(t == p.run.at(100))
        v.status = S::SUCCEEDED;
    else if(percent < export_plan::initializing_end)
        v.status = S::INITIALIZING;
    else
        v.status = S::EXPORTING;

    ng::ExportTaskDetails& d = v.details;
    d.startTime = p.run.start_time();
    d.timeElapsedSeconds = p.run.elapsed_seconds(t);
    d.progressPercentage = percent;
    d.numVerticesWritten = share(p.vertices, percent, export_plan::initializing_end, 100);
    d.numEdgesWritten = share(p.edges, percent, export_plan::initializing_end, 100);
    return v;
}

} // namespace example

#endif
