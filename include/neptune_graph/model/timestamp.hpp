// A point in time with microsecond precision: epoch seconds on the wire.
#ifndef NEPTUNE_GRAPH_MODEL_TIMESTAMP_HPP
#define NEPTUNE_GRAPH_MODEL_TIMESTAMP_HPP

#include <chrono>
#include <cstdint>

namespace neptune_graph {

/** A timestamp: microseconds since 1970-01-01T00:00:00Z.

    restJson1 sends body timestamps as a JSON number of epoch seconds
    (`1732300000.123`). Microseconds keep every fraction the service sends
    (milliseconds) exactly, which a `double` would not.
*/
struct timestamp
{
    std::int64_t microseconds = 0;

    using duration = std::chrono::microseconds;
    using time_point = std::chrono::time_point<std::chrono::system_clock, duration>;

    /// The time point on the system clock.
    time_point to_time_point() const noexcept { return time_point(duration(microseconds)); }

    /// The timestamp of a system-clock time point, truncated to the microsecond.
    template <class Duration>
    static timestamp from_time_point(
        std::chrono::time_point<std::chrono::system_clock, Duration> t) noexcept
    {
        return {std::chrono::duration_cast<duration>(t.time_since_epoch()).count()};
    }

    /// Whole epoch seconds plus microseconds.
    static constexpr timestamp from_seconds(std::int64_t s, std::int64_t us = 0) noexcept
    {
        return {s * 1000000 + us};
    }

    friend constexpr bool operator==(timestamp a, timestamp b) noexcept
    {
        return a.microseconds == b.microseconds;
    }
    friend constexpr bool operator!=(timestamp a, timestamp b) noexcept { return !(a == b); }
    friend constexpr bool operator<(timestamp a, timestamp b) noexcept
    {
        return a.microseconds < b.microseconds;
    }
    friend constexpr bool operator>(timestamp a, timestamp b) noexcept { return b < a; }
    friend constexpr bool operator<=(timestamp a, timestamp b) noexcept { return !(b < a); }
    friend constexpr bool operator>=(timestamp a, timestamp b) noexcept { return !(a < b); }
};

} // namespace neptune_graph

#endif
