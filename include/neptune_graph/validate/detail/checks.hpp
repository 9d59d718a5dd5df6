// One constraint applied to one member value.
#ifndef NEPTUNE_GRAPH_VALIDATE_DETAIL_CHECKS_HPP
#define NEPTUNE_GRAPH_VALIDATE_DETAIL_CHECKS_HPP

#include <neptune_graph/detail/utf8.hpp>
#include <neptune_graph/model/detail/traits.hpp>
#include <neptune_graph/model/leaf.hpp>
#include <neptune_graph/validate/constraint.hpp>
#include <neptune_graph/validate/error.hpp>
#include <neptune_graph/validate/violation.hpp>

#include <cstdint>
#include <string>
#include <type_traits>
#include <utility>

namespace neptune_graph {
namespace detail {

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
// that is present; `report(violation)` hears of a violation, which has its
// code, value and bound filled (the caller adds the path). Allocates only
// for a violation.
template <class C, class V, class Report>
void check_constraint(C const& c, V const& v, Report&& report)
{
    if constexpr(std::is_same<C, required>::value)
        return;  // the caller decided that the member is present
    else if constexpr(is_pattern<C>::value)
    {
        static_assert(is_text_leaf<V>, "pattern<> constrains a string member");
        std::string_view const text = leaf_traits<V>::text(v);
        if(C::matches(text))
            return;
        violation x;
        x.code = validation_errc::pattern_mismatch;
        x.form = value_form::text;
        x.value.assign(text.data(), text.size());
        x.bound = C::text;
        report(std::move(x));
    }
    else if constexpr(std::is_same<C, length>::value)
    {
        constexpr bool counts_entries = is_vector<V>::value || is_map<V>::value;
        static_assert(is_text_leaf<V> || counts_entries, "length constrains a string, a list or a map");
        std::size_t n = 0;
        if constexpr(counts_entries)
            n = v.size();
        else
        {
            std::string_view const text = leaf_traits<V>::text(v);
            n = text.size();
            // A code point is 1 to 4 bytes (an invalid byte counts as one):
            // when the byte count alone settles the bounds, skip counting.
            if(n <= c.max && (n + 3) / 4 >= c.min)
                return;
            n = code_point_count(text);
        }
        if(n >= c.min && n <= c.max)
            return;
        violation x;
        bool const too_short = n < c.min;
        x.code = too_short ? validation_errc::length_below_minimum : validation_errc::length_above_maximum;
        x.size = n;
        x.bound = std::to_string(too_short ? c.min : c.max);
        if constexpr(counts_entries)
            x.container = is_map<V>::value ? "map" : "list";
        else
        {
            std::string_view const text = leaf_traits<V>::text(v);
            x.form = value_form::text;
            x.value.assign(text.data(), text.size());
        }
        report(std::move(x));
    }
    else
    {
        static_assert(std::is_same<C, range>::value, "unknown constraint");
        static_assert(is_integer_leaf<V>, "range constrains an integer member");
        auto const i = leaf_traits<V>::get(v);
        bool const low = below_min(i, c.min);
        if(!low && !above_max(i, c.max))
            return;
        violation x;
        x.code = low ? validation_errc::value_below_minimum : validation_errc::value_above_maximum;
        x.form = value_form::number;
        x.value = std::to_string(i);
        x.bound = std::to_string(low ? c.min : c.max);
        report(std::move(x));
    }
}

} // namespace detail
} // namespace neptune_graph

#endif
