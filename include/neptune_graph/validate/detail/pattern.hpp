// The pattern compiler: the ECMA-262 subset of Smithy patterns to a Thompson NFA.
//
// Supported: literals (UTF-8), `.`, `\d \D \w \W \s \S \t \n \r \f \v` and
// escaped punctuation (`\. \- \/ \\` ...), classes `[...]` with ranges,
// negation and those escapes, groups `( )` and `(?: )`, alternation `|`,
// quantifiers `* + ? {n} {n,} {n,m}` (a lazy `?` after one changes nothing
// for a whole-value match), and one negative lookahead `(?!X)` that starts
// the pattern: `(?!X)Y` matches a value that Y matches as a whole and no
// prefix of which (the empty one and the whole value included) X matches.
// X is any of the above but a lookahead; Y has no top-level `|` (in
// `(?!X)a|b` the lookahead would guard `a` alone: write `(?!X)(?:a|b)`).
// X and Y become one NFA, X ending in a state that stays once reached and
// refuses the value, so a match is still one pass, linear in the value; the
// DFA stops as soon as X matches. Everything else (anchors, any other
// lookaround, named groups, backreferences, `\b`, `\uXXXX`, a lone `]` or
// `{`) throws std::logic_error: at compile time a pattern<Text> using it does
// not compile.
//
// The parser emits into a sink: `nfa_counter` measures a pattern so that
// `pattern<Text>` can size its arrays exactly, `nfa_writer` fills them. Both
// work in constant expressions. `{n,m}` re-parses its atom once per copy.
// What runs is made from the NFA, also at compile time: matcher.hpp (sets of
// states as bits), ascii_dfa.hpp (a DFA for ASCII text), program.hpp (both).
#ifndef NEPTUNE_GRAPH_VALIDATE_DETAIL_PATTERN_HPP
#define NEPTUNE_GRAPH_VALIDATE_DETAIL_PATTERN_HPP

#include <neptune_graph/detail/utf8.hpp>
#include <neptune_graph/validate/detail/matcher.hpp>
#include <neptune_graph/validate/detail/nfa.hpp>
#include <neptune_graph/validate/detail/nfa_builders.hpp>

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <stdexcept>
#include <string>
#include <string_view>

namespace neptune_graph {
namespace detail {

// The ECMA-262 character class escapes, as sorted disjoint ranges.
constexpr char_range digit_ranges[] = {{'0', '9'}};
constexpr char_range word_ranges[] = {{'0', '9'}, {'A', 'Z'}, {'_', '_'}, {'a', 'z'}};
constexpr char_range space_ranges[] = {
    {0x09, 0x0D}, {0x20, 0x20}, {0xA0, 0xA0}, {0x1680, 0x1680}, {0x2000, 0x200A},
    {0x2028, 0x2029}, {0x202F, 0x202F}, {0x205F, 0x205F}, {0x3000, 0x3000}, {0xFEFF, 0xFEFF}};
// What `.` does not match.
constexpr char_range line_terminator_ranges[] = {{0x0A, 0x0A}, {0x0D, 0x0D}, {0x2028, 0x2029}};

template <class Sink>
class pattern_parser
{
    // A piece of the NFA: entered at `start`, left through the jump state
    // `exit`, whose target is patched in when the next piece is known.
    struct fragment
    {
        std::uint16_t start;
        std::uint16_t exit;
    };

    // A class member: one code point, or a class escape such as \d.
    struct class_atom
    {
        char32_t code_point = 0;
        char_range const* set = nullptr;
        std::size_t set_size = 0;
        bool set_negated = false;
    };

    std::string_view p_;
    std::size_t i_ = 0;
    Sink& sink_;

public:
    constexpr pattern_parser(std::string_view pattern, Sink& sink) : p_(pattern), sink_(sink) {}

