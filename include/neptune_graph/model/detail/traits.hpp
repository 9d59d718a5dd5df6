// What the generic machinery (codec, validator, HTTP binding) asks of a model type.
#ifndef NEPTUNE_GRAPH_MODEL_DETAIL_TRAITS_HPP
#define NEPTUNE_GRAPH_MODEL_DETAIL_TRAITS_HPP

#include <boost/describe/bases.hpp>
#include <boost/describe/members.hpp>
#include <boost/describe/modifiers.hpp>
#include <boost/mp11/algorithm.hpp>

#include <cstddef>
#include <cstdint>

#include <map>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

namespace neptune_graph {
namespace detail {

// Every public member, those of described bases first: a shape that shares
// members with another through a base has all of them on the wire.
template <class T>
using public_members =
    boost::describe::describe_members<T, boost::describe::mod_public | boost::describe::mod_inherited>;

// The members T itself declares, without its bases' (a shape's constraints
// name these; its bases bring their own).
template <class T>
using own_members = boost::describe::describe_members<T, boost::describe::mod_public>;

template <class T, class = void>
struct is_described_struct : std::false_type {};
template <class T>
struct is_described_struct<T, std::void_t<public_members<T>>>
    : std::bool_constant<std::is_class<T>::value && !std::is_union<T>::value> {};

// Every member of T, as a mask of bits in the order Describe lists them:
// what the codec reads and writes when not told to keep to some of them.
template <class T>
constexpr std::uint64_t all_members() noexcept
{
    constexpr std::size_t n = boost::mp11::mp_size<public_members<T>>::value;
    static_assert(n <= 64, "a struct of more than 64 members");
    return n == 64 ? ~std::uint64_t(0) : (std::uint64_t(1) << n) - 1;
}

// An optional member: absent or a value (not required).
template <class T> struct is_optional : std::false_type {};
template <class T> struct is_optional<std::optional<T>> : std::true_type {};

// The value an optional member holds; a plain member's own type.
template <class T> struct optional_value { using type = T; };
template <class T> struct optional_value<std::optional<T>> { using type = T; };

// A list member.
template <class T> struct is_vector : std::false_type {};
template <class T> struct is_vector<std::vector<T>> : std::true_type {};

// A map member: string keys (JSON object keys are strings), any value type.
template <class T> struct is_map : std::false_type {};
template <class T> struct is_map<std::map<std::string, T>> : std::true_type {};

} // namespace detail
} // namespace neptune_graph

#endif
