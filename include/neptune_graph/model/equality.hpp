// operator== for every described model struct, member by member.
#ifndef NEPTUNE_GRAPH_MODEL_EQUALITY_HPP
#define NEPTUNE_GRAPH_MODEL_EQUALITY_HPP

#include <boost/describe/members.hpp>
#include <boost/describe/modifiers.hpp>
#include <boost/mp11/algorithm.hpp>

#include <type_traits>

namespace neptune_graph {
namespace detail {

template <class T>
using public_members =
    boost::describe::describe_members<T, boost::describe::mod_public>;

template <class T, class = void>
struct is_described_struct : std::false_type {};
template <class T>
struct is_described_struct<T, std::void_t<public_members<T>>>
    : std::bool_constant<std::is_class<T>::value && !std::is_union<T>::value> {};

} // namespace detail

// Found by ADL for the model's structs only: they live in this namespace.
// A shape gains equality by being described; nobody writes it by hand.

/// True when every described member of `a` equals that of `b`.
template <class T, std::enable_if_t<detail::is_described_struct<T>::value, int> = 0>
bool operator==(T const& a, T const& b)
{
    bool r = true;
    boost::mp11::mp_for_each<detail::public_members<T>>(
        [&](auto D) { r = r && a.*D.pointer == b.*D.pointer; });
    return r;
}

template <class T, std::enable_if_t<detail::is_described_struct<T>::value, int> = 0>
bool operator!=(T const& a, T const& b)
{
    return !(a == b);
}

} // namespace neptune_graph

#endif
