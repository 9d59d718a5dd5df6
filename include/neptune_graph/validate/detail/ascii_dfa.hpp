// A DFA for the ASCII text of a value, made at compile time from a matcher.
//
// The matcher's step (AND a mask, OR the successor sets of the states that
// took the byte) is a loop with data-dependent branches. For a small
// pattern, the sets that ASCII text can reach from the start are few: they
// are numbered here, once, with a table from (byte, set) to the next set.
// A match is then a chain of table loads, each waiting for the one before:
// a second table, two steps composed, halves that chain. The first byte past
// ASCII hands the current set to the matcher, which has the code point
// semantics. A set holding the state of a leading lookahead's match
// (matcher.hpp) is no match whatever follows: it is the empty set, so the
// DFA stops there.
//
// Subset construction can blow up, so it is bounded: a pattern whose DFA
// would pass max_dfa_states or max_dfa_cells (or that has 64 consuming
// states or more) gets none and runs on the matcher alone; past
// max_dfa_pair_cells it gets no two-byte table. Either way the time is
// linear in the value.
#ifndef NEPTUNE_GRAPH_VALIDATE_DETAIL_ASCII_DFA_HPP
#define NEPTUNE_GRAPH_VALIDATE_DETAIL_ASCII_DFA_HPP

#include <neptune_graph/validate/detail/matcher.hpp>

#include <array>
#include <cstddef>
#include <cstdint>

namespace neptune_graph {
namespace detail {

// Bounds that keep the tables small and their construction cheap at compile time.
constexpr std::size_t max_dfa_states = 128;        // ids fit a byte
constexpr std::size_t max_dfa_cells = 4096;        // states x byte classes
constexpr std::size_t max_dfa_pair_cells = 16384;  // states x ASCII byte classes squared
constexpr std::size_t max_dfa_consumers = 63;      // sets of one word, with the accept bit

struct dfa_size
{
    std::size_t states = 0;      // 0: no DFA
    std::size_t classes = 0;     // bytes no state tells apart share a class
    std::size_t pair_cells = 0;  // 0: no two-byte table
};

/** The DFA: `D` states over `K` byte classes, each state keeping the
    matcher's set it stands for, and (`P` not 0) the table of two steps.

    State 0 is the empty set (no match), 1 the start. The last class, bytes
    past ASCII, leads every state to 0, like a byte no state takes. Tables
    are by class, then state, and a byte's column offset is stored, not its
    class: the column is known from the text alone, so a step waits for
    nothing but the state before it. */
template <std::size_t W, std::size_t D, std::size_t K, std::size_t P>
struct ascii_dfa
{
    static_assert(P == 0 || P >= (K - 1) * (K - 1) * D,
                  "the two-byte table has a cell per state and pair of ASCII classes");
    static_assert(K * D <= 65536 && P <= 65536, "column offsets fit 16 bits");

    std::size_t states = 0;
    std::array<std::uint16_t, 256> column{};  // of a byte: class x D
    std::array<std::uint16_t, 128> first{};   // of a pair's first byte: class x (K - 1) x D
    std::array<std::uint8_t, K * D> next{};   // next[column[b] + state]
    std::array<std::uint8_t, P> next2{};      // next2[first[b0] + column[b1] + state], both ASCII
    std::array<std::array<std::uint64_t, W>, D> sets{};
};

// Subset construction over the bytes 0-127, into arrays of the largest
// allowed size; measure_dfa and build_dfa copy out what they need.
template <std::size_t C, std::size_t R>
class dfa_builder
{
    using state_set = typename matcher<C, R>::state_set;

    matcher<C, R> const& m_;

public:
    std::array<std::uint8_t, 128> byte_class{};
    std::array<std::uint8_t, 128> representative{};  // a byte of each class
    std::size_t classes = 0;                          // of ASCII bytes
    std::array<state_set, max_dfa_states> sets{};
    std::size_t states = 0;
    std::array<std::uint8_t, max_dfa_cells> next{};

    constexpr explicit dfa_builder(matcher<C, R> const& m) : m_(m) {}

