// An import task's life in simulated time: its phases, progress, counts and failure triggers, from its source.
//
// Everything follows from the source path and failOnError (see
// docs/example-server.md), so the same request always runs the same way.
#ifndef NEPTUNE_GRAPH_EXAMPLE_SERVER_IMPORT_LIFECYCLE_HPP
#define NEPTUNE_GRAPH_EXAMPLE_SERVER_IMPORT_LIFECYCLE_HPP

#include "ids.hpp"
#include "timeline.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace example {

struct import_plan
{
    timeline run;
    std::string source;
    bool from_neptune = false;       // neptune-db://...: an EXPORTING phase first
    bool source_missing = false;     // `missing` in the source: FAILED while initializing
    std::int32_t bad_records = 0;    // `bad-records` in the source: some records do not load
    bool fail_on_error = false;
    std::int64_t statements = 0;     // at the end of the import
    std::int64_t dictionary_entries = 0;

    /// Percent of the run at which each phase ends (IMPORTING ends at 100).
    int initializing_end() const { return 10; }
    int exporting_end() const { return from_neptune ? 40 : 10; }
    int analyzing_end() const { return from_neptune ? 55 : 30; }
};

/// Duration: 480 + fnv1a64(source) % 241 simulated seconds (8 to 12 minutes).
inline import_plan plan_import(std::string const& source, bool fail_on_error, sim_time start)
{
    std::uint64_t h = fnv1a64(source);
    import_plan p;
    p.run = {start, 480 + static_cast<std::int64_t>(h % 241)};
    p.source = source;
    p.from_neptune = source.rfind("neptune-db://", 0) == 0;
    p.source_missing = mentions(source, "missing");
    p.bad_records = mentions(source, "bad-records") ? 1 + static_cast<std::int32_t>((h >> 48) % 9) : 0;
    p.fail_on_error = fail_on_error;
    p.statements = 1000000 + static_cast<std::int64_t>((h >> 16) % 9000000);
    p.dictionary_entries = p.statements / 8 + static_cast<std::int64_t>((h >> 8) % 1000);
    return p;
}

/// What GetImportTask shows of a task at some moment.
struct import_view
{
    ng::ImportTaskStatus status;
    ng::ImportTaskDetails details;
    std::optional<std::string> status_reason;
};

inline import_view import_at(import_plan const& p, std::optional<sim_time> cancelled_at, sim_time now)
{
    using S = ng::ImportTaskStatus;
    std::optional<sim_time> failed_at;
    std::string reason;
    if(p.source_missing)
    {
        failed_at = p.run.at(p.initializing_end());
        reason = "The source " + p.source + " does not exist: no object was found at that path";
    }
    else if(p.bad_records > 0 && p.fail_on_error)
    {
        failed_at = p.run.at(p.analyzing_end());
        reason = std::to_string(p.bad_records) + " records could not be parsed and failOnError is true";
    }
    sim_time t = described_moment(p.run, failed_at, cancelled_at, now);
    int percent = p.run.percent(t);

    import_view v;
    if(cancelled_at && t == *cancelled_at)
        v.status = now < *cancelled_at + cancel_seconds * micros_per_second ? S::CANCELLING : S::CANCELLED;
    else if(failed_at && t == *failed_at)
    {
        v.status = S::FAILED;
        v.status_reason = reason;
    }
    else if(t == p.run.at(100))
        v.status = S::SUCCEEDED;
    else if(percent < p.initializing_end())
        v.status = S::INITIALIZING;
    else if(percent < p.exporting_end())
        v.status = S::EXPORTING;
    else if(percent < p.analyzing_end())
        v.status = S::ANALYZING_DATA;
    else
        v.status = S::IMPORTING;

    ng::ImportTaskDetails& d = v.details;
    d.status = std::string(ng::open_enum<S>(v.status).str());
    d.startTime = p.run.start_time();
    d.timeElapsedSeconds = p.run.elapsed_seconds(t);
    d.progressPercentage = percent;
    // Analysis finds the bad records; the statements and dictionary entries are written while importing.
    if(p.bad_records > 0 && percent >= p.analyzing_end())
    {
        d.errorCount = p.bad_records;
        d.errorDetails = std::to_string(p.bad_records) + " records could not be parsed" +
                         (p.fail_on_error ? "" : " and were skipped");
    }
    d.statementCount = share(p.statements, percent, p.analyzing_end(), 100);
    d.dictionaryEntryCount = share(p.dictionary_entries, percent, p.analyzing_end(), 100);
    return v;
}

} // namespace example

#endif
