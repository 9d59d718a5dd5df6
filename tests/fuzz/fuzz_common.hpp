// Shared by the libFuzzer targets: how the first input byte picks a shape and options.
#ifndef NEPTUNE_GRAPH_TESTS_FUZZ_COMMON_HPP
#define NEPTUNE_GRAPH_TESTS_FUZZ_COMMON_HPP

#include <neptune_graph/neptune_graph.hpp>
#include <neptune_graph/service/shapes.hpp>

#include <boost/mp11/algorithm.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace fuzz {

namespace ng = neptune_graph;
namespace mp11 = boost::mp11;

constexpr std::size_t shape_count = mp11::mp_size<ng::all_shapes>::value;

// Byte 0: shape = b % shape_count; bit 0 of b / shape_count: strict;
// bit 1: small limits, so the limit paths are reached by small inputs.
inline ng::decode_options options_of(unsigned char b)
{
    ng::decode_options o;
    unsigned flags = b / shape_count;
    o.strict = (flags & 1) != 0;
    if(flags & 2)
    {
        o.max_depth = 4;
        o.max_string_size = 16;
        o.max_list_size = 3;
        o.max_input_size = 1024;
    }
    return o;
}

// Calls f.template operator()<T>() ... as f(T*) with the shape chosen by `b`.
template <class F>
void with_shape(unsigned char b, F&& f)
{
    mp11::mp_with_index<shape_count>(b % shape_count, [&](auto I) {
        using T = mp11::mp_at_c<ng::all_shapes, decltype(I)::value>;
        f(static_cast<T*>(nullptr));
    });
}

[[noreturn]] inline void die(char const* what, std::string_view detail = {})
{
    std::fprintf(stderr, "FUZZ ORACLE FAILED: %s\n%.*s\n", what, static_cast<int>(detail.size()),
                 detail.data());
    std::abort();
}

#define FUZZ_CHECK(cond, detail) \
    ((cond) ? (void)0 : ::fuzz::die("check failed: " #cond, (detail)))

} // namespace fuzz

#endif
