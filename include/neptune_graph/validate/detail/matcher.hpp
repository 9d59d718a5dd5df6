// What a pattern runs as: its NFA turned, at compile time, into bitsets.
//
// Thompson's simulation walks the non-consuming (split, jump) states again
// for every code point. Here that walk is done once, while compiling: each
// consuming state carries the set of consuming states active after it
// (the epsilon-closure of its successor), so a step is "take the active
// states that accept the code point, OR their successor sets". Sets are
// words of 64 bits, one word for the model's patterns.
//
// A leading `(?!X)` is one more consuming state (pattern.hpp): X's end,
// which takes any code point and stays. Once X has matched a prefix, that
// state is in every later set, and a set holding it accepts nothing.
#ifndef NEPTUNE_GRAPH_VALIDATE_DETAIL_MATCHER_HPP
#define NEPTUNE_GRAPH_VALIDATE_DETAIL_MATCHER_HPP

#include <neptune_graph/detail/utf8.hpp>
#include <neptune_graph/validate/detail/nfa.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string_view>

namespace neptune_graph {
namespace detail {

#if !defined(__GNUC__) && !defined(__clang__)
// De Bruijn: the lowest bit alone, times this constant, puts a 6-bit number
// unique to it in the top bits.
constexpr int de_bruijn_index[64] = {
    0,  1,  48, 2,  57, 49, 28, 3,  61, 58, 50, 42, 38, 29, 17, 4,  62, 55, 59, 36, 53, 51,
    43, 22, 45, 39, 33, 30, 24, 18, 12, 5,  63, 47, 56, 27, 60, 41, 37, 16, 54, 35, 52, 21,
    44, 32, 23, 11, 46, 26, 40, 15, 34, 20, 31, 10, 25, 14, 19, 9,  13, 8,  7,  6};
#endif

// Whether two sets of states share one.
template <std::size_t W>
constexpr bool intersect(std::array<std::uint64_t, W> const& a, std::array<std::uint64_t, W> const& b) noexcept
{
    std::uint64_t both = 0;
    for(std::size_t w = 0; w < W; ++w)
        both |= a[w] & b[w];
    return both != 0;
}

// The index of the lowest set bit of `m` (not 0).
constexpr int lowest_bit(std::uint64_t m) noexcept
{
#if defined(__GNUC__) || defined(__clang__)
    return __builtin_ctzll(m);
#else
    return de_bruijn_index[((m & (~m + 1)) * 0x03F79D71B4CB0A89ull) >> 58];
#endif
}

// The code points one consuming state accepts beyond ASCII: ranges
// [first, last) of the matcher's range table, or their complement.
struct code_point_class
{
    std::uint16_t first = 0;
    std::uint16_t last = 0;
    bool negated = false;
};

/** A pattern of `C` consuming states and `R` character ranges, ready to match.

    Bit k (k < C) of a state set is the k-th consuming state of the NFA, bit C
    its accept state. A code point costs one pass over the active states that
    accept it, each ORing ceil((C + 1) / 64) words: time linear in the value,
    a few words on the stack, no allocation, no recursion.
*/
template <std::size_t C, std::size_t R>
struct matcher
{
    static constexpr std::size_t words = (C + 1 + 63) / 64;
    using state_set = std::array<std::uint64_t, words>;

    std::size_t consumers = 0;         // consuming states in use (C, but in a test's larger arrays)
    state_set start{};                 // active before the first code point
    state_set lookahead{};             // the bit of the state a leading (?!X) reaches; none without one
    std::array<state_set, 128> ascii{};  // ascii[b]: the consuming states that accept the ASCII byte b
    std::array<state_set, C> follow{};   // follow[k]: active after state k consumed a code point
    std::array<code_point_class, C> classes{};  // for code points past ASCII
    std::array<char_range, R> ranges{};

    // True when `text[i..]` takes the states `now` to the accept state, and
    // never to the lookahead's. `steps` counts the code points read plus the
    // words ORed into a next set: the test hook that proves linearity (at
    // most 1 + C x words per code point).
    bool run(state_set now, std::string_view text, std::size_t i, std::size_t& steps) const noexcept
    {
        while(i < text.size())
        {
            // Which active states accept the next code point: for ASCII one
            // lookup, past it a decode and a test of each active state.
            state_set took;
            unsigned char const b = static_cast<unsigned char>(text[i]);
            if(b < 0x80)
            {
                for(std::size_t w = 0; w < words; ++w)
                    took[w] = now[w] & ascii[b][w];
                ++i;
            }
            else
            {
                decoded_code_point const c = decode_code_point(text, i);
                took = accepting(now, c.value);
                i += c.size;
            }
            ++steps;
            now = state_set{};
            bool alive = false;
            for(std::size_t w = 0; w < words; ++w)
                for(std::uint64_t m = took[w]; m != 0; m &= m - 1)
                {
                    state_set const& f = follow[w * 64 + static_cast<std::size_t>(lowest_bit(m))];
                    for(std::size_t v = 0; v < words; ++v)
                        now[v] |= f[v];
                    steps += words;
                    alive = true;
                }
            if(!alive)
                return false;  // no state left: nothing more can match
        }
        // The lookahead's state stays once reached: one test here rather
        // than one per code point.
        return accepts(now) && !intersect(now, lookahead);
    }

