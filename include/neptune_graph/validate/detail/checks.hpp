// One constraint applied to one member value.
#ifndef NEPTUNE_GRAPH_VALIDATE_DETAIL_CHECKS_HPP
#define NEPTUNE_GRAPH_VALIDATE_DETAIL_CHECKS_HPP

#include <neptune_graph/model/detail/traits.hpp>
#include <neptune_graph/model/open_enum.hpp>
#include <neptune_graph/validate/constraint.hpp>
#include <neptune_graph/validate/detail/code_point.hpp>
#include <neptune_graph/validate/detail/messages.hpp>
#include <neptune_graph/validate/error.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace neptune_graph {
namespace detail {


// Whether a plain (not optional) member counts as set for `required`.
template <class V>
bool counts_as_set(V const& v) noexcept
{
    if constexpr(std::is_same<V, std::string>::value)
        return !v.empty();
    else if constexpr(is_open_enum<V>::value)
        return v.known() || !v.str().empty();
    else
        return true;
}

// True when `v` is below `min`, for any integer type.
template <class I>
constexpr bool below_min(I v, std::int64_t min) noexcept
{
    if constexpr(std::is_signed<I>::value)
        return static_cast<std::int64_t>(v) < min;
    else
        return min > 0 && static_cast<std::uint64_t>(v) < static_cast<std::uint64_t>(min);
}

template <class I>
constexpr bool above_max(I v, std::int64_t max) noexcept
{
    if constexpr(std::is_signed<I>::value)
        return static_cast<std::int64_t>(v) > max;
    else
        return max < 0 || static_cast<std::uint64_t>(v) > static_cast<std::uint64_t>(max);
}

// Applies the constraint `c` (not `required`) to the value `v` of a member
// that is set; `report(code, message)` hears of a violation. Allocates only
// to write a message.
template <class C, class V, class Report>
void check_constraint(C const& c, V const& v, Report&& report)
{
    if constexpr(std::is_same<C, required>::value)
        return;  // the caller decided that the member is set
    else if constexpr(is_pattern<C>::value)
    {
        static_assert(std::is_same<V, std::string>::value, "pattern<> constrains a string member");
        if(!C::matches(v))
            report(validation_errc::pattern_mismatch, pattern_message(v, C::text));
    }
    else if constexpr(std::is_same<C, length>::value)
    {
        static_assert(std::is_same<V, std::string>::value || is_vector<V>::value,
                      "length constrains a string or a list member");
        std::size_t n = v.size();
        if constexpr(!is_vector<V>::value)
        {
            // A code point is 1 to 4 bytes (an invalid byte counts as one):
            // when the byte count alone settles the bounds, skip counting.
            if(n <= c.max && (n + 3) / 4 >= c.min)
                return;
            n = code_point_count(v);
        }
        if(n >= c.min && n <= c.max)
            return;
        auto subject = [&] {
            if constexpr(is_vector<V>::value)
                return std::string("list");
            else
                return std::string(value_subject) + message_quote(v);
        };
        bool const too_short = n < c.min;
        report(too_short ? validation_errc::length_below_minimum : validation_errc::length_above_maximum,
               length_message(subject(), n, too_short ? c.min : c.max, too_short));
    }
    else
    {
        static_assert(std::is_same<C, range>::value, "unknown constraint");
        static_assert(std::is_integral<V>::value && !std::is_same<V, bool>::value,
                      "range constrains an integer member");
        if(below_min(v, c.min))
            report(validation_errc::value_below_minimum, range_message(v, c.min, true));
        else if(above_max(v, c.max))
            report(validation_errc::value_above_maximum, range_message(v, c.max, false));
    }
}

} // namespace detail
} // namespace neptune_graph

#endif
