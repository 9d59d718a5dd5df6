// A compiled pattern (a Thompson NFA in fixed-size arrays) and its simulation.
#ifndef NEPTUNE_GRAPH_VALIDATE_DETAIL_NFA_HPP
#define NEPTUNE_GRAPH_VALIDATE_DETAIL_NFA_HPP

#include <neptune_graph/validate/detail/code_point.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

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

struct nfa_state
{
    nfa_op op = nfa_op::accept;
    bool negated = false;
    std::uint16_t out = 0;
    std::uint16_t out2 = 0;
    std::uint16_t first = 0;
    std::uint16_t last = 0;
};

// Which states are active at one position: the list in the order they were
// reached plus a bitset, so adding a state twice is a no-op.
template <std::size_t S>
class state_set
{
    std::array<std::uint64_t, (S + 63) / 64> bits_;
    std::array<std::uint16_t, S> list_;
    std::size_t size_ = 0;

public:
    void clear() noexcept
    {
        bits_.fill(0);
        size_ = 0;
    }
    // True when `s` was not marked yet.
    bool mark(std::uint16_t s) noexcept
    {
        std::uint64_t& word = bits_[s / 64];
        std::uint64_t const bit = std::uint64_t(1) << (s % 64);
        if(word & bit)
            return false;
        word |= bit;
        return true;
    }
    bool marked(std::uint16_t s) const noexcept { return (bits_[s / 64] >> (s % 64)) & 1; }
    void push(std::uint16_t s) noexcept { list_[size_++] = s; }
    std::size_t size() const noexcept { return size_; }
    std::uint16_t operator[](std::size_t i) const noexcept { return list_[i]; }
};

/** A pattern compiled to `S` states and `R` character ranges.

    `matches` runs the states in lockstep over the value (Thompson's
    simulation): every state is visited at most once per code point, so the
    time is O(value size x S) whatever the pattern, and the work space is a
    few arrays on the stack: matching never allocates and never recurses.
*/
template <std::size_t S, std::size_t R>
struct nfa
{
    std::array<nfa_state, S> states{};
    std::array<char_range, R> ranges{};
    std::uint16_t start = 0;
    std::uint16_t accept = 0;

    // True when the whole of `text` matches. `steps` counts state visits
    // (at most S per code point plus S): the test hook that proves linearity.
    bool matches(std::string_view text, std::size_t& steps) const noexcept
    {
        state_set<S> a;
        state_set<S> b;
        std::array<std::uint16_t, S> stack;
        state_set<S>* now = &a;
        state_set<S>* next = &b;
        now->clear();
        close(*now, start, stack, steps);
        for(std::size_t i = 0; i < text.size();)
        {
            if(now->size() == 0)
                return false;  // no state left alive: nothing more can match
            decoded_code_point const c = decode_code_point(text, i);
            i += c.size;
            next->clear();
            for(std::size_t k = 0; k < now->size(); ++k)
            {
                nfa_state const& s = states[(*now)[k]];
                if(s.op == nfa_op::consume && takes(s, c.value))
                    close(*next, s.out, stack, steps);
            }
            state_set<S>* t = now;
            now = next;
            next = t;
        }
        return now->marked(accept);
    }

    bool matches(std::string_view text) const noexcept
    {
        std::size_t steps = 0;
        return matches(text, steps);
    }

private:
    bool takes(nfa_state const& s, char32_t c) const noexcept
    {
        bool in = false;
        for(std::size_t r = s.first; r < s.last && !in; ++r)
            in = ranges[r].lo <= c && c <= ranges[r].hi;
        return in != s.negated;
    }

    // Adds `from` and every state reachable from it without consuming.
    // A state is marked when pushed, so the stack never holds more than S.
    void close(state_set<S>& set, std::uint16_t from, std::array<std::uint16_t, S>& stack,
               std::size_t& steps) const noexcept
    {
        if(!set.mark(from))
            return;
        std::size_t depth = 0;
        stack[depth++] = from;
        while(depth != 0)
        {
            std::uint16_t const at = stack[--depth];
            ++steps;
            nfa_state const& s = states[at];
            switch(s.op)
            {
            case nfa_op::split:
                if(set.mark(s.out2))
                    stack[depth++] = s.out2;
                [[fallthrough]];
            case nfa_op::jump:
                if(set.mark(s.out))
                    stack[depth++] = s.out;
                break;
            case nfa_op::consume:
            case nfa_op::accept:
                set.push(at);
                break;
            }
        }
    }
};

} // namespace detail
} // namespace neptune_graph

#endif