    constexpr void compile()
    {
        if(p_.substr(0, 3) == "(?!")
            return compile_lookahead();
        fragment f = alternation(0);
        if(i_ != p_.size())
            fail("unmatched ')'");
        std::uint16_t const accept = sink_.add_state({nfa_op::accept});
        sink_.patch(f.exit, accept);
        sink_.finish(f.start, accept, no_nfa_state);
    }

private:
    // `(?!X)Y`: X and Y side by side from the start. X leads to a state that
    // takes any code point and stays, so whoever runs the NFA sees, after
    // each prefix, whether X matched one (matcher.hpp). Y is a sequence: in
    // `(?!X)a|b` the lookahead would guard `a` alone.
    constexpr void compile_lookahead()
    {
        i_ = 3;
        fragment const x = alternation(1);
        if(at_end())
            fail("missing ')'");
        ++i_;
        std::uint16_t const first = sink_.range_count();
        std::uint16_t const seen = sink_.add_state({nfa_op::consume, true, 0, 0, first, first});
        sink_.patch(seen, seen);
        sink_.patch(x.exit, seen);
        fragment const y = sequence(0);
        if(!at_end() && peek() == '|')
            fail("'|' after a leading (?!...): group the alternatives, (?!...)(?:a|b)");
        if(!at_end())
            fail("unmatched ')'");
        std::uint16_t const start = split(x.start, y.start);
        std::uint16_t const accept = sink_.add_state({nfa_op::accept});
        sink_.patch(y.exit, accept);
        sink_.finish(start, accept, seen);
    }

    // Not constexpr on purpose: reached while compiling a pattern<Text>, it
    // fails the build and the diagnostic shows `what`.
    [[noreturn]] static void fail(char const* what)
    {
        throw std::logic_error(std::string("pattern: ") + what);
    }

    constexpr bool at_end() const { return i_ == p_.size(); }
    constexpr char peek() const { return p_[i_]; }

    // --- the pieces of Thompson's construction -------------------------------

    constexpr std::uint16_t jump() { return sink_.add_state({nfa_op::jump}); }
    constexpr std::uint16_t split(std::uint16_t a, std::uint16_t b)
    {
        return sink_.add_state({nfa_op::split, false, a, b});
    }
    constexpr fragment empty()
    {
        std::uint16_t const j = jump();
        return {j, j};
    }
    constexpr fragment concat(fragment a, fragment b)
    {
        sink_.patch(a.exit, b.start);
        return {a.start, b.exit};
    }
    constexpr fragment either(fragment a, fragment b)
    {
        std::uint16_t const e = jump();
        sink_.patch(a.exit, e);
        sink_.patch(b.exit, e);
        return {split(a.start, b.start), e};
    }
    constexpr fragment star(fragment a)
    {
        std::uint16_t const e = jump();
        std::uint16_t const s = split(a.start, e);
        sink_.patch(a.exit, s);
        return {s, e};
    }
    constexpr fragment plus(fragment a)
    {
        std::uint16_t const e = jump();
        std::uint16_t const s = split(a.start, e);
        sink_.patch(a.exit, s);
        return {a.start, e};
    }
    constexpr fragment optional(fragment a)
    {
        std::uint16_t const e = jump();
        sink_.patch(a.exit, e);
        return {split(a.start, e), e};
    }
    // One code point in (or, negated, not in) the ranges added since `first`.
    constexpr fragment consume(std::uint16_t first, bool negated)
    {
        std::uint16_t const c =
            sink_.add_state({nfa_op::consume, negated, 0, 0, first, sink_.range_count()});
        std::uint16_t const e = jump();
        sink_.patch(c, e);
        return {c, e};
    }
    constexpr fragment literal(char32_t c)
    {
        std::uint16_t const first = sink_.range_count();
        sink_.add_range({c, c});
        return consume(first, false);
    }
    constexpr fragment set(char_range const* r, std::size_t n, bool negated)
    {
        std::uint16_t const first = sink_.range_count();
        for(std::size_t k = 0; k < n; ++k)
            sink_.add_range(r[k]);
        return consume(first, negated);
    }
    // The complement of sorted disjoint ranges: \D inside a class, whose
    // members are alternatives, so the class's own negation cannot serve.
    constexpr void add_complement(char_range const* r, std::size_t n)
    {
        char32_t next = 0;
        for(std::size_t k = 0; k < n; ++k)
        {
            if(r[k].lo > next)
                sink_.add_range({next, static_cast<char32_t>(r[k].lo - 1)});
            next = r[k].hi + 1;
        }
        sink_.add_range({next, invalid_code_point});
    }

    // --- the grammar ---------------------------------------------------------

    // alternation := sequence ('|' sequence)*
    constexpr fragment alternation(std::size_t depth)
    {
        if(depth > max_pattern_nesting)
            fail("groups nested more than 64 deep");
        fragment f = sequence(depth);
        while(!at_end() && peek() == '|')
        {
            ++i_;
            f = either(f, sequence(depth));
        }
        return f;
    }

    // sequence := repeated*
    constexpr fragment sequence(std::size_t depth)
    {
        fragment f{};
        bool have = false;
        while(!at_end() && peek() != '|' && peek() != ')')
        {
            fragment const g = repeated(depth);
            f = have ? concat(f, g) : g;
            have = true;
        }
        return have ? f : empty();
    }

