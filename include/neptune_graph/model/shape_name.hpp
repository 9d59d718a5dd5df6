// The optional name hook: lets generic code (messages, tools) name a shape.
#ifndef NEPTUNE_GRAPH_MODEL_SHAPE_NAME_HPP
#define NEPTUNE_GRAPH_MODEL_SHAPE_NAME_HPP

#include <string_view>
#include <type_traits>

namespace neptune_graph {

/// The model's name of the shape `T`; specialized beside a shape, absent otherwise.
template <class T> struct shape_name;

namespace detail {
template <class T, class = void>
struct has_shape_name : std::false_type {};
template <class T>
struct has_shape_name<T, std::void_t<decltype(shape_name<T>::value)>> : std::true_type {};
} // namespace detail

} // namespace neptune_graph

#endif
