// A constraint violation as data: what kind, where, the offending value and the bound.
#ifndef NEPTUNE_GRAPH_VALIDATE_VIOLATION_HPP
#define NEPTUNE_GRAPH_VALIDATE_VIOLATION_HPP

#include <neptune_graph/detail/quote.hpp>
#include <neptune_graph/validate/error.hpp>

#include <cstddef>
#include <iosfwd>
#include <string>
#include <string_view>

namespace neptune_graph {

/// How `violation::value` shows the offending value.
enum class value_form
{
    none,    ///< no value to show: an absent member, a list's length, an unreadable JSON value
    text,    ///< a string, quoted in messages (`'t-12'`)
    number   ///< an integer (or an enumerator without a name), bare in messages (`1000`)
};

/** One violation found by `validate`, or one value a server could not read.

    Every message is rendered from these fields, on demand; none is stored.

    | code | value | size | bound |
    |---|---|---|---|
    | `missing_required` | none | | |
    | `pattern_mismatch` | the string | | the pattern |
    | `length_below_minimum`, `length_above_maximum` | the string, or none for a list or map | the length (code points or entries) | the limit |
    | `value_below_minimum`, `value_above_maximum` | the integer | | the limit |
    | `unknown_enum_value` | the string (a number for a cast outside the enumerators) | | `[A, B, C]` |
    | `unknown_union_member` | the member's tag | | `[a, b]` |
    | `union_arity` | none | | |
    | `invalid_type` | the text as received, if known | | |

    The last two come from reading input, not from `validate`: `reason` says
    what is wrong in words (`is not true or false` after the value, or the
    codec's message when no value is shown). A violation of the request as a
    whole (a query parameter given twice) has an empty `path`, and `reason`
    is the whole sentence.
*/
struct violation
{
    validation_errc code{};
    std::string path;          ///< JSON path of the value: `$.tasks[3].taskId`
    std::string_view member;   ///< name of the member holding the value (static storage)
    value_form form = value_form::none;
    std::string value;         ///< the offending value, as `form` says
    std::size_t size = 0;      ///< a length, or a count (see the table)
    std::string bound;         ///< the constraint's pattern, limit or value set
    std::string reason;        ///< `invalid_type`, `union_arity`: what is wrong, in words
    std::string_view container; ///< the length of a list or map: `list` or `map` (static storage)

    /// The message in this library's words: `value 't-12' does not match pattern t-[a-z0-9]{10}`.
    std::string message() const;

    /// `path: message`, the form tools print.
    std::string what() const { return path + ": " + message(); }

    template <class Ch, class Tr>
    friend std::basic_ostream<Ch, Tr>& operator<<(std::basic_ostream<Ch, Tr>& os, violation const& v)
    {
        return os << v.what();
    }
};

namespace detail {

// The value as messages show it: quoted text, a bare number, or nothing.
inline void append_display(std::string& out, violation const& v)
{
    if(v.form == value_form::text)
        append_quoted(out, v.value);
    else
        out += v.value;
}

} // namespace detail

inline std::string violation::message() const
{
    std::string m;
    auto limit = [&](char const* too, char const* which) {
        m += too;
        m += std::to_string(size);
        m += which;
        m += bound;
    };
    switch(code)
    {
    case validation_errc::missing_required:
        m = "required member ";
        detail::append_quoted(m, member);
        m += " is missing";
        break;
    case validation_errc::pattern_mismatch:
        m = "value ";
        detail::append_display(m, *this);
        m += " does not match pattern ";
        m += bound;
        break;
    case validation_errc::length_below_minimum:
    case validation_errc::length_above_maximum:
        if(form == value_form::none)
            m = container;
        else
        {
            m = "value ";
            detail::append_display(m, *this);
        }
        if(code == validation_errc::length_below_minimum)
            limit(" is too short: length ", " is below the minimum ");
        else
            limit(" is too long: length ", " is above the maximum ");
        break;
    case validation_errc::value_below_minimum:
    case validation_errc::value_above_maximum:
        m = "value ";
        detail::append_display(m, *this);
        m += code == validation_errc::value_below_minimum ? " is below the minimum " : " is above the maximum ";
        m += bound;
        break;
    case validation_errc::unknown_enum_value:
        m = "value ";
        detail::append_display(m, *this);
        m += " is not in the enum value set ";
        m += bound;
        break;
    case validation_errc::unknown_union_member:
        m = "union member ";
        detail::append_display(m, *this);
        m += " is not one of the known members ";
        m += bound;
        break;
    case validation_errc::union_arity:
    case validation_errc::invalid_type:
        if(form == value_form::none)
            m = reason;
        else
        {
            m = "value ";
            detail::append_display(m, *this);
            m += ' ';
            m += reason;
        }
        break;
    }
    return m;
}

} // namespace neptune_graph

#endif
