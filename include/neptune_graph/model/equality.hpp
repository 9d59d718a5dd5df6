// operator== for every described model struct, member by member.
#ifndef NEPTUNE_GRAPH_MODEL_EQUALITY_HPP
#define NEPTUNE_GRAPH_MODEL_EQUALITY_HPP

#include <neptune_graph/model/detail/traits.hpp>

#include <boost/mp11/algorithm.hpp>

#include <type_traits>

namespace neptune_graph {

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
