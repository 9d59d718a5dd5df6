// The codes of constraint violations, as a Boost.System category of their own.
#ifndef NEPTUNE_GRAPH_VALIDATE_ERROR_HPP
#define NEPTUNE_GRAPH_VALIDATE_ERROR_HPP

#include <neptune_graph/detail/category.hpp>

#include <boost/system/error_category.hpp>
#include <boost/system/error_code.hpp>

#include <string>
#include <type_traits>

namespace neptune_graph {

/** Which constraint a value breaks.

    The `code` of every `violation`: `validate` finds the first eight; the
    last two are found while reading input (a server's `route`).
*/
enum class validation_errc
{
    missing_required = 1,  ///< a required member is absent
    pattern_mismatch,      ///< a string does not match its member's pattern as a whole
    length_below_minimum,  ///< a string (code points) or a list (elements) is too short
    length_above_maximum,  ///< ... or too long
    value_below_minimum,   ///< an integer below its member's range
    value_above_maximum,   ///< an integer above its member's range
    unknown_enum_value,    ///< an enum value no enumerator names (strict only)
    unknown_union_member,  ///< a union member this model does not know (strict only)
    union_arity,           ///< a union with no member or several (reading input)
    invalid_type           ///< a value that cannot be read as its member's type (reading input)
};

namespace detail {

template <>
struct category_of<validation_errc>
{
    static constexpr char const* name = "neptune_graph.validation";
    static constexpr unsigned long long id = 0x6e70677656616c64ULL;
    static char const* message(validation_errc e) noexcept
    {
        switch(e)
        {
        case validation_errc::missing_required: return "required member missing";
        case validation_errc::pattern_mismatch: return "value does not match the pattern";
        case validation_errc::length_below_minimum: return "length below the minimum";
        case validation_errc::length_above_maximum: return "length above the maximum";
        case validation_errc::value_below_minimum: return "value below the minimum";
        case validation_errc::value_above_maximum: return "value above the maximum";
        case validation_errc::unknown_enum_value: return "unknown enum value";
        case validation_errc::unknown_union_member: return "unknown union member";
        case validation_errc::union_arity: return "union without exactly one member";
        case validation_errc::invalid_type: return "value of the wrong type";
        }
        return "unknown validation error";
    }
};

} // namespace detail

/// The category of `validation_errc`.
inline boost::system::error_category const& validation_category() noexcept
{
    return detail::category<validation_errc>();
}

inline boost::system::error_code make_error_code(validation_errc e) noexcept
{
    return {static_cast<int>(e), validation_category()};
}

} // namespace neptune_graph

namespace boost {
namespace system {
template <> struct is_error_code_enum<::neptune_graph::validation_errc> : std::true_type {};
} // namespace system
} // namespace boost

#endif
