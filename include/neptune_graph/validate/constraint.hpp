// The vocabulary of constraints: what a member must satisfy, declared as data.
#ifndef NEPTUNE_GRAPH_VALIDATE_CONSTRAINT_HPP
#define NEPTUNE_GRAPH_VALIDATE_CONSTRAINT_HPP

#include <neptune_graph/validate/constraints_of.hpp>
#include <neptune_graph/validate/detail/pattern.hpp>
#include <neptune_graph/validate/detail/program.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <string_view>
#include <tuple>
#include <type_traits>

namespace neptune_graph {

/** Smithy's `pattern`: the value, as a whole, matches the ECMA-262 pattern `Text`.

    Smithy patterns are formally unanchored; this library matches them
    against the whole value (an id with junk around it is not an id).
    `Text` names a constant array:

    @code
    inline constexpr char item_id_text[] = "i-[a-z0-9]{10}";
    using ItemId = pattern<item_id_text>;
    @endcode

    The pattern is compiled while the program is compiled, in a TU that
    matches with it (syntax outside the supported subset, see
    validate/detail/pattern.hpp, fails that build), and matched in time linear
    in the value, without allocating.
*/
namespace detail {

// The program of a pattern, built at compile time. Apart from pattern<Text>
// so that naming a pattern in a rule costs nothing: only a TU that matches
// with it (validates a shape it constrains) builds its program.
template <char const* Text>
struct compiled_pattern
{
    static constexpr std::string_view text{Text};
    static constexpr nfa_size size = measure_pattern(text);
    static constexpr matcher<size.consumers, size.ranges> bits =
        compile_matcher<size.states, size.ranges, size.consumers>(text);
    static constexpr dfa_size dfa = measure_dfa(bits);
    static constexpr program<size.consumers, size.ranges, dfa.states, dfa.classes, dfa.pair_cells> value =
        make_program<dfa.states, dfa.classes, dfa.pair_cells>(bits);
};

} // namespace detail

template <char const* Text>
struct pattern
{
    /// The pattern as the model writes it.
    static constexpr std::string_view text{Text};

    /// True when all of `value` matches, not merely a part of it.
    static bool matches(std::string_view value) noexcept
    {
        return detail::compiled_pattern<Text>::value.matches(value);
    }
};

/** Smithy's `length`: `min <= n <= max`, where `n` counts a string's Unicode
    code points (not bytes; an invalid UTF-8 byte counts as one), a list's
    elements or a map's entries. */
struct length
{
    std::size_t min = 0;
    std::size_t max = (std::numeric_limits<std::size_t>::max)();
};

/// Smithy's `range` on an integer member: `min <= value <= max`.
struct range
{
    std::int64_t min = (std::numeric_limits<std::int64_t>::min)();
    std::int64_t max = (std::numeric_limits<std::int64_t>::max)();
};

/** Smithy's `required`: the member is present.

    A `std::optional` member is present when it holds a value; a plain member
    always is: an empty string is a value (Smithy accepts `""` where no
    `length` rule says otherwise). Whether a plain member was on the wire at
    all is what a strict decode checks. When `required` fails, the other
    constraints of the member are not checked.
*/
struct required
{
};

namespace detail {
template <class C> struct is_pattern : std::false_type {};
template <char const* Text> struct is_pattern<pattern<Text>> : std::true_type {};

// What applies to one value: every constraint but `required`, which means
// nothing for an entry (it is there, or it is no entry).
template <class C>
constexpr bool is_value_constraint = is_pattern<C>::value || std::is_same<C, length>::value ||
                                     std::is_same<C, range>::value;

template <class C> struct is_each_key : std::false_type {};
template <class C> struct is_each_value : std::false_type {};

template <class C>
constexpr bool is_constraint = is_value_constraint<C> || std::is_same<C, required>::value ||
                               is_each_key<C>::value || is_each_value<C>::value;
} // namespace detail

/// The constraints `each_key` applies to every key of a map: made by `each_key`.
template <class... C>
struct key_constraints
{
    static_assert(((detail::is_pattern<C>::value || std::is_same<C, length>::value) && ...),
                  "each_key(): a key is a string; its constraints are pattern<Text> and length");

    std::tuple<C...> constraints;
};

/// The constraints `each_value` applies to every value of a map or element of a list.
template <class... C>
struct value_constraints
{
    static_assert(((detail::is_value_constraint<C> || detail::is_each_key<C>::value ||
                    detail::is_each_value<C>::value) && ...),
                  "each_value(): the constraints are pattern<Text>, length, range, each_key or "
                  "each_value (required has no meaning for an entry)");

    std::tuple<C...> constraints;
};

namespace detail {
template <class... C> struct is_each_key<key_constraints<C...>> : std::true_type {};
template <class... C> struct is_each_value<value_constraints<C...>> : std::true_type {};
} // namespace detail

/** Constraints on every key of a map member (`std::map<std::string, V>`):
    `rule(&T::tags, each_key(pattern<tag_key>{}, length{1, 128}))`. A violation
    has the path of the entry (`$.tags["bad key"]`) and the map's member name. */
template <class... C>
constexpr key_constraints<C...> each_key(C... constraints)
{
    return {std::tuple<C...>(constraints...)};
}

/** Constraints on every value of a map member, or every element of a list
    member: `rule(&T::tags, each_value(length{0, 256}))`. A violation has the
    path of the entry or element (`$.tags.env`, `$.items[2]`) and the member
    name of the map or list. */
template <class... C>
constexpr value_constraints<C...> each_value(C... constraints)
{
    return {std::tuple<C...>(constraints...)};
}

/// The constraints of one member of `T`: made by `rule`.
template <class T, class M, class... C>
struct member_rule
{
    static_assert((detail::is_constraint<C> && ...),
                  "rule(): constraints are pattern<Text>, length, range, required, each_key or each_value");

    using class_type = T;
    M T::*member;
    std::tuple<C...> constraints;
};

/** Binds constraints to a member: `rule(&ListItemsInput::maxResults, range{1, 100})`. */
template <class T, class M, class... C>
constexpr member_rule<T, M, C...> rule(M T::*member, C... constraints)
{
    return {member, std::tuple<C...>(constraints...)};
}

/** The rules of the shape `T`: a tuple of `rule(...)`, none by default.

    Specialize it beside the model, once per constrained shape:

    @code
    template <> struct constraints_of<GetItemInput> {
        static constexpr auto rules = std::make_tuple(
            rule(&GetItemInput::itemId, required{}, ItemId{}));
    };
    @endcode
*/
template <class T>
struct constraints_of
{
    static constexpr std::tuple<> rules{};
};

} // namespace neptune_graph

#endif
