// The two passes that build a pattern's NFA: measure it, then fill arrays of that size.
#ifndef NEPTUNE_GRAPH_VALIDATE_DETAIL_NFA_BUILDERS_HPP
#define NEPTUNE_GRAPH_VALIDATE_DETAIL_NFA_BUILDERS_HPP

#include <neptune_graph/validate/detail/nfa.hpp>

#include <cstddef>
#include <cstdint>
#include <stdexcept>

namespace neptune_graph {
namespace detail {

// Bounds that keep compilation (at compile time too) and matching small.
constexpr std::size_t max_pattern_states = 4096;
constexpr std::size_t max_pattern_ranges = 4096;
constexpr std::size_t max_pattern_repeat = 1000;  // n and m in {n,m}
constexpr std::size_t max_pattern_nesting = 64;   // groups inside groups

struct nfa_size
{
    std::size_t states = 0;
    std::size_t ranges = 0;
    std::size_t consumers = 0;  // the states that consume a code point: the matcher's bits
};

// Counts states and ranges; the first pass.
class nfa_counter
{
    nfa_size size_;

public:
    constexpr std::uint16_t add_state(nfa_state const& s)
    {
        if(size_.states == max_pattern_states)
            throw std::logic_error("pattern: more than 4096 NFA states");
        size_.consumers += s.op == nfa_op::consume;
        return static_cast<std::uint16_t>(size_.states++);
    }
    constexpr void add_range(char_range)
    {
        if(size_.ranges == max_pattern_ranges)
            throw std::logic_error("pattern: more than 4096 character ranges");
        ++size_.ranges;
    }
    constexpr std::uint16_t range_count() const { return static_cast<std::uint16_t>(size_.ranges); }
    constexpr void patch(std::uint16_t, std::uint16_t) {}
    constexpr void finish(std::uint16_t, std::uint16_t, std::uint16_t) {}
    constexpr nfa_size size() const { return size_; }
};

// Fills an nfa<S, R>; the second pass.
template <std::size_t S, std::size_t R>
class nfa_writer
{
    nfa<S, R>& out_;
    std::size_t states_ = 0;
    std::size_t ranges_ = 0;

public:
    constexpr explicit nfa_writer(nfa<S, R>& out) : out_(out) {}
    constexpr std::uint16_t add_state(nfa_state const& s)
    {
        if(states_ == S)
            throw std::logic_error("pattern: more states than measured");
        out_.states[states_] = s;
        return static_cast<std::uint16_t>(states_++);
    }
    constexpr void add_range(char_range r)
    {
        if(ranges_ == R)
            throw std::logic_error("pattern: more ranges than measured");
        out_.ranges[ranges_++] = r;
    }
    constexpr std::uint16_t range_count() const { return static_cast<std::uint16_t>(ranges_); }
    constexpr void patch(std::uint16_t jump, std::uint16_t to) { out_.states[jump].out = to; }
    constexpr void finish(std::uint16_t start, std::uint16_t accept, std::uint16_t lookahead)
    {
        out_.start = start;
        out_.accept = accept;
        out_.lookahead = lookahead;
    }
};

} // namespace detail
} // namespace neptune_graph

#endif