    // False when the pattern gets no DFA.
    constexpr bool build()
    {
        if(m_.consumers > max_dfa_consumers)
            return false;
        for(std::size_t b = 0; b < 128; ++b)
        {
            std::size_t k = 0;
            while(k < classes && !same(m_.ascii[representative[k]], m_.ascii[b]))
                ++k;
            if(k == classes)
                representative[classes++] = static_cast<std::uint8_t>(b);
            byte_class[b] = static_cast<std::uint8_t>(k);
        }
        // Tested once: constant evaluation is slow, and most patterns have none.
        bool const lookahead = intersect(m_.lookahead, m_.lookahead);
        sets[0] = state_set{};  // no state left
        sets[1] = m_.start;
        states = 2;
        for(std::size_t d = 1; d < states; ++d)
        {
            for(std::size_t k = 0; k < classes; ++k)
            {
                state_set to = successors(sets[d], representative[k]);
                if(lookahead && intersect(to, m_.lookahead))
                    to = state_set{};
                std::size_t id = 0;
                while(id < states && !same(sets[id], to))
                    ++id;
                if(id == states)
                {
                    if(states == max_dfa_states || (states + 1) * (classes + 1) > max_dfa_cells)
                        return false;
                    sets[states++] = to;
                }
                next[d * classes + k] = static_cast<std::uint8_t>(id);
            }
        }
        return true;
    }

private:
    // std::array's == is not constexpr before C++20.
    static constexpr bool same(state_set const& a, state_set const& b)
    {
        for(std::size_t w = 0; w < a.size(); ++w)
            if(a[w] != b[w])
                return false;
        return true;
    }

    // The matcher's step on one ASCII byte.
    constexpr state_set successors(state_set const& now, std::size_t b) const
    {
        state_set out{};
        for(std::size_t w = 0; w < out.size(); ++w)
            for(std::uint64_t took = now[w] & m_.ascii[b][w]; took != 0; took &= took - 1)
            {
                state_set const& f = m_.follow[w * 64 + static_cast<std::size_t>(lowest_bit(took))];
                for(std::size_t v = 0; v < out.size(); ++v)
                    out[v] |= f[v];
            }
        return out;
    }
};

/// The size of `m`'s DFA ({}: none).
template <std::size_t C, std::size_t R>
constexpr dfa_size measure_dfa(matcher<C, R> const& m)
{
    dfa_builder<C, R> b(m);
    if(!b.build())
        return {};
    std::size_t const pairs = b.states * b.classes * b.classes;
    return {b.states, b.classes + 1,  // + the class of bytes past ASCII
            pairs <= max_dfa_pair_cells ? pairs : 0};
}

/// `m`'s DFA in arrays of `D` states, `K` classes and `P` pair cells (at least its measure).
template <std::size_t D, std::size_t K, std::size_t P, std::size_t C, std::size_t R>
constexpr ascii_dfa<matcher<C, R>::words, D, K, P> build_dfa(matcher<C, R> const& m)
{
    ascii_dfa<matcher<C, R>::words, D, K, P> out{};
    dfa_builder<C, R> b(m);
    if(!b.build() || b.states > D || b.classes >= K)
        return out;  // no DFA (or no room for it): states stays 0
    out.states = b.states;
    for(std::size_t c = 0; c < 256; ++c)
        out.column[c] = static_cast<std::uint16_t>((c < 128 ? b.byte_class[c] : K - 1) * D);
    for(std::size_t c = 0; c < 128; ++c)
        out.first[c] = static_cast<std::uint16_t>(b.byte_class[c] * (K - 1) * D);
    for(std::size_t d = 0; d < b.states; ++d)
    {
        out.sets[d] = b.sets[d];
        for(std::size_t k = 0; k < b.classes; ++k)
            out.next[k * D + d] = b.next[d * b.classes + k];
    }
    if(P != 0)
        for(std::size_t k = 0; k + 1 < K; ++k)
            for(std::size_t j = 0; j + 1 < K; ++j)
                for(std::size_t d = 0; d < D; ++d)
                    out.next2[(k * (K - 1) + j) * D + d] = out.next[j * D + out.next[k * D + d]];
    return out;
}

} // namespace detail
} // namespace neptune_graph

#endif
