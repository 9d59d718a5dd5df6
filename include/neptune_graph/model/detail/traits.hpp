// What the generic machinery (codec, validator, HTTP binding) asks of a model type.
#ifndef NEPTUNE_GRAPH_MODEL_DETAIL_TRAITS_HPP
#define NEPTUNE_GRAPH_MODEL_DETAIL_TRAITS_HPP

#include <boost/describe/members.hpp>
#include <boost/describe/modifiers.hpp>

#include <optional>
#include <type_traits>
#include <vector>

namespace neptune_graph {
namespace detail {

template <class T>
using public_members = boost::describe::describe_members<T, boost::describe::mod_public>;

template <class T, class = void>
struct is_described_struct : std::false_type {};
template <class T>
struct is_described_struct<T, std::void_t<public_members<T>>>
    : std::bool_constant<std::is_class<T>::value && !std::is_union<T>::value> {};

// An optional member: absent or a value (not required).
template <class T> struct is_optional : std::false_type {};
template <class T> struct is_optional<std::optional<T>> : std::true_type {};

// The value an optional member holds; a plain member's own type.
template <class T> struct optional_value { using type = T; };
template <class T> struct optional_value<std::optional<T>> { using type = T; };

// A list member.
template <class T> struct is_vector : std::false_type {};
template <class T> struct is_vector<std::vector<T>> : std::true_type {};

} // namespace detail
} // namespace neptune_graph

#endif