    static constexpr bool is_quantifier(char c) { return c == '*' || c == '+' || c == '?' || c == '{'; }

    // repeated := atom quantifier?
    constexpr fragment repeated(std::size_t depth)
    {
        std::size_t const atom_at = i_;
        fragment const first = atom(depth);
        if(at_end() || !is_quantifier(peek()))
            return first;
        std::size_t min = 0;
        std::size_t max = 0;
        bool unbounded = false;
        quantifier(min, max, unbounded);
        if(!at_end() && peek() == '?')
            ++i_;  // lazy: the same set of whole-value matches
        if(!at_end() && is_quantifier(peek()))
            fail("nothing to repeat (a quantifier follows a quantifier)");
        std::size_t const after = i_;

        // Copy k of the atom: the one already parsed, then re-parses.
        std::size_t copies = 0;
        auto copy = [&]() -> fragment {
            if(copies++ == 0)
                return first;
            i_ = atom_at;
            fragment const c = atom(depth);
            i_ = after;
            return c;
        };
        fragment f{};
        bool have = false;
        auto append = [&](fragment g) {
            f = have ? concat(f, g) : g;
            have = true;
        };
        std::size_t const plain = unbounded && min > 0 ? min - 1 : min;
        for(std::size_t k = 0; k < plain; ++k)
            append(copy());
        if(unbounded)
            append(min > 0 ? plus(copy()) : star(copy()));
        else
            for(std::size_t k = min; k < max; ++k)
                append(optional(copy()));
        // x{0} leaves the first copy unreachable; it matches the empty string.
        return have ? f : empty();
    }

    constexpr void quantifier(std::size_t& min, std::size_t& max, bool& unbounded)
    {
        char const c = p_[i_++];
        if(c == '*' || c == '+')
        {
            min = c == '+';
            unbounded = true;
            return;
        }
        if(c == '?')
        {
            min = 0;
            max = 1;
            return;
        }
        min = number();
        max = min;
        if(!at_end() && peek() == ',')
        {
            ++i_;
            if(!at_end() && peek() == '}')
                unbounded = true;
            else
                max = number();
        }
        if(at_end() || peek() != '}')
            fail("'{' starts no {n}, {n,} or {n,m} quantifier");
        ++i_;
        if(!unbounded && max < min)
            fail("{n,m} with m below n");
    }

    constexpr std::size_t number()
    {
        if(at_end() || peek() < '0' || peek() > '9')
            fail("'{' starts no {n}, {n,} or {n,m} quantifier");
        std::size_t n = 0;
        while(!at_end() && peek() >= '0' && peek() <= '9')
        {
            n = n * 10 + static_cast<std::size_t>(peek() - '0');
            if(n > max_pattern_repeat)
                fail("a repeat count above 1000");
            ++i_;
        }
        return n;
    }

    constexpr fragment atom(std::size_t depth)
    {
        char const c = peek();
        switch(c)
        {
        case '(':
        {
            ++i_;
            if(!at_end() && peek() == '?')
            {
                std::string_view const two = p_.substr(i_, 2);
                std::string_view const three = p_.substr(i_, 3);
                if(two == "?:")
                    i_ += 2;
                else if(two == "?=" || two == "?!" || three == "?<=" || three == "?<!")
                    fail("only a negative lookahead (?!...) that starts the pattern is supported"
                         " (no lookahead elsewhere, no (?=...), no lookbehind)");
                else if(two == "?<")
                    fail("named groups are not supported");
                else
                    fail("'(?' starts no (?:...) group");
            }
            fragment const f = alternation(depth + 1);
            if(at_end())
                fail("missing ')'");
            ++i_;
            return f;
        }
        case '[': ++i_; return char_class();
        case '.':
            ++i_;
            return set(line_terminator_ranges, std::size(line_terminator_ranges), true);
        case '\\': ++i_; return escape();
        case '*': case '+': case '?': case '{': fail("nothing to repeat");
        case '^': case '$':
            fail("anchors are not supported (a pattern always matches the whole value)");
        case ']': case '}': fail("unescaped ']' or '}'");
        default:
        {
            decoded_code_point const d = decode_code_point(p_, i_);
            if(d.value == invalid_code_point)
                fail("invalid UTF-8");
            i_ += d.size;
            return literal(d.value);
        }
        }
    }

