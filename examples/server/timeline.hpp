// What the import and export lifecycles share: a task's time line in simulated time.
#ifndef NEPTUNE_GRAPH_EXAMPLE_SERVER_TIMELINE_HPP
#define NEPTUNE_GRAPH_EXAMPLE_SERVER_TIMELINE_HPP

#include "sim_clock.hpp"

#include <neptune_graph/neptune_graph.hpp>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string_view>

namespace example {

namespace ng = neptune_graph;

/// A cancelled task stays CANCELLING this long (simulated seconds), then is CANCELLED.
inline constexpr std::int64_t cancel_seconds = 10;

/// A task that runs from `start` for `duration` simulated seconds, unless it fails or is cancelled.
struct timeline
{
    sim_time start = 0;
    std::int64_t duration = 0;  // seconds

    /// The moment `percent` of the run is done.
    sim_time at(int percent) const { return start + duration * micros_per_second * percent / 100; }

    /// Percent of the run done at `t`, 0 to 100.
    int percent(sim_time t) const
    {
        if(duration <= 0)
            return 100;
        return static_cast<int>(std::clamp<std::int64_t>((t - start) * 100 / (duration * micros_per_second), 0, 100));
    }

    std::int64_t elapsed_seconds(sim_time t) const { return std::max<sim_time>(t - start, 0) / micros_per_second; }

    /// The start as the service shows it: milliseconds, which is what the SDKs read.
    ng::timestamp start_time() const { return ng::timestamp{start / 1000 * 1000}; }
};

/// How far along a phase that runs from `from` to `to` percent is at `percent`: `total` scaled, 0 before, `total` after.
inline std::int64_t share(std::int64_t total, int percent, int from, int to)
{
    if(percent <= from)
        return 0;
    if(percent >= to)
        return total;
    return total * (percent - from) / (to - from);
}

/** The moment the details describe and whether the task is over at `now`:
    the cancel (frozen there), the failure, the end of the run, or `now`. */
inline sim_time described_moment(timeline const& tl, std::optional<sim_time> failed_at,
                                 std::optional<sim_time> cancelled_at, sim_time now)
{
    sim_time end = failed_at.value_or(tl.at(100));
    if(cancelled_at && *cancelled_at < end)
        end = *cancelled_at;
    return std::min(now, end);
}

/// Whether a path names something the failure triggers look for.
inline bool mentions(std::string_view path, std::string_view word) { return path.find(word) != std::string_view::npos; }

} // namespace example

#endif
