// A compiled pattern: a Thompson NFA in fixed-size arrays.
#ifndef NEPTUNE_GRAPH_VALIDATE_DETAIL_NFA_HPP
#define NEPTUNE_GRAPH_VALIDATE_DETAIL_NFA_HPP

#include <array>
#include <cstddef>
#include <cstdint>

namespace neptune_graph {
namespace detail {

// An inclusive range of code points.
struct char_range
{
    char32_t lo = 0;
    char32_t hi = 0;
};

enum class nfa_op : std::uint8_t
{
    consume,  // one code point in the ranges [first, last) (or not in them when negated), then out
    split,    // out and out2, consuming nothing
    jump,     // out, consuming nothing
    accept    // the whole value matched
};

// No state: what `nfa::lookahead` holds when there is no lookahead.
constexpr std::uint16_t no_nfa_state = 0xFFFF;

struct nfa_state
{
    nfa_op op = nfa_op::accept;
    bool negated = false;
    std::uint16_t out = 0;
    std::uint16_t out2 = 0;
    std::uint16_t first = 0;
    std::uint16_t last = 0;
};

/** A pattern compiled to `S` states and `R` character ranges: Thompson's
    construction, the compiler's output. It is not run as is: matcher.hpp
    turns it into the bitsets a match uses. */
template <std::size_t S, std::size_t R>
struct nfa
{
    std::array<nfa_state, S> states{};
    std::array<char_range, R> ranges{};
    std::uint16_t start = 0;
    std::uint16_t accept = 0;
    // With a leading `(?!X)`: the state X leads to, a consume state that
    // takes any code point and loops to itself. Reaching it, after any
    // prefix, refuses the value.
    std::uint16_t lookahead = no_nfa_state;
};

} // namespace detail
} // namespace neptune_graph

#endif