    // A class escape letter's ranges, or nothing.
    static constexpr bool class_escape(char c, class_atom& a)
    {
        switch(c)
        {
        case 'd': case 'D': a.set = digit_ranges; a.set_size = std::size(digit_ranges); break;
        case 'w': case 'W': a.set = word_ranges; a.set_size = std::size(word_ranges); break;
        case 's': case 'S': a.set = space_ranges; a.set_size = std::size(space_ranges); break;
        default: return false;
        }
        a.set_negated = c >= 'A' && c <= 'Z';
        return true;
    }

    // The code point of a single-character escape (`\n`, `\.`), after the '\'.
    constexpr char32_t escaped_character(bool in_class)
    {
        char const c = p_[i_++];
        switch(c)
        {
        case 't': return 0x09;
        case 'n': return 0x0A;
        case 'v': return 0x0B;
        case 'f': return 0x0C;
        case 'r': return 0x0D;
        case 'b':
            if(in_class)
                return 0x08;  // [\b] is a backspace; outside a class \b is an assertion
            break;
        default:
            if(static_cast<unsigned char>(c) < 0x80 && !is_alnum(c) && c >= 0x20)
                return static_cast<unsigned char>(c);  // escaped punctuation: itself
        }
        fail("unsupported escape (backreference, assertion, \\u, \\x, \\c, \\p or \\0)");
    }

    static constexpr bool is_alnum(char c)
    {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    // After a '\' outside a class.
    constexpr fragment escape()
    {
        if(at_end())
            fail("trailing backslash");
        class_atom a;
        if(class_escape(peek(), a))
        {
            ++i_;
            return set(a.set, a.set_size, a.set_negated);
        }
        return literal(escaped_character(false));
    }

    constexpr class_atom class_member()
    {
        class_atom a;
        if(peek() == '\\')
        {
            ++i_;
            if(at_end())
                fail("trailing backslash");
            if(class_escape(peek(), a))
                ++i_;
            else
                a.code_point = escaped_character(true);
            return a;
        }
        decoded_code_point const d = decode_code_point(p_, i_);
        if(d.value == invalid_code_point)
            fail("invalid UTF-8");
        i_ += d.size;
        a.code_point = d.value;
        return a;
    }

    constexpr void add(class_atom const& a)
    {
        if(!a.set)
            sink_.add_range({a.code_point, a.code_point});
        else if(a.set_negated)
            add_complement(a.set, a.set_size);
        else
            for(std::size_t k = 0; k < a.set_size; ++k)
                sink_.add_range(a.set[k]);
    }

    // After the '['.
    constexpr fragment char_class()
    {
        bool negated = false;
        if(!at_end() && peek() == '^')
        {
            negated = true;
            ++i_;
        }
        std::uint16_t const first = sink_.range_count();
        for(;;)
        {
            if(at_end())
                fail("missing ']'");
            if(peek() == ']')
            {
                ++i_;
                break;
            }
            class_atom const lo = class_member();
            // '-' makes a range unless it is the last character of the class.
            if(!at_end() && peek() == '-' && i_ + 1 < p_.size() && p_[i_ + 1] != ']')
            {
                ++i_;
                class_atom const hi = class_member();
                if(lo.set || hi.set)
                    fail("a class escape cannot end a range");
                if(lo.code_point > hi.code_point)
                    fail("range out of order in a class");
                sink_.add_range({lo.code_point, hi.code_point});
            }
            else
                add(lo);
        }
        return consume(first, negated);
    }
};

/// What `pattern` needs; throws std::logic_error on syntax outside the subset.
constexpr nfa_size measure_pattern(std::string_view pattern)
{
    nfa_counter counter;
    pattern_parser<nfa_counter>(pattern, counter).compile();
    return counter.size();
}

/// `pattern` compiled into `S` states and `R` ranges (see `measure_pattern`).
template <std::size_t S, std::size_t R>
constexpr nfa<S, R> compile_pattern(std::string_view pattern)
{
    nfa<S, R> out{};
    nfa_writer<S, R> writer(out);
    pattern_parser<nfa_writer<S, R>>(pattern, writer).compile();
    return out;
}

/// `pattern` compiled and ready to match: `S`, `R` and `C` as `measure_pattern`
/// gives them (states, ranges, consumers).
template <std::size_t S, std::size_t R, std::size_t C>
constexpr matcher<C, R> compile_matcher(std::string_view pattern)
{
    return matcher_builder<C, S, R>(compile_pattern<S, R>(pattern)).build();
}

} // namespace detail
} // namespace neptune_graph

#endif
