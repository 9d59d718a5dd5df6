// What pattern<Text> runs: the ASCII DFA while it can, then the matcher.
#ifndef NEPTUNE_GRAPH_VALIDATE_DETAIL_PROGRAM_HPP
#define NEPTUNE_GRAPH_VALIDATE_DETAIL_PROGRAM_HPP

#include <neptune_graph/validate/detail/ascii_dfa.hpp>
#include <neptune_graph/validate/detail/matcher.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace neptune_graph {
namespace detail {

// `p`, in a way the optimizer cannot see through. A DFA step is one load
// whose address waits for the state the step before loaded; the column's
// address does not, but GCC would otherwise fold the state into it first
// and put an add on that chain (a measured 15% of a match's time).
template <class T>
inline T* opaque(T* p) noexcept
{
#if defined(__GNUC__) || defined(__clang__)
    __asm__("" : "+r"(p));
#endif
    return p;
}

/** A compiled pattern: `C` consuming states, `R` ranges, a DFA of `D`
    states over `K` byte classes with `P` two-byte cells (see
    measure_pattern, measure_dfa).

    Both parts visit each byte once, the DFA in constant time, the matcher
    in time bounded by the pattern's size: matching is linear in the value,
    on the stack, without allocation or recursion. */
template <std::size_t C, std::size_t R, std::size_t D, std::size_t K, std::size_t P>
struct program
{
    matcher<C, R> nfa;
    ascii_dfa<matcher<C, R>::words, D, K, P> dfa;

    // True when the whole of `text` matches. `steps` is the test hook that
    // proves linearity: one per code point, plus the matcher's words.
    bool matches(std::string_view text, std::size_t& steps) const noexcept
    {
        if(D == 0 || dfa.states == 0)
            return nfa.run(nfa.start, text, 0, steps);
        std::size_t state = 1;  // the start
        char const* p = text.data();
        char const* const end = p + text.size();
        if(P != 0)
            for(char const* const pairs_end = p + (text.size() & ~std::size_t(1)); p != pairs_end; p += 2)
            {
                unsigned char const b0 = static_cast<unsigned char>(p[0]);
                unsigned char const b1 = static_cast<unsigned char>(p[1]);
                if((b0 | b1) >= 0x80)
                    break;  // the steps below, one byte at a time, hand it to the matcher
                std::uint8_t const* const column =
                    opaque(dfa.next2.data() + dfa.first[b0] + dfa.column[b1]);
                std::size_t const to = column[state];
                if(to == 0)
                    break;  // no state left: the steps below say no
                state = to;
                steps += 2;
            }
        for(; p != end; ++p)
        {
            unsigned char const b = static_cast<unsigned char>(*p);
            std::size_t const to = dfa.next[dfa.column[b] + state];
            ++steps;
            // One test for the two ways out: no state left (no match), or a
            // byte past ASCII, which the matcher decodes from here on.
            if(to == 0)
                return b >= 0x80 &&
                       nfa.run(dfa.sets[state], text, static_cast<std::size_t>(p - text.data()), steps);
            state = to;
        }
        return nfa.accepts(dfa.sets[state]);
    }

    bool matches(std::string_view text) const noexcept
    {
        std::size_t steps = 0;
        return matches(text, steps);
    }
};

/// `m` with its DFA, in arrays at least as large as measure_dfa says.
template <std::size_t D, std::size_t K, std::size_t P, std::size_t C, std::size_t R>
constexpr program<C, R, D, K, P> make_program(matcher<C, R> const& m)
{
    return {m, build_dfa<D, K, P>(m)};
}

} // namespace detail
} // namespace neptune_graph

#endif
