// A Smithy union: exactly one member on the wire, or one this version does not know.
#ifndef NEPTUNE_GRAPH_MODEL_TAGGED_UNION_HPP
#define NEPTUNE_GRAPH_MODEL_TAGGED_UNION_HPP

#include <neptune_graph/model/open_enum.hpp>

#include <boost/describe/enum.hpp>
#include <boost/describe/enumerators.hpp>
#include <boost/mp11/algorithm.hpp>
#include <boost/variant2/variant.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>

namespace neptune_graph {

/** A union member this version of the model does not know.

    `tag` is the member's key and `json` its value exactly as received (the raw
    JSON text, byte for byte), so a proxy can pass it on unchanged.
*/
struct unknown_member
{
    std::string tag;
    std::string json;

    friend bool operator==(unknown_member const& a, unknown_member const& b) noexcept
    {
        return a.tag == b.tag && a.json == b.json;
    }
    friend bool operator!=(unknown_member const& a, unknown_member const& b) noexcept
    {
        return !(a == b);
    }
};

/** A tagged union over `Ts...` plus `unknown_member`.

    `Tags` is a described enum whose i-th enumerator is the wire key of the
    i-th alternative: the whole model of a union is that enum and this alias.
    The members are data; the codec reads the tags from the enum.

    @code
    enum class PaymentMember { card, transfer };
    BOOST_DESCRIBE_ENUM(PaymentMember, card, transfer)
    using Payment = tagged_union<PaymentMember, CardPayment, BankTransfer>;
    @endcode
*/
template <class Tags, class... Ts>
struct tagged_union
{
    using tag_enum = Tags;
    using variant_type = boost::variant2::variant<Ts..., unknown_member>;
    static constexpr std::size_t known_count = sizeof...(Ts);

    static_assert(
        boost::mp11::mp_size<boost::describe::describe_enumerators<Tags>>::value == known_count,
        "one tag per alternative");

    variant_type value;

    /// The wire key of the member held (the unknown member's own tag if unknown).
    std::string_view tag() const noexcept
    {
        if(auto const* u = boost::variant2::get_if<unknown_member>(&value))
            return u->tag;
        return tag_name(value.index());
    }

    /// True when the member held is one this version does not know.
    bool is_unknown() const noexcept { return value.index() == known_count; }

    /// The wire key of alternative `i` (`i < known_count`).
    static std::string_view tag_name(std::size_t i) noexcept
    {
        return detail::enum_table<Tags>::entries[i].name;
    }

    friend bool operator==(tagged_union const& a, tagged_union const& b) { return a.value == b.value; }
    friend bool operator!=(tagged_union const& a, tagged_union const& b) { return !(a == b); }
};

namespace detail {
template <class T> struct is_tagged_union : std::false_type {};
template <class Tags, class... Ts>
struct is_tagged_union<tagged_union<Tags, Ts...>> : std::true_type {};
} // namespace detail

} // namespace neptune_graph

#endif
