// Boost.Describe, quiet under a user's clang -Wpedantic.
//
// BOOST_DESCRIBE_STRUCT passes no arguments to a variadic macro of its own
// (a struct's protected and private member lists are empty), which clang
// reports in C++17 as -Wgnu-zero-variadic-macro-arguments at the line of the
// description: in our headers, so in every TU that includes them. A header
// that describes types brackets its descriptions with these two macros.
#ifndef NEPTUNE_GRAPH_MODEL_DETAIL_DESCRIBE_HPP
#define NEPTUNE_GRAPH_MODEL_DETAIL_DESCRIBE_HPP

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#if defined(__clang__)
#define NEPTUNE_GRAPH_DESCRIBE_BEGIN \
    _Pragma("clang diagnostic push") _Pragma("clang diagnostic ignored \"-Wgnu-zero-variadic-macro-arguments\"")
#define NEPTUNE_GRAPH_DESCRIBE_END _Pragma("clang diagnostic pop")
#else
#define NEPTUNE_GRAPH_DESCRIBE_BEGIN
#define NEPTUNE_GRAPH_DESCRIBE_END
#endif

#endif