    static constexpr bool accepts(state_set const& s) noexcept { return (s[C / 64] >> (C % 64)) & 1; }

private:
    state_set accepting(state_set const& now, char32_t c) const noexcept
    {
        state_set took{};
        for(std::size_t w = 0; w < words; ++w)
            for(std::uint64_t m = now[w]; m != 0; m &= m - 1)
            {
                std::size_t const k = w * 64 + static_cast<std::size_t>(lowest_bit(m));
                if(k < C && takes(classes[k], c))  // bit C, the accept state, consumes nothing
                    took[w] |= m & (~m + 1);
            }
        return took;
    }

    bool takes(code_point_class const& k, char32_t c) const noexcept
    {
        bool in = false;
        for(std::size_t r = k.first; r < k.last && !in; ++r)
            in = ranges[r].lo <= c && c <= ranges[r].hi;
        return in != k.negated;
    }
};

// Builds a matcher from a Thompson NFA; both passes run at compile time for
// a pattern<Text>. The closure of every consuming state's successor is
// walked once here, so a match never walks split and jump states.
template <std::size_t C, std::size_t S, std::size_t R>
class matcher_builder
{
    using state_set = typename matcher<C, R>::state_set;

    nfa<S, R> const& nfa_;
    matcher<C, R> out_{};
    std::array<std::uint16_t, S> bit_{};    // a state's bit in the sets (consuming and accept states)
    std::array<std::size_t, S> seen_{};     // the walk that last reached a state (0: none)
    std::array<std::uint16_t, S> stack_{};  // states to visit; each is pushed at most once a walk
    std::size_t walks_ = 0;

public:
    constexpr explicit matcher_builder(nfa<S, R> const& n) : nfa_(n) {}

    constexpr matcher<C, R> build()
    {
        std::size_t k = 0;
        for(std::size_t s = 0; s < S; ++s)
            if(nfa_.states[s].op == nfa_op::consume)
            {
                if(k == C)
                    throw std::logic_error("pattern: more consuming states than measured");
                bit_[s] = static_cast<std::uint16_t>(k);
                add_class(k++, nfa_.states[s]);
            }
        out_.consumers = k;
        bit_[nfa_.accept] = static_cast<std::uint16_t>(C);
        for(std::size_t r = 0; r < R; ++r)
            out_.ranges[r] = nfa_.ranges[r];
        if(nfa_.lookahead != no_nfa_state)
            set(out_.lookahead, bit_[nfa_.lookahead]);
        close(nfa_.start, out_.start);
        if(intersect(out_.start, out_.lookahead))
            out_.start = state_set{};  // the lookahead matches the empty prefix: nothing matches
        for(std::size_t s = 0; s < S; ++s)
            if(nfa_.states[s].op == nfa_op::consume)
                close(nfa_.states[s].out, out_.follow[bit_[s]]);
        return out_;
    }

private:
    static constexpr void set(state_set& set, std::size_t bit)
    {
        set[bit / 64] |= std::uint64_t(1) << (bit % 64);
    }

    // Its ranges for code points past ASCII; its ASCII members as bits.
    constexpr void add_class(std::size_t k, nfa_state const& s)
    {
        out_.classes[k] = {s.first, s.last, s.negated};
        std::array<bool, 128> in{};
        for(std::size_t r = s.first; r < s.last; ++r)
            for(char32_t c = nfa_.ranges[r].lo; c <= nfa_.ranges[r].hi && c < 128; ++c)
                in[c] = true;
        for(std::size_t b = 0; b < 128; ++b)
            if(in[b] != s.negated)
                set(out_.ascii[b], k);
    }

    // Adds to `into` the consuming and accept states reachable from `from`
    // without consuming: an iterative walk, each state visited once.
    constexpr void close(std::uint16_t from, state_set& into)
    {
        std::size_t const walk = ++walks_;
        std::size_t depth = 0;
        seen_[from] = walk;
        stack_[depth++] = from;
        while(depth != 0)
        {
            std::uint16_t const at = stack_[--depth];
            nfa_state const& s = nfa_.states[at];
            if(s.op == nfa_op::consume || s.op == nfa_op::accept)
            {
                set(into, bit_[at]);
                continue;
            }
            std::uint16_t const next[2] = {s.out, s.out2};
            for(std::size_t n = 0; n < (s.op == nfa_op::split ? 2u : 1u); ++n)
                if(seen_[next[n]] != walk)
                {
                    seen_[next[n]] = walk;
                    stack_[depth++] = next[n];
                }
        }
    }
};

} // namespace detail
} // namespace neptune_graph

#endif
