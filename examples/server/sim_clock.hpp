// Simulated time: real time since the server started, times --time-scale, from the wall clock at start
// (or, with --state, from the simulated time the state file saved).
#ifndef NEPTUNE_GRAPH_EXAMPLE_SERVER_SIM_CLOCK_HPP
#define NEPTUNE_GRAPH_EXAMPLE_SERVER_SIM_CLOCK_HPP

#include <chrono>
#include <cstdint>

namespace example {

/// Epoch microseconds of simulated time. The stores take it as an argument, so they never read a clock.
using sim_time = std::int64_t;

inline constexpr sim_time micros_per_second = 1000000;

class sim_clock
{
public:
    /// `scale` simulated seconds pass per real second (1 to `max_scale`).
    explicit sim_clock(std::int64_t scale)
        : scale_(scale),
          epoch_at_start_(std::chrono::duration_cast<std::chrono::microseconds>(
                              std::chrono::system_clock::now().time_since_epoch())
                              .count()),
          steady_at_start_(std::chrono::steady_clock::now())
    {
    }

    /// The same, from the simulated moment `start` on: a restart resumes where the saved state left off.
    sim_clock(std::int64_t scale, sim_time start)
        : scale_(scale), epoch_at_start_(start), steady_at_start_(std::chrono::steady_clock::now())
    {
    }

    /// Bounded so that a year of real time, scaled, stays far inside 64 bits of microseconds.
    static constexpr std::int64_t max_scale = 100000;

    /// Monotonic: it runs on the steady clock, so a wall clock step does not move tasks back.
    sim_time now() const
    {
        auto real = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() -
                                                                          steady_at_start_);
        return epoch_at_start_ + real.count() * scale_;
    }

private:
    std::int64_t scale_;
    sim_time epoch_at_start_;
    std::chrono::steady_clock::time_point steady_at_start_;
};

} // namespace example

#endif
